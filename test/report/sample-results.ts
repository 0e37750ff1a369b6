import type { Result } from '../../src/schema/result.js';
import { goodResult, spanOf, claimAt } from '../fixtures/make-result.js';

/** A second story whose text carries markup that must be shown, never run. */
export const HOSTILE = [
  'Hackers posted <script>window.__pwned = 1; document.title = "owned"</script> on 3 sites, police said.',
  'About 40 percent of the <img src=x onerror="window.__pwned = 2"> readers saw it & left.',
].join('\n\n');

export function hostileResult(): Result {
  const r = goodResult();
  const text = HOSTILE;
  const paragraphs = [
    { start: 0, end: HOSTILE.indexOf('\n\n'), role: 'body' as const },
    { start: HOSTILE.indexOf('\n\n') + 2, end: HOSTILE.length, role: 'body' as const },
  ];
  const sentences = paragraphs.map((p, index) => ({ ...p, text: text.slice(p.start, p.end), index, paragraph: index })).map(({ role: _r, ...s }) => s);
  const police = spanOf(text, 'police');
  const three = claimAt(text, '3', { id: 'h_3', value: 3, unit: 'sites' });
  const forty = claimAt(text, 'About 40 percent', { id: 'h_40', value: 40, kind: 'percent', unit: 'percent', qualifier: 'approximate', sentence: 1 });
  return {
    ...r,
    id: 'doc-hostile',
    source: 'hostile.html',
    article: { title: 'Site <b>defaced</b> & "fixed"', byline: [], published: '2024-04-01', publisher: 'Test <Wire>', url: 'javascript:alert(1)', language: 'en', text, paragraphs, captions: [] },
    sentences,
    claims: [three, forty],
    quotes: [],
    speakers: [{ id: 'sp_police', name: 'police', kind: 'group', title: null, organization: null, mentions: [police] }],
    findings: [{ id: 'h_f', check: 'bound', status: 'unverifiable', claimIds: ['h_40'], expected: null, stated: 40, difference: null, message: 'The share <b>40%</b> has no base to check against.' }],
  };
}

/** A clean story with one consistent finding, to check ranking; its record ids differ from goodResult's, as real ids (hashed with the document id) do. */
export function calmResult(): Result {
  const r = withIdPrefix(goodResult(), 'calm_');
  return { ...r, id: 'doc-calm', source: 'calm.txt', findings: [{ ...r.findings[0]!, id: 'f_calm', status: 'consistent', expected: 240, difference: 0, message: 'The parts add up to the stated total of 240.' }] };
}

function withIdPrefix(r: Result, p: string): Result {
  const id = (x: string | null): string | null => (x === null ? null : p + x);
  return {
    ...r,
    claims: r.claims.map((c) => ({ ...c, id: p + c.id, quoteId: id(c.quoteId), speakerId: id(c.speakerId) })),
    quotes: r.quotes.map((q) => ({ ...q, id: p + q.id, speakerId: id(q.speakerId) })),
    speakers: r.speakers.map((s) => ({ ...s, id: p + s.id })),
    findings: r.findings.map((f) => ({ ...f, id: p + f.id, claimIds: f.claimIds.map((c) => p + c) })),
  };
}

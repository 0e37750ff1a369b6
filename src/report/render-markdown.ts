import type { Result } from '../schema/result.js';
import type { Finding } from '../schema/finding.js';
import { collectMarks, paragraphRanges, writeMarked, type MarkWriter } from './marks.js';
import { articleTitle, type ReportModel } from './model.js';

/** Escapes text so Markdown shows it literally: emphasis, links, code, raw HTML and entities included. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
    .replace(/^(\s*)-/gm, '$1\\-');
}

/** Escapes a table cell: Markdown escaping, and no line breaks. */
function cell(s: string | null | undefined): string {
  return escapeMarkdown((s ?? '').replace(/\s+/g, ' '));
}

/** Claims in bold, quotes in italics, speaker mentions underlined as links to the speaker table. */
const MD_WRITER: MarkWriter = {
  open: (m) => (m.kind === 'claim' ? '**' : m.kind === 'quote' ? '*' : '<ins>'),
  close: (m) => (m.kind === 'claim' ? '**' : m.kind === 'quote' ? '*' : '</ins>'),
  text: (s) => escapeMarkdown(s.replace(/\s*\n\s*/g, ' ')),
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const num = (v: number | null): string => (v === null ? '–' : NUMBER.format(v));

/** The report as Markdown: totals, ranked findings with their sentences, then each article with highlights. */
export function renderMarkdown(model: ReportModel): string {
  const t = model.totals;
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (model.origin) out.push(`From \`${model.origin.replace(/`/g, '')}\``, '');
  out.push(
    `${t.articles} article${t.articles === 1 ? '' : 's'}${t.failed ? ` (${t.failed} failed)` : ''}, ${t.claims} claims, ${t.quotes} quotes, ${t.speakers} speakers; findings: **${t.inconsistent} inconsistent**, ${t.unverifiable} unverifiable, ${t.consistent} consistent.`,
    '',
    '## Findings',
    '',
  );
  if (!model.findings.length) out.push('_No findings._', '');
  const byId = new Map(model.articles.map((r, i) => [r.id, { r, i }] as const));
  for (const rf of model.findings) {
    const f = rf.finding;
    const entry = byId.get(rf.articleId);
    out.push(`${rf.rank}. **${f.status.toUpperCase()}** (${escapeMarkdown(f.check)}) ${escapeMarkdown(f.message)} — [${escapeMarkdown(rf.articleTitle)}](#article-${(entry?.i ?? 0) + 1})`);
    const nums = [f.stated !== null ? `stated ${num(f.stated)}` : '', f.expected !== null ? `expected ${num(f.expected)}` : '', f.difference !== null ? `difference ${num(f.difference)}` : ''].filter(Boolean);
    if (nums.length) out.push(`   ${nums.join(', ')}`);
    if (entry) {
      const ids = new Set(f.claimIds);
      const marks = collectMarks(entry.r).filter((m) => m.kind === 'claim' && ids.has(m.ref));
      for (const s of rf.sentences) out.push('', `   > ${writeMarked(entry.r.article.text, s.start, s.end, marks, MD_WRITER)}`);
    }
    out.push('');
  }
  out.push('## Articles', '');
  model.articles.forEach((r, i) => out.push(...renderArticle(r, i, model.findings.filter((f) => f.articleId === r.id).map((f) => f.finding))));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderArticle(r: Result, i: number, ranked: readonly Finding[]): string[] {
  const a = r.article;
  const out = [`<a id="article-${i + 1}"></a>`, '', `### ${i + 1}. ${escapeMarkdown(articleTitle(r))}`, ''];
  const meta = [a.publisher ? escapeMarkdown(a.publisher) : '', a.published ? escapeMarkdown(a.published) : '', a.byline.length ? `by ${escapeMarkdown(a.byline.join(', '))}` : '', a.url ? (/^https?:\/\//i.test(a.url) ? `<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(a.url)) : '', `source: \`${r.source.replace(/`/g, '')}\``].filter(Boolean);
  out.push(meta.join(' · '), '');
  for (const e of r.errors.filter((x) => x.severity !== 'info')) out.push(`- ${e.severity} in ${escapeMarkdown(e.stage)}: ${escapeMarkdown(e.message)}`);
  if (ranked.length) {
    out.push('', '**Findings**', '');
    for (const f of ranked) out.push(`- **${f.status}** (${escapeMarkdown(f.check)}): ${escapeMarkdown(f.message)}`);
  }
  out.push('', '_Claims in **bold**, quotes in *italics*, speaker mentions <ins>underlined</ins>._', '');
  const marks = collectMarks(r);
  for (const p of paragraphRanges(r)) out.push(writeMarked(a.text, p.start, p.end, marks, MD_WRITER), '');
  if (r.speakers.length) {
    out.push('| Speaker | Title | Organisation | Mentions |', '| --- | --- | --- | --- |');
    for (const s of r.speakers) out.push(`| ${cell(s.name)} | ${cell(s.title)} | ${cell(s.organization)} | ${cell([...new Set(s.mentions.map((m) => m.text))].join(', '))} |`);
    out.push('');
  }
  if (r.claims.length) {
    const speaker = (id: string | null): string => (id ? r.speakers.find((s) => s.id === id)?.name ?? '' : '');
    out.push('| Claim | Value | Qualifier | Kind | Unit | Predicate | Speaker |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of r.claims) out.push(`| ${cell(c.text)} | ${num(c.value)} | ${cell(c.qualifier)} | ${cell(c.kind)} | ${cell(c.unit)} | ${cell(c.predicate)} | ${cell(speaker(c.speakerId))} |`);
    out.push('');
  }
  return out;
}

import type { Result } from '../../src/schema/result.js';
import type { Claim } from '../../src/schema/claim.js';
import type { Quote, Speaker } from '../../src/schema/quote.js';
import type { Finding } from '../../src/schema/finding.js';
import type { Span } from '../../src/schema/span.js';
import { contentHash, recordId } from '../../src/text/ids.js';

/**
 * A small, hand-written corpus of Results (four stories from three outlets, plus one unreadable input) that
 * docs/schema.md runs its example queries on and the store tests build their database from.
 * Why hand-made rather than runDocument: the docs must not change whenever an extraction rule does.
 * The stories are invented; the same people appear in several of them under different spellings.
 */

interface ClaimSpec extends Partial<Omit<Claim, 'id' | 'start' | 'end' | 'text' | 'sentence'>> {
  /** Sentence index and the figure as printed in it (its first occurrence in that sentence). */
  readonly at: readonly [number, string];
  readonly value: number | null;
  readonly kind: Claim['kind'];
  /** Index into the document's quote specs when the figure is someone's statement. */
  readonly quote?: number;
}

interface QuoteSpec {
  readonly at: readonly [number, string];
  readonly kind: Quote['kind'];
  /** Key into the document's speaker specs. */
  readonly speaker: string | null;
  /** The mention naming the speaker, and the cue, each in the same sentence. */
  readonly source?: string;
  readonly cue?: string;
}

interface SpeakerSpec {
  readonly name: string;
  readonly kind?: Speaker['kind'];
  readonly title?: string | null;
  readonly organization?: string | null;
}

interface FindingSpec {
  readonly check: string;
  readonly status: Finding['status'];
  /** Indexes into the claim specs; for a sum, the total first. */
  readonly claims: readonly number[];
  readonly expected: number | null;
  readonly stated: number | null;
  readonly message: string;
}

interface DocSpec {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly byline: string[];
  readonly published: string;
  readonly publisher: string;
  readonly url: string;
  /** Paragraphs, each a list of sentences joined by one space. */
  readonly paragraphs: readonly (readonly string[])[];
  readonly speakers?: Readonly<Record<string, SpeakerSpec>>;
  readonly quotes?: readonly QuoteSpec[];
  readonly claims?: readonly ClaimSpec[];
  readonly findings?: readonly FindingSpec[];
}

/** Builds a Result whose every span is computed from the text it is built from, so the slice invariant holds. */
export function buildResult(spec: DocSpec): Result {
  const sentences: Result['sentences'] = [];
  const paragraphs: Result['article']['paragraphs'] = [];
  let text = '';
  spec.paragraphs.forEach((sents, p) => {
    if (p > 0) text += '\n\n';
    const pStart = text.length;
    sents.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ index: sentences.length, paragraph: p, start: text.length, end: text.length + s.length, text: s });
      text += s;
    });
    paragraphs.push({ start: pStart, end: text.length, role: 'body' });
  });
  const spanIn = (sentence: number, needle: string): Span => {
    const s = sentences[sentence];
    if (!s) throw new Error(`${spec.id}: no sentence ${sentence}`);
    const at = s.text.indexOf(needle);
    if (at < 0) throw new Error(`${spec.id}: "${needle}" is not in sentence ${sentence}`);
    return { start: s.start + at, end: s.start + at + needle.length, text: needle };
  };

  const speakerIds = new Map<string, string>();
  const mentions = new Map<string, Span[]>();
  for (const key of Object.keys(spec.speakers ?? {})) {
    speakerIds.set(key, recordId('speaker', spec.id, key));
    mentions.set(key, []);
  }
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = spanIn(q.at[0], q.at[1]);
    const source = q.source ? spanIn(q.at[0], q.source) : null;
    if (source && q.speaker) mentions.get(q.speaker)!.push(source);
    return {
      id: recordId('quote', spec.id, span.start, span.end),
      ...span,
      kind: q.kind,
      speakerId: q.speaker ? speakerIds.get(q.speaker)! : null,
      source,
      cue: q.cue ? spanIn(q.at[0], q.cue) : null,
      sentence: q.at[0],
    };
  });
  const speakers: Speaker[] = Object.entries(spec.speakers ?? {}).map(([key, s]) => ({
    id: speakerIds.get(key)!,
    name: s.name,
    kind: s.kind ?? 'person',
    title: s.title ?? null,
    organization: s.organization ?? null,
    mentions: mentions.get(key)!.sort((a, b) => a.start - b.start),
  }));
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const span = spanIn(c.at[0], c.at[1]);
    const quote = c.quote === undefined ? null : quotes[c.quote]!;
    return {
      id: recordId('claim', spec.id, span.start, span.end),
      ...span,
      value: c.value,
      // Inclusive bounds as Claim.low/high describe them: an exact figure is its own bounds.
      low: c.low !== undefined ? c.low : (c.qualifier ?? 'exact') === 'exact' ? c.value : null,
      high: c.high !== undefined ? c.high : (c.qualifier ?? 'exact') === 'exact' ? c.value : null,
      qualifier: c.qualifier ?? 'exact',
      change: c.change ?? null,
      kind: c.kind,
      unit: c.unit ?? null,
      subject: c.subject ?? null,
      predicate: c.predicate ?? null,
      anchor: c.anchor ?? null,
      sentence: c.at[0],
      quoteId: quote?.id ?? null,
      speakerId: quote?.speakerId ?? null,
    };
  });
  const findings: Finding[] = (spec.findings ?? []).map((f) => {
    const ids = f.claims.map((i) => claims[i]!.id);
    return {
      id: recordId('finding', spec.id, f.check, ...ids),
      check: f.check,
      status: f.status,
      claimIds: ids,
      expected: f.expected,
      stated: f.stated,
      difference: f.expected !== null && f.stated !== null ? f.stated - f.expected : null,
      message: f.message,
    };
  });
  return {
    id: spec.id,
    source: spec.source,
    contentHash: contentHash(text),
    pipelineVersion: 'sample',
    article: {
      title: spec.title,
      byline: spec.byline,
      published: spec.published,
      publisher: spec.publisher,
      url: spec.url,
      language: 'en',
      text,
      paragraphs,
      captions: [],
    },
    sentences,
    claims,
    quotes,
    speakers,
    findings,
    errors: [],
  };
}

const clinic = buildResult({
  id: 'harbour-clinic',
  source: 'sample/harbour-clinic.txt',
  title: 'Eastside clinic doubles methadone places',
  byline: ['Lena Brandt'],
  published: '2025-03-04',
  publisher: 'Harbour Gazette',
  url: 'https://harbour-gazette.example/2025/03/04/methadone-places',
  paragraphs: [
    ['The Eastside Clinic will offer methadone to more than 400 patients by the summer, its director said on Monday.', 'The clinic treated 250 patients last year: 130 in its day programme and 110 at home.'],
    ['"We turned away about 60 percent of the people who asked for help," said Dr. Amira Haddad, director of the Eastside Clinic.', 'She said the waiting list had grown by 35 percent since January.'],
    ['A new wing costing $1.2 million opens in June.'],
  ],
  speakers: { haddad: { name: 'Dr. Amira Haddad', title: 'director', organization: 'Eastside Clinic' } },
  quotes: [
    { at: [2, 'We turned away about 60 percent of the people who asked for help'], kind: 'direct', speaker: 'haddad', source: 'Dr. Amira Haddad', cue: 'said' },
    { at: [3, 'the waiting list had grown by 35 percent since January'], kind: 'indirect', speaker: 'haddad', source: 'She', cue: 'said' },
  ],
  claims: [
    { at: [0, 'more than 400'], value: 400, low: 401, qualifier: 'more_than', kind: 'count', unit: 'patients', subject: 'patients', predicate: 'offer methadone' },
    { at: [1, '250'], value: 250, kind: 'count', unit: 'patients', subject: 'patients', predicate: 'treated' },
    { at: [1, '130'], value: 130, kind: 'count', subject: 'patients in its day programme', predicate: 'treated' },
    { at: [1, '110'], value: 110, kind: 'count', subject: 'patients at home', predicate: 'treated' },
    { at: [2, 'about 60 percent'], value: 60, qualifier: 'approximate', kind: 'percent', unit: 'percent', subject: 'the people who asked for help', predicate: 'turned away', quote: 0 },
    { at: [3, '35 percent'], value: 35, kind: 'percent', unit: 'percent', change: 'increase', subject: 'the waiting list', predicate: 'grown', quote: 1 },
    { at: [4, '$1.2 million'], value: 1200000, kind: 'money', unit: 'USD', subject: 'a new wing', predicate: 'costing' },
  ],
  findings: [
    { check: 'sum', status: 'inconsistent', claims: [1, 2, 3], expected: 240, stated: 250, message: 'The parts add up to 240 patients (130 + 110); the stated total is 250.' },
  ],
});

const council = buildResult({
  id: 'courier-budget',
  source: 'sample/courier-budget.html',
  title: 'Council splits over treatment budget',
  byline: ['Tomás Reyes', 'Priya Nair'],
  published: '2025-03-11',
  publisher: 'Valley Courier',
  url: 'https://valleycourier.example/news/treatment-budget',
  paragraphs: [
    ['City councillors voted 7 to 4 on Tuesday to spend $2.5 million on addiction treatment, including three new methadone clinics.'],
    ['"This money will reach people who have waited far too long," said councillor José Ortega.', 'Amira Haddad, who runs the Eastside Clinic, told the meeting that roughly half of her patients travel from outside the city.'],
    ['Officials said the plan would cost about $800,000 a year to run.'],
  ],
  speakers: {
    ortega: { name: 'José Ortega', title: 'councillor', organization: 'City Council' },
    haddad: { name: 'Amira Haddad', title: 'head', organization: 'Eastside Clinic' },
    officials: { name: 'officials', kind: 'group' },
  },
  quotes: [
    { at: [1, 'This money will reach people who have waited far too long'], kind: 'direct', speaker: 'ortega', source: 'José Ortega', cue: 'said' },
    { at: [2, 'roughly half of her patients travel from outside the city'], kind: 'indirect', speaker: 'haddad', source: 'Amira Haddad', cue: 'told' },
    { at: [3, 'the plan would cost about $800,000 a year to run'], kind: 'indirect', speaker: 'officials', source: 'Officials', cue: 'said' },
  ],
  claims: [
    { at: [0, '$2.5 million'], value: 2500000, kind: 'money', unit: 'USD', subject: 'addiction treatment', predicate: 'spend' },
    { at: [0, 'three'], value: 3, kind: 'count', unit: 'new methadone clinics', subject: 'new methadone clinics', predicate: 'including' },
    { at: [2, 'roughly half'], value: 0.5, qualifier: 'approximate', kind: 'proportion', subject: 'her patients', predicate: 'travel from outside the city', quote: 1 },
    { at: [3, 'about $800,000'], value: 800000, qualifier: 'approximate', kind: 'money', unit: 'USD', subject: 'the plan', predicate: 'cost', quote: 2 },
  ],
  findings: [],
});

const overdoses = buildResult({
  id: 'courier-overdoses',
  source: 'sample/courier-overdoses.html',
  title: 'Overdose deaths fall for the first time in five years',
  byline: ['Priya Nair'],
  published: '2025-04-02',
  publisher: 'Valley Courier',
  url: 'https://valleycourier.example/news/overdose-deaths-fall',
  paragraphs: [
    ['Overdose deaths in the county fell to 84 last year from 97 the year before, a drop of 13, the coroner\'s office said.'],
    ['"Methadone and naloxone are saving lives," said Jose Ortega, who chairs the council\'s health committee.', 'Of the 84 deaths, 51 involved fentanyl.'],
  ],
  speakers: {
    ortega: { name: 'Jose Ortega', title: 'chair of the health committee', organization: 'City Council' },
    coroner: { name: "the coroner's office", kind: 'group' },
  },
  quotes: [
    { at: [0, 'Overdose deaths in the county fell to 84 last year from 97 the year before, a drop of 13'], kind: 'indirect', speaker: 'coroner', source: "the coroner's office", cue: 'said' },
    { at: [1, 'Methadone and naloxone are saving lives'], kind: 'direct', speaker: 'ortega', source: 'Jose Ortega', cue: 'said' },
  ],
  claims: [
    { at: [0, '84'], value: 84, kind: 'count', unit: 'overdose deaths', subject: 'overdose deaths in the county', predicate: 'fell', change: 'decrease', anchor: 'last year', quote: 0 },
    { at: [0, '97'], value: 97, kind: 'count', unit: 'overdose deaths', subject: 'overdose deaths in the county', anchor: 'the year before', quote: 0 },
    { at: [0, '13'], value: 13, kind: 'count', subject: 'drop', predicate: 'drop', change: 'decrease', quote: 0 },
    { at: [2, '84'], value: 84, kind: 'count', unit: 'deaths', subject: 'deaths' },
    { at: [2, '51'], value: 51, kind: 'count', subject: 'deaths', predicate: 'involved fentanyl' },
  ],
  findings: [
    { check: 'change', status: 'consistent', claims: [2, 1, 0], expected: 13, stated: 13, message: 'The drop of 13 matches 97 - 84.' },
    { check: 'restatement', status: 'consistent', claims: [0, 3], expected: 84, stated: 84, message: 'The 84 deaths restate the 84 overdose deaths stated earlier.' },
  ],
});

const tribune = buildResult({
  id: 'tribune-waiting',
  source: 'sample/tribune-waiting.jsonl#3',
  title: 'Waiting lists for addiction care grow',
  byline: [],
  published: '2025-05-20',
  publisher: 'Northern Tribune',
  url: 'https://tribune.example/health/waiting-lists',
  paragraphs: [
    ['Nearly 1,200 people are waiting for addiction treatment in the region, up 18% on last year.', 'About 300 of them have waited longer than six months.'],
    ['"The Eastside model works, but it needs staff," said AMIRA HADDAD, the clinic\'s director.', 'The health ministry said 40% of the region\'s 1,150 waiting patients were under 30.'],
  ],
  speakers: {
    haddad: { name: 'AMIRA HADDAD', title: 'director', organization: 'Eastside Clinic' },
    ministry: { name: 'The health ministry', kind: 'group', organization: 'health ministry' },
  },
  quotes: [
    { at: [2, 'The Eastside model works, but it needs staff'], kind: 'direct', speaker: 'haddad', source: 'AMIRA HADDAD', cue: 'said' },
    { at: [3, "40% of the region's 1,150 waiting patients were under 30"], kind: 'indirect', speaker: 'ministry', source: 'The health ministry', cue: 'said' },
  ],
  claims: [
    { at: [0, 'Nearly 1,200'], value: 1200, qualifier: 'approximate', kind: 'count', unit: 'people', subject: 'people waiting for addiction treatment', predicate: 'waiting' },
    { at: [0, '18%'], value: 18, kind: 'percent', unit: 'percent', change: 'increase', subject: 'people waiting', anchor: 'on last year' },
    { at: [1, 'About 300'], value: 300, qualifier: 'approximate', kind: 'count', subject: 'people waiting', predicate: 'waited longer than six months' },
    { at: [3, '40%'], value: 40, kind: 'percent', unit: 'percent', subject: 'waiting patients under 30', quote: 1 },
    { at: [3, '1,150'], value: 1150, kind: 'count', unit: 'waiting patients', subject: 'waiting patients', quote: 1 },
  ],
  findings: [
    { check: 'restatement', status: 'inconsistent', claims: [0, 4], expected: 1150, stated: 1200, message: 'The story says nearly 1,200 people are waiting, but the ministry figure it cites is 1,150.' },
    { check: 'proportion', status: 'unverifiable', claims: [3, 4], expected: null, stated: 40, message: 'The 40% under 30 cannot be checked: the article gives no count of patients under 30.' },
  ],
});

/** The sample documents, in the order they are written. */
export const sampleResults: readonly Result[] = [clinic, council, overdoses, tribune];

/** An input that never became a Result, recorded with recordError. */
export const sampleUnreadable = { source: 'sample/photo.jpg', stage: 'sources', rule: 'binary-input', message: 'sample/photo.jpg looks binary (a JPEG image), not a text or HTML document.' } as const;

import type { Token } from './tokenize.js';
import type { Quantity } from './scan-quantities.js';
import { ADDRESS_WORDS, CAPITALISED_FUNCTION_WORDS, LABEL_WORDS, MONTHS, ONE_IDIOMS, SCORE_CONTEXT, STREET_FIRST_WORDS, TIME_WORDS, WEEKDAYS } from './lexicon.js';

/**
 * Why a quantity is not a numeric claim, or null when it is one: years, dates, times of day, phone numbers,
 * addresses, numbers inside names ("Covid-19", "Boeing 737", "G20"), labels and ranks ("page 3", "No 1"),
 * list numbering, sports scores, idioms with "one", versions ("HTTP/1.1"), reference marks ("[12]") and the numbers of a table of contents.
 * Why here: one place lists every exclusion, each a rule id a test can name.
 */
export function rejectReason(toks: readonly Token[], q: Quantity): string | null {
  const core = q.core;
  const head = toks[core.first]!;
  const before = toks[q.first - 1];
  const coreBefore = toks[core.first - 1];
  const next = toks[core.last + 1];
  const plain = q.kind === 'count' || q.kind === 'ordinal';

  if (plain && isYear(core, q, toks)) return 'year';
  if (plain && (isDate(toks, core.first, core.last) || isDate(toks, core.first, q.last))) return 'date';
  if (isTime(toks, core.last)) return 'time';
  if (isPhone(toks, core.first, core.last)) return 'phone-number';
  // Letters glued to the digits: "G20", "MP3", "A380", "Covid-19", "F-16".
  if (head.type === 'n' && head.glued && coreBefore?.text === '/' && toks[core.first - 2]?.type === 'n') return 'name'; // "24/7", "50/50"
  // "HTTP/1.1", "TLS/1.3": a version number after an acronym and a slash ("a 50-mile/80km trip" keeps its kilometres).
  if (head.type === 'n' && head.glued && coreBefore?.text === '/' && coreBefore.glued && /^[A-Z]{2,}$/.test(toks[core.first - 2]?.text ?? '')) return 'version';
  // "in New Zealand[168]": a reference mark, a lone number in square brackets.
  if (plain && q.first === core.first && q.last === core.last && before?.text === '[' && toks[q.last + 1]?.text === ']') return 'citation';
  // "Lung Cancer. 2013. 80(3):249-55.": a journal reference's volume and issue, before the pages.
  if (plain && isVolumeIssue(toks, core.first, core.last)) return 'citation';
  // A table of contents ("2. Terminology ........ 3"): every figure beside a dot leader is a section or page number.
  if (hasDotLeader(toks, q.first, q.last)) return 'contents';
  if (q.kind !== 'money' && head.type === 'n' && head.glued && coreBefore) {
    if (coreBefore.type === 'w') return 'name';
    if (coreBefore.text === '-' && coreBefore.glued && toks[core.first - 2]?.type === 'w') return 'name';
  }
  // ... but "called Bob 3 times": a count of occasions after a name is no part of it
  if (plain && before && before.type === 'w' && isNameWord(before) && q.first === core.first && q.unit !== 'times') return 'name';
  if (plain && head.type === 'w' && /^[A-Z]/.test(head.text) && before && before.type === 'w' && /^[A-Z]/.test(before.text) && !CAPITALISED_FUNCTION_WORDS.has(before.lower)) return 'name';
  if (plain && q.first === core.first && isLabel(toks, q.first)) return 'label';
  // a capitalised number word inside a title: "Lock, Stock and Two Smoking Barrels"
  if (plain && head.type === 'w' && /^[A-Z]/.test(head.text) && before && !/^[.!?:"“‘'(]$/.test(before.text) && /^[A-Z]/.test(toks[core.last + 1]?.text ?? '')) return 'name';
  if (plain && next && next.type === 'w' && /^[A-Z]/.test(next.text) && ADDRESS_WORDS.has(toks[core.last + 2]?.lower ?? '')) return 'address';
  // "33 Rue Majorelle", "12 Avenue Foch": a house number before a street word that opens the street's name.
  if (plain && next && next.type === 'w' && /^[A-Z]/.test(next.text) && STREET_FIRST_WORDS.has(next.lower) && /^\p{Lu}/u.test(toks[core.last + 2]?.text ?? '')) return 'address';
  if (plain && core.first === 0 && next && next.glued && (next.text === '.' || next.text === ')') && core.value !== null && core.value < 100) return 'list-number';
  if (head.lower === 'one' && q.form !== 'ratio' && core.form === 'words' && core.last === core.first && isOneIdiom(toks, core.first)) return 'idiom';
  if (q.qualifier === 'range' && q.kind === 'count' && isScore(toks, q)) return 'score';
  return null;
}

/** "80(3):" read at "80" or at "3": volume, issue in brackets, then a colon and the pages. */
function isVolumeIssue(toks: readonly Token[], first: number, last: number): boolean {
  const at = (i: number, text: string) => toks[i]?.text === text && toks[i]!.glued;
  const volume = at(last + 1, '(') && toks[last + 2]?.type === 'n' && at(last + 3, ')') && at(last + 4, ':');
  const issue = at(first - 1, '(') && toks[first - 2]?.type === 'n' && at(last + 1, ')') && at(last + 2, ':');
  return volume || issue;
}

/** Tokens on either side of a figure searched for a dot leader: a table of contents' entry is a few words long. */
const LEADER_WINDOW = 16;

/**
 * A leader of four dots or more ending at a number near the figure, as between a table of contents' entry and its
 * page number ("2. Methods ........ 5"). Why the number: a writer's "...." before words ("the last 25 years....it's a
 * travesty") is an ellipsis. Why near: the whole sentence would cost a scan per figure, and a long one has thousands.
 */
function hasDotLeader(toks: readonly Token[], first: number, last: number): boolean {
  let run = 0;
  for (let k = Math.max(0, first - LEADER_WINDOW); k < Math.min(toks.length, last + LEADER_WINDOW); k++) {
    const t = toks[k]!;
    if (run >= 4 && t.type === 'n') return true;
    run = t.text === '.' && (run === 0 || t.glued) ? run + 1 : t.text === '…' && (run === 0 || t.glued) ? run + 3 : 0;
  }
  return false;
}

function isNameWord(t: Token): boolean {
  if (!/^[A-Z]/.test(t.text) || /['’]s?$/.test(t.text)) return false;
  if (CAPITALISED_FUNCTION_WORDS.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  return true;
}

function isYear(core: Quantity['core'], q: Quantity, toks: readonly Token[]): boolean {
  if (core.form !== 'digits' || core.separated || core.scaled || core.value === null) return false;
  const v = core.value;
  if (!Number.isInteger(v) || v < 1000 || v > 2099) return false;
  if (toks[core.first]!.text.length !== 4) return false;
  // "more than 1500 people" is a count; "above 2004" is still a year
  if (q.qualifier !== 'exact' && q.qualifier !== 'range' && toks[core.last + 1]?.type === 'w' && /^[a-z]+s$/.test(toks[core.last + 1]!.text) && !/^(?:levels|figures|prices|rates|values|standards|numbers|terms|totals|results|sales)$/.test(toks[core.last + 1]!.text)) return false;
  return true;
}

function isMonth(t: Token | undefined): boolean {
  if (!t || t.type !== 'w' || !MONTHS.has(t.lower)) return false;
  // "may" and "march" are verbs as often as months: only capitalised.
  if ((t.lower === 'may' || t.lower === 'march') && !/^[A-Z]/.test(t.text)) return false;
  return true;
}

/**
 * "on 1 may that year", "since 3 march 2004": a day of the month before "may" or "march" in lower case (text in lower case,
 * or a careless hand) is a date when a date's preposition comes before the day or a year after the month; otherwise the
 * word is the verb ("only 1 may be needed").
 */
function isLowerCaseVerbMonth(toks: readonly Token[], first: number, last: number): boolean {
  const month = toks[last + 1];
  if (!month || !/^(?:may|march)$/.test(month.text) || first !== last || toks[first]!.type !== 'n') return false;
  const day = Number(toks[first]!.text);
  if (!Number.isInteger(day) || day < 1 || day > 31) return false;
  const year = toks[last + 2];
  return /^(?:on|since|until|till)$/.test(toks[first - 1]?.lower ?? '') || year?.type === 'n' && /^(?:1[89]|20)\d\d$/.test(year.text);
}

function isDate(toks: readonly Token[], first: number, last: number): boolean {
  let b = first - 1;
  if (toks[b]?.text === '.' && isMonth(toks[b - 1])) b--;
  if (isMonth(toks[b])) return true;
  if (WEEKDAYS.has(toks[b]?.lower ?? '') && isMonth(toks[last + 1])) return true;
  if (isMonth(toks[last + 1]) || isLowerCaseVerbMonth(toks, first, last)) return true;
  if (toks[last + 1]?.lower === 'of' && isMonth(toks[last + 2])) return true;
  // "16 or 17 March", "22 and 23 June", "10-16 January"
  const link = toks[last + 1]?.lower ?? '';
  if (/^(?:or|and|to|-|–)$/.test(link) && toks[last + 2]?.type === 'n' && isMonth(toks[last + 3])) return true;
  // "the 5th", "on the 12th" without a noun after: a day of the month
  return false;
}

function isTime(toks: readonly Token[], last: number): boolean {
  const n = toks[last + 1];
  if (!n) return false;
  if (n.text === ':' && n.glued && toks[last + 2]?.type === 'n' && toks[last + 2]!.glued) return true;
  if (n.type === 'w' && TIME_WORDS.has(n.lower)) return true;
  if (n.lower === 'local' && toks[last + 2]?.lower === 'time') return true;
  if (n.lower === 'a' || n.lower === 'p') {
    if (toks[last + 2]?.text === '.' && toks[last + 3]?.lower === 'm') return true;
  }
  const p = toks[last - 0];
  if (p && toks[last - 1]?.text === ':' && toks[last - 1]!.glued && p.glued) return true;
  return false;
}

function isPhone(toks: readonly Token[], first: number, last: number): boolean {
  const t = toks[first]!;
  if (t.type !== 'n' || /[.,]/.test(t.text)) return false;
  const plus = toks[first - 1];
  if (plus && plus.text === '+' && t.glued) return true;
  // Digit groups in a row, with spaces or hyphens: "020 7946 0000", "555-0199".
  let digits = t.text.length;
  let k = last;
  let groups = 1;
  // Seen from a later group ("08000 858 531" from 858 or 531), the groups before it count too, but only towards three
  // groups: two numbers in a row may be a year and a count ("in 2004 300 people").
  let before = 0;
  for (let b = first - 1; b >= 0 && toks[b]!.type === 'n' && !toks[b + 1]!.glued && !/[.,]/.test(toks[b]!.text); b--) before++;
  while (toks[k + 1] && (toks[k + 1]!.type === 'n' && !toks[k + 1]!.glued || toks[k + 1]!.text === '-' && toks[k + 2]?.type === 'n')) {
    if (toks[k + 1]!.text === '-') k++;
    const g = toks[k + 1]!;
    if (/[.,]/.test(g.text)) break;
    digits += g.text.length;
    groups++;
    k++;
  }
  return (groups >= 2 && digits >= 7) || groups + before >= 3;
}

function isLabel(toks: readonly Token[], first: number): boolean {
  let b = first - 1;
  // "at number 11 and 12": the second shares the label of the first
  if (/^(?:and|or|,)$/.test(toks[b]?.lower ?? '') && toks[b - 1]?.type === 'n' && labelWordAt(toks, b - 2)) return true;
  if (toks[b]?.text === '.' && toks[b]!.glued) b--;
  return labelWordAt(toks, b);
}

function labelWordAt(toks: readonly Token[], b: number): boolean {
  if (toks[b]?.text === '.' && toks[b]!.glued) b--;
  const t = toks[b];
  if (!t || t.type !== 'w') return false;
  if (!LABEL_WORDS.has(t.lower) && !LABEL_WORDS.has(t.text)) return false;
  // "no" is a label only as "No 10" / "no. 1", not "no 10 people" — the capital or the dot tells.
  if (t.lower === 'no') return t.text === 'No' || toks[b + 1]?.text === '.';
  return true;
}

function isOneIdiom(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.text === '-' && toks[i]!.glued && /^(?:no|any|every|some)$/.test(toks[i - 2]?.lower ?? '')) return true; // "no-one"
  const words: string[] = [];
  const prev = toks[i - 1];
  const around = (from: number) => {
    const w: string[] = [];
    for (let k = from; k < Math.min(toks.length, i + 4); k++) w.push(toks[k]!.lower);
    return w.join(' ').replace(/ - /g, '-').replace(/ -(?=\w)/g, '-').replace(/(?<=\w)- /g, '-');
  };
  if (prev && prev.type === 'w') words.push(around(i - 1));
  words.push(around(i));
  const hyphen = toks[i + 1]?.text === '-' && toks[i + 1]!.glued ? `one-${toks[i + 2]?.lower ?? ''}` : null;
  for (const re of ONE_IDIOMS) {
    for (const w of words) if (re.test(w)) return true;
    if (hyphen && re.test(hyphen)) return true;
  }
  if (toks[i + 1] === undefined || toks[i + 1]!.type === 'p' && toks[i + 1]!.text !== '-') return true; // bare "one," / "one."
  return false;
}

function isScore(toks: readonly Token[], q: Quantity): boolean {
  const link = toks[q.core.last + 1];
  if (!link || !/^[-–—]$/.test(link.text)) return false;
  if (q.low === null || q.high === null || !Number.isInteger(q.low) || !Number.isInteger(q.high) || q.high > 30) return false;
  // tennis sets: "6-7 (3-7) 6-3", "7-6 6-4": another score right after
  const after = toks[q.last + 1];
  if (after && (after.text === '(' && toks[q.last + 3]?.text === '-' || after.type === 'n' && /^[-–]$/.test(toks[q.last + 2]?.text ?? ''))) return true;
  const from = Math.max(0, q.first - 8);
  const to = Math.min(toks.length, q.last + 8);
  for (let k = from; k < to; k++) if (SCORE_CONTEXT.test(toks[k]!.lower)) return true;
  return false;
}

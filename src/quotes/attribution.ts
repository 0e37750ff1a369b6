/**
 * Reads attribution phrases around a cue: the cue's extent, the source before or after it, and where the reported content starts.
 * Works on tokens of one sentence; the rules are positional (no tagging) so they stay fast.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import {
  SPEECH_VERB_SET, CUE_AUXILIARIES, TIME_ADVERBS, CUE_TAILS, SUBJECT_PRONOUNS, GROUP_NOUNS, TITLE_HEADS, CLAUSE_OPENERS,
  LEADING_CONNECTIVES, DETERMINERS, HEARER_VERBS, TITLE_WORDS, SPEAKER_SELF_PRONOUNS,
} from './lexicon.js';

export interface Cue {
  /** Token index of the first word of the cue (after auxiliaries are added). */
  readonly first: number;
  /** Token index of the verb's last word. */
  readonly verbLast: number;
  /** Offsets of the cue span. */
  readonly start: number;
  readonly end: number;
  /** The verb as written, lower-case ("said", "pointed out"). */
  readonly verb: string;
}

export interface Phrase {
  readonly start: number;
  readonly end: number;
  /** Token indices [first, last] of the phrase. */
  readonly first: number;
  readonly last: number;
}

const TWO_WORD = new Map<string, string[]>();
const THREE_WORD: string[][] = [];
for (const v of SPEECH_VERB_SET) {
  const parts = v.split(' ');
  if (parts.length === 2) TWO_WORD.set(parts[0]!, [...(TWO_WORD.get(parts[0]!) ?? []), parts[1]!]);
  if (parts.length > 2) THREE_WORD.push(parts);
}

/** The speech verb starting at token i, as [lastTokenIndex, verb], or null. */
export function verbAt(tokens: readonly Token[], i: number): [number, string] | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  for (const parts of THREE_WORD) {
    if (parts.every((p, k) => tokens[i + k]?.norm === p)) return [i + parts.length - 1, parts.join(' ')];
  }
  const seconds = TWO_WORD.get(t.norm);
  if (seconds && tokens[i + 1] && seconds.includes(tokens[i + 1]!.norm)) return [i + 1, `${t.norm} ${tokens[i + 1]!.norm}`];
  if (SPEECH_VERB_SET.has(t.norm) && !t.norm.includes(' ')) {
    // A capitalised speech word mid-sentence is a name or a title ("Says", "Hope"), not a verb; at sentence start it may be a verb only in "Says X".
    if (isCapitalized(t) && i > 0) return null;
    return [i, t.norm];
  }
  return null;
}

/** Builds the cue for a verb at [i, last]: auxiliaries just before it join the cue ("has said", "also noted"), a tail after it ("in a statement") too. */
export function makeCue(text: string, tokens: readonly Token[], i: number, last: number, verb: string): Cue {
  let first = i;
  while (first > 0 && tokens[first - 1]!.word && CUE_AUXILIARIES.has(tokens[first - 1]!.norm)) first--;
  let end = tokens[last]!.end;
  for (const tail of CUE_TAILS) {
    const m = tail.exec(text.slice(end, end + 60));
    if (m) end += m[0].length;
  }
  return { first, verbLast: last, start: tokens[first]!.start, end, verb };
}

/** Index of the first token at or after offset. */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

/**
 * The source written before a cue: the subject phrase from the clause start up to the cue, with an apposition
 * ("Jane Doe, a lawyer for the group,") and a pre-name title kept, time words before the verb left out.
 * `floor` is the first token index the phrase may use.
 */
export function sourceBefore(tokens: readonly Token[], cueFirst: number, floor: number): Phrase | null {
  let j = cueFirst - 1;
  while (j >= floor && tokens[j]!.word && TIME_ADVERBS.has(tokens[j]!.norm)) j--;
  if (j < floor) return null;
  const last = j;
  let apposition = false;
  if (tokens[j]!.text === ',') {
    // "X, a spokesman for Y, said": the stretch between two commas must read as an apposition.
    let k = j - 1;
    while (k >= floor && tokens[k]!.text !== ',' && !isHardStop(tokens[k]!)) k--;
    if (k < floor || tokens[k]!.text !== ',') return null;
    if (!looksLikeApposition(tokens, k + 1, j - 1)) return null;
    apposition = true;
    j = k - 1;
  }
  let first = j + 1;
  for (let k = j; k >= floor; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === '’' || t.text === "'" || t.text === '-' || t.text === '&') { first = k; continue; }
      break;
    }
    if (k < j && CLAUSE_OPENERS.has(t.norm) && !isCapitalized(t) && !(t.norm === 'and' && isCapitalized(tokens[k - 1] ?? t) && isCapitalized(tokens[k + 1] ?? t))) break;
    if (k < j && isVerbLike(t)) break;
    first = k;
  }
  // Sentence-opening connectives ("But", "Meanwhile") are not part of the subject.
  while (first <= j && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm) && first < j) first++;
  if (first > j) return null;
  if (!isSourceHead(tokens, first, j)) return null;
  if (j - first > 14) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end - (apposition && tokens[last]!.text === ',' ? 0 : 0), first, last: apposition ? last : j };
}

/** The source written after a cue ("said Jane Doe, a lawyer"): up to the clause's end, a quote mark or a follow-on participle. */
export function sourceAfter(tokens: readonly Token[], from: number, limit: number): Phrase | null {
  let i = from;
  while (i < limit && tokens[i]!.word && TIME_ADVERBS.has(tokens[i]!.norm)) i++;
  if (i >= limit || tokens[i]!.norm === 'that') return null;
  const first = i;
  let last = -1;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (!t.word && /^[.;:!?“”"«»—–()]$/.test(t.text)) break;
    if (t.text === ',' ) {
      // Keep an apposition after the name; stop before a participle clause or a new quote.
      const next = tokens[k + 1];
      if (!next || !next.word || SPEECH_VERB_SET.has(next.norm) || /ing$/.test(next.norm) || TIME_ADVERBS.has(next.norm) || next.norm === 'on' || next.norm === 'in') break;
      continue;
    }
    if (t.word && k > first && CLAUSE_OPENERS.has(t.norm) && t.norm !== 'and' && t.norm !== 'of' && t.norm !== 'that') break;
    if (t.word && (t.norm === 'on' || t.norm === 'in' || t.norm === 'at') && k > first && isTimeNoun(tokens[k + 1])) break;
    last = k;
  }
  if (last < first) return null;
  if (!isSourceHead(tokens, first, firstCoreEnd(tokens, first, last))) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

function firstCoreEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k <= last; k++) if (tokens[k]!.text === ',') return k - 1;
  return last;
}

function isTimeNoun(t: Token | undefined): boolean {
  return !!t && (TIME_ADVERBS.has(t.norm) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(t.norm));
}

function isHardStop(t: Token): boolean {
  return !t.word && /^[.;:!?“”"«»()—–]$/.test(t.text);
}

// An apposition opens with a determiner, a title word or a relative pronoun: ", a lawyer for the family,", ", executive director of X,".
function looksLikeApposition(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const t = tokens[first]!;
  if (DETERMINERS.has(t.norm) || t.norm === 'who' || t.norm === 'whose' || TITLE_WORDS.has(t.norm) || TITLE_HEADS.has(t.norm)) return true;
  if (/^\d+$/.test(t.norm)) return true; // ", 45,"
  // "X, Y's campaign manager," or "X, Labor Party leader,": a capitalised run ending in a title head.
  for (let k = first; k <= last; k++) if (TITLE_HEADS.has(tokens[k]!.norm)) return true;
  return false;
}

// Lower-case words that end a subject going backwards: common verb shapes that cannot sit inside a noun phrase before "said".
function isVerbLike(t: Token): boolean {
  if (isCapitalized(t)) return false;
  return /^(is|are|was|were|be|been|being|do|does|did|has|have|had|will|would|can|could|should|must|may|might|said|says|told|added|asked|it's|he's|she's)$/.test(t.norm);
}

/** True when the phrase's head (its last word before any apposition) can be a speaker: a name, a pronoun, a group or a title. */
export function isSourceHead(tokens: readonly Token[], first: number, last: number): boolean {
  let end = last;
  while (end >= first && !tokens[end]!.word) end--;
  if (end < first) return false;
  const head = tokens[end]!;
  if (SUBJECT_PRONOUNS[head.norm] || SPEAKER_SELF_PRONOUNS.has(head.norm) || head.norm === 'who' || head.norm === 'which') return true;
  if (isCapitalized(head)) return true;
  if (GROUP_NOUNS.has(head.norm) || TITLE_HEADS.has(head.norm)) return true;
  // A plural or profession-like noun after a determiner: "some Republicans", "the researchers".
  if (end > first && DETERMINERS.has(tokens[first]!.norm) && /[a-z]{3,}s$/.test(head.norm)) return true;
  return false;
}

/** Skips a hearer object after "told"/"warned" ("told reporters", "told The Post on Tuesday"): the index where the content may start. */
export function skipHearer(tokens: readonly Token[], verb: string, from: number, limit: number): number {
  if (!HEARER_VERBS.has(verb)) return from;
  // Up to "that" within a few words, or past a short noun phrase.
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    if (tokens[k]!.norm === 'that' && k > from) return k;
    if (!tokens[k]!.word && tokens[k]!.text !== '.' && tokens[k]!.text !== '’' && tokens[k]!.text !== "'") break;
  }
  let k = from;
  if (k < limit && /^(him|her|them|us|me|you|reporters|journalists|supporters|listeners|viewers|voters|lawmakers|congress|parliament|the|a|an|his|her|their)$/.test(tokens[k]!.norm)) {
    if (/^(the|a|an|his|her|their)$/.test(tokens[k]!.norm)) {
      k++;
      while (k < limit && tokens[k]!.word && (isCapitalized(tokens[k]!) || k === from + 1)) k++;
    } else k++;
  } else {
    while (k < limit && isCapitalized(tokens[k]!)) k++;
  }
  return k;
}

/** Skips a time phrase after a cue ("on Monday", "last week", "Tuesday"). */
export function skipTime(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  for (;;) {
    const t = tokens[k];
    if (!t || k >= limit) return k;
    if (TIME_ADVERBS.has(t.norm) || isTimeNoun(t)) { k++; continue; }
    if ((t.norm === 'on' || t.norm === 'in' || t.norm === 'at') && isTimeNoun(tokens[k + 1])) { k += 2; continue; }
    if ((t.norm === 'last' || t.norm === 'this' || t.norm === 'earlier' || t.norm === 'late' || t.norm === 'next') && /^(week|month|year|weekend|summer|spring|fall|autumn|winter|night|morning|evening)$/.test(tokens[k + 1]?.norm ?? '')) { k += 2; continue; }
    if (t.text === ',' && k === from) { k++; continue; }
    return k;
  }
}

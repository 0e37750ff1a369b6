import type { Claim } from '../schema/claim.js';
import type { Sentence } from '../schema/sentence.js';
import { intervalOf, type Interval } from './interval.js';
import { GENERIC_NOUNS, IRREGULAR_SINGULARS, NOUN_NOISE, NOUN_STOP } from './lexicon.js';

/**
 * A claim as the checks read it: its interval, its counted noun split into head and modifiers, and where it sits.
 * Why: every check compares claims by the same few traits, so they are derived once per claim.
 */
export interface ClaimView {
  readonly claim: Claim;
  readonly interval: Interval;
  /** Counted-noun words, lower-cased and singular: "alleged users" -> ["alleged", "user"]. Empty when none. */
  readonly noun: readonly string[];
  /** The last noun word ("user"), or null. */
  readonly head: string | null;
  /** The words before the head that tell categories apart ("alleged"). */
  readonly modifiers: readonly string[];
  /** The noun phrase as written, for messages ("alleged users"), or null. */
  readonly label: string | null;
  readonly sentence: Sentence | null;
  readonly paragraph: number;
  /** Text of the sentence before the claim, and after it, in the claim's sentence. */
  readonly before: string;
  readonly after: string;
  /** Predicate lemma ("arrest" from "arrested"), or null. */
  readonly predicate: string | null;
}

/** Builds the views of every claim that has a usable value, in text order. */
export function viewClaims(claims: readonly Claim[], sentences: readonly Sentence[], text: string): ClaimView[] {
  const views: ClaimView[] = [];
  for (const given of [...claims].sort((a, b) => a.start - b.start)) {
    const interval = intervalOf(given);
    if (!interval) continue;
    // Trust the claim's sentence index only when that sentence holds it; otherwise find the one that does.
    const indexed = sentences[given.sentence];
    const sentence = indexed && indexed.start <= given.start && given.end <= indexed.end ? indexed : (sentences.find((s) => s.start <= given.start && given.end <= s.end) ?? null);
    const claim = sentence && sentence.index !== given.sentence ? { ...given, sentence: sentence.index } : given;
    const sStart = sentence?.start ?? Math.max(0, text.lastIndexOf('\n', claim.start) + 1);
    const sEnd = sentence?.end ?? text.length;
    const before = text.slice(sStart, claim.start);
    const after = text.slice(claim.end, Math.max(claim.end, sEnd));
    const written = nounPhrase(claim, after);
    const noun = written ? normaliseNoun(written) : [];
    const head = noun.length ? noun[noun.length - 1]! : null;
    views.push({
      claim,
      interval,
      noun,
      head,
      modifiers: noun.slice(0, -1),
      label: written,
      sentence,
      paragraph: sentence?.paragraph ?? 0,
      before,
      after,
      predicate: claim.predicate ? lemma(claim.predicate.split(/\s+/).pop()!.toLowerCase()) : null,
    });
  }
  return views;
}

/** The counted noun as written: the claim's unit for counts, else the words right after the figure. */
function nounPhrase(claim: Claim, after: string): string | null {
  if (claim.kind !== 'count' && claim.kind !== 'money') return null;
  if (claim.kind === 'count' && claim.unit && !/^(?:percent|per cent)$/i.test(claim.unit)) return claim.unit.trim() || null;
  if (claim.kind === 'money') return null;
  const words: string[] = [];
  for (const m of after.matchAll(/[^\s]+/g)) {
    const raw = m[0];
    const word = raw.replace(/^["'“‘(]+/, '').replace(/[,.;:!?"'”’)]+$/, '');
    const lower = word.toLowerCase();
    if (!word || !/^[a-z][a-z-]*$/i.test(word) || NOUN_STOP.has(lower)) break;
    words.push(word);
    if (words.length >= 4 || raw !== word) break;
  }
  return words.length ? words.join(' ') : null;
}

/** Lower-cases, singularises and drops noise words: "more alleged users" -> ["alleged", "user"]. */
export function normaliseNoun(phrase: string): string[] {
  const words = phrase
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter((w) => w && !NOUN_NOISE.has(w));
  return words.map((w, i) => (i === words.length - 1 ? singular(w) : w));
}

/** A plain English singular, good enough to compare counted nouns. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_SINGULARS[w]) return IRREGULAR_SINGULARS[w]!;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** A rough verb lemma for comparing predicates: "arrested" -> "arrest", "sent"/"sending" -> "send". */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular: Record<string, string> = { sent: 'send', won: 'win', lost: 'lose', held: 'hold', made: 'make', gave: 'give', given: 'give', paid: 'pay', sold: 'sell', bought: 'buy', took: 'take', taken: 'take', killed: 'kill', went: 'go', gone: 'go', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', cut: 'cut', left: 'leave', hit: 'hit', put: 'put', got: 'get', seen: 'see', saw: 'see', found: 'find', brought: 'bring', caught: 'catch' };
  if (irregular[w]) return irregular[w]!.replace(/e$/, '');
  let stem = w;
  if (/ied$/.test(w)) stem = `${w.slice(0, -3)}y`;
  else if (/ing$/.test(w) && w.length > 5) stem = undouble(w.slice(0, -3));
  else if (/ed$/.test(w) && w.length > 4) stem = undouble(w.slice(0, -2));
  else if (/s$/.test(w) && !/ss$/.test(w) && w.length > 3) stem = w.slice(0, -1);
  return stem.replace(/e$/, '');
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ss|ll)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** True when a noun says nothing about its category ("people", "cases"), so it may hold any counted person or thing. */
export function isGenericNoun(view: ClaimView): boolean {
  return view.head === null || (GENERIC_NOUNS.has(view.head) && view.modifiers.length === 0);
}

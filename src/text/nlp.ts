/**
 * The one place tally reads compromise's English lexicon (about 24,000 words with their part of speech, and given names, surnames,
 * organisations, countries and places). The stages use the lexicon, not the tagger: a lookup per word costs nothing, where a full
 * parse runs near 0.16 MB/s, too slow for every sentence of a corpus.
 * Why compromise: its lexicon is maintained, covers names across languages and says which given names are male or female, which a
 * speaker resolver needs for "he" and "she"; a hand-kept copy would go stale.
 * Why through a generated snapshot (src/text/lexicon-words.ts, written by `npm run docs` from the installed compromise and checked
 * against it by a test): importing compromise costs about 0.4 s of CPU in every thread that does it, so each worker paid more to
 * start than a small batch takes to run.
 * Not its verb conjugator: for verbs outside its lexicon it errs ("tout" -> past "tout", "heap" -> "heapped", "slam" -> gerund
 * "slam"), so the cue lists keep their own inflection rules (src/quotes/lexicon.ts).
 */
import { nameClassWords, wordKindWords } from './lexicon-words.js';

/** What the lexicon knows about a name or word, reduced to what speaker resolution asks. */
export type NameClass =
  /** A given name compromise marks as male ("John") or female ("Sarah"). */
  | 'given-male'
  | 'given-female'
  /** A given name of either gender ("Pat", "Andrea"). */
  | 'given'
  /** A surname ("Lincoln") or a famous person ("Clinton", "Barack Obama"). */
  | 'person'
  /** A company, agency or other body ("NASA", "Google", "Procter & Gamble"). */
  | 'organization'
  /** A country ("Russia"): speaks as its government. */
  | 'country'
  /** A city or region ("Paris", "Georgia"): a place, though one may also be a person's name. */
  | 'place'
  /** People named by where they are from, in the plural ("Americans", "Brits"): a group, never one person. */
  | 'demonym';

/** What a capitalised word standing alone is when the lexicon says it is no name (see `commonWordKind`). */
export type WordKind = 'function' | 'role';

/** Built once when the module loads and never changed: lower-cased word or phrase -> class. */
const NAME_CLASSES: ReadonlyMap<string, NameClass> = invert(nameClassWords);

/** Lower-cased word -> what a capitalised single word is when it is no name: a function word or verb form, or a noun for people. */
const COMMON_WORD_KINDS: ReadonlyMap<string, WordKind> = invert(wordKindWords);

/** Class -> "word|word|…" to word -> class. */
function invert<K extends string>(lists: Readonly<Record<K, string>>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [cls, words] of Object.entries(lists) as Array<[K, string]>) for (const word of words.split('|')) if (word) out.set(word, cls);
  return out;
}

/** The lexicon's class for a name or one word of it, case-insensitive; null when compromise does not know it as a name. */
export function classifyName(phrase: string): NameClass | null {
  return NAME_CLASSES.get(phrase.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null;
}

/** 'm' or 'f' when compromise lists the word as a male or female given name, else null. */
export function genderOfGivenName(word: string): 'm' | 'f' | null {
  const cls = classifyName(word);
  return cls === 'given-male' ? 'm' : cls === 'given-female' ? 'f' : null;
}

/** True when the word is a given name of either gender ("Sarah", "Pat"). */
export function isKnownGivenName(word: string): boolean {
  const cls = classifyName(word);
  return cls === 'given-male' || cls === 'given-female' || cls === 'given';
}


/**
 * What a capitalised word standing alone where a name should be is, when the lexicon says it is no name: 'function' for verb forms,
 * prepositions, pronouns and the like ("Asked", "Without", "Among"), 'role' for nouns that denote people ("Colleagues",
 * "Somebody", "Chancellor"); null otherwise, surnames that are also common words included ("Gates", "Brown", "May").
 */
export function commonWordKind(word: string): WordKind | null {
  return COMMON_WORD_KINDS.get(word.toLowerCase()) ?? null;
}

/**
 * The one place tally loads compromise. The stages use its English lexicon (about 24,000 words with their
 * part of speech, and given names, surnames, organisations, countries and places), not its tagger: a lookup
 * per word costs nothing, where a full parse runs near 0.16 MB/s, too slow for every sentence of a corpus.
 * Why compromise: its lexicon is maintained, covers names across languages and says which given names are
 * male or female, which a speaker resolver needs for "he" and "she"; a hand-kept copy would go stale.
 * Loading it costs about 0.4 s of CPU once per thread.
 * Not its verb conjugator: for verbs outside its lexicon it errs ("tout" -> past "tout", "heap" -> "heapped", "slam" -> gerund
 * "slam"), so the cue lists keep their own inflection rules (src/quotes/lexicon.ts).
 */
import nlp from 'compromise/two';

interface CompromiseApi {
  model(): { one: { lexicon: Record<string, Tags> } };
}
const compromise = nlp as unknown as CompromiseApi;

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

type Tags = string | readonly string[];

const CLASS_OF_TAG: ReadonlyArray<readonly [string, NameClass]> = [
  ['MaleName', 'given-male'],
  ['FemaleName', 'given-female'],
  ['FirstName', 'given'],
  ['LastName', 'person'],
  ['Person', 'person'],
  ['Organization', 'organization'],
  ['SportsTeam', 'organization'],
  ['Country', 'country'],
  ['City', 'place'],
  ['Region', 'place'],
  ['Place', 'place'],
];

/** Built once when the module loads and never changed: lower-cased word or phrase -> class. */
const NAME_CLASSES: ReadonlyMap<string, NameClass> = buildNameClasses(compromise.model().one.lexicon);

function buildNameClasses(lexicon: Record<string, Tags>): Map<string, NameClass> {
  const out = new Map<string, NameClass>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = typeof tags === 'string' ? [tags] : tags;
    // "Cuban" is a surname as often as an adjective; only the plural ("Cubans") names a group.
    if (list.includes('Demonym')) {
      if (list.includes('Plural')) out.set(word, 'demonym');
      continue;
    }
    for (const [tag, cls] of CLASS_OF_TAG) {
      if (list.includes(tag)) {
        out.set(word, cls);
        break;
      }
    }
  }
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


const FUNCTION_TAGS: ReadonlySet<string> = new Set(['PastTense', 'Gerund', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord']);

/** Lower-cased word -> what a capitalised single word is when it is no name: a function word or verb form, or a noun for people. */
const COMMON_WORD_KINDS: ReadonlyMap<string, 'function' | 'role'> = new Map(
  Object.entries(compromise.model().one.lexicon).flatMap(([word, tags]): Array<[string, 'function' | 'role']> => {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (word.includes(' ')) return [];
    if (list.includes('Actor')) return [[word, 'role']];
    if (list.every((t) => FUNCTION_TAGS.has(t))) return [[word, 'function']];
    return [];
  }),
);

/**
 * What a capitalised word standing alone where a name should be is, when the lexicon says it is no name: 'function' for verb forms,
 * prepositions, pronouns and the like ("Asked", "Without", "Among"), 'role' for nouns that denote people ("Colleagues",
 * "Somebody", "Chancellor"); null otherwise, surnames that are also common words included ("Gates", "Brown", "May").
 */
export function commonWordKind(word: string): 'function' | 'role' | null {
  return COMMON_WORD_KINDS.get(word.toLowerCase()) ?? null;
}

/**
 * Where a reported statement or a stance's object ends, beyond the clause-level stops of the content reader.
 * A stance verb ("criticized", "endorsed") takes a noun phrase, not the rest of the sentence; a statement made inside a fronted
 * adverbial clause ("While Lee said …, the board …") ends where the main clause begins. Small pure helpers over tokens.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { LIGHT_OBJECT_NOUNS, CUE_JOINING_PREPOSITIONS, QUANTITY_OPENERS } from './lexicon.js';

/** Words opening an adverbial clause that a main clause follows after a comma ("Though Lee said …, it is …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'whenever', 'after', 'before', 'though', 'although', 'because', 'since', 'once', 'until', 'whereas']);

/** Words that may stand before the subordinator at the start of a sentence ("But while …", "Even though …"). */
const SUBORDINATOR_LEADS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'even', 'just', 'still', 'only']);

/** Finite verbs of saying that open a statement of their own inside what would otherwise be a stance's object. */
const FINITE_SPEECH = /^(said|says|say|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|insisted|insists|explained|explains)$/;
const SUBJECT_PRONOUN = /^(he|she|they|we|i|there)$/;
/** Past forms of verbs of judgement that, right after a comma, open the main clause's predicate rather than go on with an object. */
const FINITE_JUDGEMENT = /^(described|called|urged|praised|criticized|criticised|accused|announced|insisted|warned|declared|dismissed|rejected|defended|endorsed|blamed)$/;
const FINITE_WORD = /^(is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|said|says|told|tells|’s|'s)$/;
const DETERMINER_OPEN = /^(the|a|an|his|her|their|its|this|these|those|some|many|most|both|all|one|two|three|several|no|each)$/;

/**
 * True when the source starting at token srcFirst is the subject of a fronted adverbial clause: the word before it is a
 * subordinator that opens the sentence (or follows a connective or a comma), as in "Though Lee said …" or "As Lee criticized …".
 */
export function inFrontedClause(tokens: readonly Token[], srcFirst: number): boolean {
  const sub = tokens[srcFirst - 1];
  if (!sub || !sub.word || !SUBORDINATORS.has(sub.norm)) return false;
  let k = srcFirst - 2;
  while (k >= 0 && tokens[k]!.word && SUBORDINATOR_LEADS.has(tokens[k]!.norm)) k--;
  if (k < 0) return true;
  const t = tokens[k]!;
  return !t.word && /^(?:[“"‘(—–]|--|'')$/.test(t.text);
}

/**
 * The end offset of content [from, end) once a fronted clause is closed: the first comma outside quote marks followed by a word
 * ends the statement ("While Ramos said journalists must stay neutral, he …" -> "journalists must stay neutral").
 */
export function endBeforeMainClause(tokens: readonly Token[], from: number, end: number, n: number, inQuote: (t: Token) => boolean): number {
  for (let k = from + 1; k < n && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.text !== ',' || inQuote(t) || !tokens[k + 1]?.word) continue;
    return lastContentEnd(tokens, from, k - 1, end);
  }
  return end;
}

/**
 * The end offset of a stance's object within content [from, end): it stops before a dash set off in the sentence ("endorsed Cruz
 * — the first time …") and before a comma that opens a new clause with its own subject ("attacked Clinton, the crowd chanted …").
 * (Colons, brackets and adverbial conjunctions such as "when" were tried on PolNeAR train and cost more than they found.)
 */
export function endOfStanceObject(text: string, tokens: readonly Token[], from: number, end: number, n: number, inQuote: (t: Token) => boolean): number {
  let comma = -1;
  for (let k = from + 1; k < n && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (inQuote(t)) continue;
    // "backed Lee, a spokesman said", "wanted to admit refugees, said he would …": a statement of its own after a comma is no
    // part of the object; it is read on its own.
    if (t.word && comma > from && FINITE_SPEECH.test(t.norm)) return lastContentEnd(tokens, from, comma - 1, end);
    // ("Lee, recalling the talks, described himself as …": a verb of judgement right after the comma that closes a participle
    // aside is the main clause's; not a participle of the object, "the plan, described by critics as …".)
    if (t.word && comma === k - 1 && FINITE_JUDGEMENT.test(t.norm) && tokens[k + 1]?.word && tokens[k + 1]!.norm !== 'by' && tokens[k + 1]!.norm !== 'as') return lastContentEnd(tokens, from, comma - 1, end);
    if (t.text === ',') comma = k;
    if (!t.word) {
      if (t.text === '—' || t.text === '–' || t.text === '--' || (t.text === '-' && text[t.start - 1] === ' ' && text[t.end] === ' ')) return lastContentEnd(tokens, from, k - 1, end);
      if (t.text === ',' && opensClauseAt(tokens, k + 1, n)) return lastContentEnd(tokens, from, k - 1, end);
      // "backed the plan, but warned …", "praised Lee, yet …": a contrast after a comma is a new predicate, not part of the object.
      if (t.text === ',' && /^(but|yet)$/.test(tokens[k + 1]?.norm ?? '') && !inQuote(tokens[k + 1]!)) return lastContentEnd(tokens, from, k - 1, end);
      // "criticized the plan, because …", "endorsed Lee, without naming …": a subordinate clause after the object is the writer's.
      if (t.text === ',' && /^(because|without|although|though|despite|unless|since|so)$/.test(tokens[k + 1]?.norm ?? '') && !inQuote(tokens[k + 1]!)) return lastContentEnd(tokens, from, k - 1, end);
      // "praised the plan, calling it overdue": a participle clause after the object is a second act, not part of the object.
      if (t.text === ',' && opensParticipleClause(tokens, k + 1) && tokens[k + 1]!.norm !== 'including') return lastContentEnd(tokens, from, k - 1, end);
    }
  }
  return end;
}

/** Words in -ing that are not participles ("nothing", "morning") or are nouns often listed after a comma ("housing, funding and …"). */
const NOT_PARTICIPLE = /^(nothing|something|anything|everything|thing|things|king|ring|wing|sing|spring|string|sting|swing|bring|morning|evening|during|ceiling|darling|viking|sibling|pudding|wedding|clothing|housing|funding|spending|building|buildings|meeting|meetings|hearing|hearings|ruling|rulings|polling|training|shooting|shootings|bombing|bombings|killing|killings|fighting|bidding|lending|borrowing|trading|marketing|manufacturing|mining|farming|fishing|banking|nursing|parking|planning|pricing|recycling|schooling|screening|shipping|smoking|testing|timing|warning|warnings|understanding|wellbeing|being|offering|offerings|feeling|feelings|opening|ending|beginning|setting|findings|earnings|savings|holdings|dealings|proceedings|surroundings|belongings)$/;

/** True when the word at k is a lower-case participle opening a clause ("drawing boos", "refusing to …"), not a listed noun. */
export function opensParticipleClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word || isCapitalized(t) || !/^[a-z]{3,}ing$/.test(t.norm) || NOT_PARTICIPLE.test(t.norm)) return false;
  const next = tokens[k + 1];
  // "… schools, housing and health": a noun in a list, followed by a conjunction, a comma or the end.
  return !!next && next.word && !/^(and|or|nor)$/.test(next.norm);
}

/** True when tokens from k read as a new clause: a subject pronoun or a short noun phrase, then a finite verb. */
function opensClauseAt(tokens: readonly Token[], k: number, n: number): boolean {
  const first = tokens[k];
  if (!first || !first.word) return false;
  if (SUBJECT_PRONOUN.test(first.norm)) return !!tokens[k + 1]?.word && !/^(and|or|who|which)$/.test(tokens[k + 1]!.norm);
  if (!(isCapitalized(first) || DETERMINER_OPEN.test(first.norm))) return false;
  for (let j = k + 1; j < Math.min(n, k + 7); j++) {
    const t = tokens[j]!;
    if (!t.word) {
      if (t.text === '’' || t.text === "'" || t.text === '.' || t.text === '-') continue;
      return false;
    }
    if (FINITE_WORD.test(t.norm)) return true;
    if (/^[a-z]{3,}ed$/.test(t.text) && j > k) return true;
    if (/^(that|which|who|whom|whose|and|or|but|if|because|when|to|of|for|in|on|at|with)$/.test(t.norm)) return false;
  }
  return false;
}

/** The end offset of the last token in [from, last] that is a word or a closing quote mark, or `end` when none is. */
function lastContentEnd(tokens: readonly Token[], from: number, last: number, end: number): number {
  let e = last;
  // (A closing bracket stays when its opening one is in the content: "Trump (35-30)".)
  while (e > from && !tokens[e]!.word && !/^(?:[”"’»]|'')$/.test(tokens[e]!.text) && !(tokens[e]!.text === ')' && tokens.slice(from, e).some((x) => x.text === '('))) e--;
  return e >= from ? Math.min(end, tokens[e]!.end) : end;
}

/** True when the source at srcFirst is a relative pronoun opening a clause set off by a comma: "Lee, who said …". */
export function inRelativeAside(tokens: readonly Token[], srcFirst: number): boolean {
  const t = tokens[srcFirst];
  return !!t && (t.norm === 'who' || t.norm === 'which') && tokens[srcFirst - 1]?.text === ',';
}

/**
 * The end offset of content [from, end) inside a relative clause set off by commas: the clause closes at the first comma outside
 * quote marks that a lower-case word follows, where the main clause's verb resumes ("Lee, who said the plan failed, resigned").
 */
export function endOfRelativeAside(tokens: readonly Token[], from: number, end: number, n: number, inQuote: (t: Token) => boolean): number {
  for (let k = from + 1; k < n && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    // ('Lee, who called the plan “reckless,” resigned': the comma may sit inside the closing mark.)
    const markedComma = t.text === ',' && inQuote(t) && /^(?:[”"’]|'')$/.test(tokens[k + 1]?.text ?? '') && !!tokens[k + 2] && !inQuote(tokens[k + 2]!);
    if (t.text !== ',' || (inQuote(t) && !markedComma)) continue;
    const at = markedComma ? k + 1 : k;
    const next = tokens[at + 1];
    if (next && next.word && !isCapitalized(next) && !/^(and|or|but|which|who|including|especially|such)$/.test(next.norm)) return lastContentEnd(tokens, from, markedComma ? at : k - 1, end);
  }
  return end;
}

/** Where a stance's content starts after a light object: the token index that ends the cue and the first token of the content. */
export interface LightObject {
  readonly cueLast: number;
  readonly first: number;
}

const LIGHT_PREPOSITIONS = /^(of|for|about|on|over|at|in|with|against|regarding|toward|towards)$/;
const LIGHT_MODIFIERS = /^(no|little|some|any|much|his|her|their|its|our|my|your|a|an|own|new|strong|deep|serious|grave|growing|renewed|further|early|clear|public|private|personal|full|rare|open|few|several|many|more|immediate|obvious)$/;

/**
 * A light object between a stance verb and what the stance is about, which PolNeAR-style attribution counts in the cue: an attitude
 * noun and its preposition ("expressed concern about X", "showed no sign of X", "voiced support for X"; "concern that X"). Null when
 * the object is not one, so the content keeps its first words.
 * (The person judged, "accused Lee of X", "praised the staff for X", stays in the content: on PolNeAR train moving it to the cue lost
 * 208 exact contents for 56; so did "declined to comment on X", 4 for 5. The nouns are the attitude nouns right more often than not
 * there; "the idea that", "his criticism of" and other nouns after "the" were not.)
 */
export function readLightObject(tokens: readonly Token[], k: number, end: number, verb: string, inQuote: (t: Token) => boolean): LightObject | null {
  if (verb.includes(' ')) return null;
  const within = (j: number): boolean => j < tokens.length && tokens[j]!.start < end && !inQuote(tokens[j]!);
  const opens = (j: number): boolean => j < tokens.length && tokens[j]!.start < end && (tokens[j]!.word || /^(?:[“"‘]|'')$/.test(tokens[j]!.text));
  // "expressed concern about X", "showed no sign of X", "offered his own thoughts on X", "voiced concern that X".
  // "railed about X", "approve of X", "pleaded for X": a preposition right after the verb joins the cue (not a quantity's "about half").
  const prep = tokens[k];
  if (prep && prep.word && within(k) && CUE_JOINING_PREPOSITIONS.has(prep.norm) && opens(k + 1) && !opensQuantity(tokens[k + 1]!)) return { cueLast: k, first: k + 1 };
  let j = k;
  while (j < k + 4 && within(j) && tokens[j]!.word && LIGHT_MODIFIERS.test(tokens[j]!.norm)) j++;
  if (within(j) && tokens[j]!.word && !isCapitalized(tokens[j]!) && LIGHT_OBJECT_NOUNS.has(tokens[j]!.norm)) {
    const p = tokens[j + 1];
    if (p && p.word && LIGHT_PREPOSITIONS.test(p.norm) && opens(j + 2)) return { cueLast: j + 1, first: j + 2 };
    if (p && p.word && p.norm === 'that' && tokens[j + 2]?.word && opens(j + 2)) return { cueLast: j, first: j + 2 };
  }
  return null;
}

/** True when a token opens a quantity ("half", "least", "50", "one-third"): "about" or "at" before it qualifies a number. */
function opensQuantity(t: Token): boolean {
  return /^[\d$£€]/.test(t.text) || QUANTITY_OPENERS.has(t.norm) || /^(one|two|three)-/.test(t.norm);
}

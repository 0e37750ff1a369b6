/**
 * Where a reported statement or a stance's object ends, beyond the clause-level stops of the content reader.
 * A stance verb ("criticized", "endorsed") takes a noun phrase, not the rest of the sentence; a statement made inside a fronted
 * adverbial clause ("While Lee said …, the board …") ends where the main clause begins. Small pure helpers over tokens.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { LIGHT_OBJECT_NOUNS, CUE_JOINING_PREPOSITIONS, QUANTITY_OPENERS, TIME_NOUNS, TIME_MODIFIERS, MEDIUM_NOUNS } from './lexicon.js';

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
      // "opposed the measure, and three of its backers hold …": a new clause with its own subject after ", and" ends the object.
      if (t.text === ',' && /^(and|but)$/.test(tokens[k + 1]?.norm ?? '') && !inQuote(tokens[k + 1]!) && opensClauseAt(tokens, k + 2, n)) return lastContentEnd(tokens, from, k - 1, end);
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

/** Words that show the object is a clause of its own ("backed what he called …", "said he would …"): its adjuncts are its own. */
const CLAUSE_SIGNS = /^(is|was|are|were|be|been|has|have|had|will|would|can|could|should|must|may|might|did|does|do|he|she|they|we|i|it|that|which|who|whom|whose|what|where|how|why|if|whether|’s|'s)$/;
/** Prepositions and conjunctions that open an adverbial after a stance's object: a time, an occasion or the circumstances. */
const ADVERBIAL_OPENERS = /^(in|on|at|during|since|until|through|over|by|via|from|to|after|before|despite|amid|while|when|because|last|this|earlier|later|back|yesterday|today|tonight)$/;
/** Words linking a complement inside the object ("critique of", "calls for", "respect for women"): the object is no bare noun phrase. */
const OBJECT_LINKS = /^(of|for|to|with|about|from|into|against|than|as)$/;
/** Who heard it ("to reporters", "to supporters"): the audience of the stance, not its object. */
const AUDIENCE_NOUNS = /^(reporters|journalists|supporters|voters|audiences|audience|crowd|crowds|donors|students|viewers|listeners|readers)$/;

/**
 * The end offset of a stance's noun-phrase object within content [from, end) once a trailing adverbial is left out: a time phrase
 * ("endorsed Lee on Thursday", "announced his bid in June 2015", "refused to answer in recent weeks"), the occasion or medium
 * ("in a tweet", "on Twitter", "during an interview", "to reporters") or a subordinate clause or phrase opened by
 * "after/before/despite/amid/while/when/because/as" + clause ("criticized the plan after the vote", "praised Lee as he left").
 * An object that is a clause of its own (a finite verb, a subject pronoun or a relative word before the adverbial) keeps it.
 * Why: PolNeAR's content for a stance is the thing judged, and the circumstances of the act are the writer's; on train the
 * object ran on into such an adverbial in about 250 attributions and stopped short of one in 3.
 */
export function endBeforeTrailingAdverbial(tokens: readonly Token[], from: number, end: number, n: number, inQuote: (t: Token) => boolean): number {
  const first = tokens[from];
  if (!first || !first.word || CLAUSE_SIGNS.test(first.norm)) return end;
  let words = 0;
  for (let k = from; k < n && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    // ('called the plan “a mistake” because …': a quoted complement makes the object a judgement that keeps its reasons.)
    if (inQuote(t)) return end;
    if (!t.word) {
      // A comma, dash or bracket hands the rest to the other bounds.
      if (/^[,;:(—–]$/.test(t.text) || t.text === '--') return end;
      continue;
    }
    if (k > from && (tokens[k - 1]!.word || /^(?:[”"’]|'')$/.test(tokens[k - 1]!.text)) && ADVERBIAL_OPENERS.test(t.norm) && adverbialCloses(tokens, k, n, end)) {
      // ('described the group during an interview as “a remnant”': an "as" complement after the adverbial is still the object's.)
      for (let j = k + 1; j < n && tokens[j]!.start < end; j++) if (tokens[j]!.norm === 'as' && !inQuote(tokens[j]!)) return end;
      return lastContentEnd(tokens, from, k - 1, end);
    }
    // Only a short noun phrase: a clause, a participle or a prepositional complement of its own keeps what follows it
    // ("accused Lee of lying during the debate", "the accord adopted after two weeks of talks").
    if (++words > 6 || CLAUSE_SIGNS.test(t.norm) || OBJECT_LINKS.test(t.norm)) return end;
    if (/^[a-z]{3,}(ing|ed)$/.test(t.norm) && !/^(the|a|an|his|her|their|its|our|my|your)$/.test(tokens[k - 1]?.norm ?? '') && !/['’]s$/.test(tokens[k - 1]?.text ?? '')) return end;
  }
  return end;
}

/**
 * Where an adverbial opened by the word at k ends: the index of its last token for a time, occasion or audience phrase ("in June 2015",
 * "on Twitter", "to reporters"), `n` for a subordinate clause or phrase that runs on ("after the vote", "when she spoke"), or -1 when
 * the word opens none.
 */
function adverbialEnd(tokens: readonly Token[], k: number, n: number, end: number): number {
  const t = tokens[k]!;
  const at = (j: number): Token | undefined => (j < n && tokens[j]!.start < end ? tokens[j] : undefined);
  // A time phrase goes on over more time words and numbers: "on Monday night", "in June 2015".
  const timeTail = (j: number): number => {
    while (at(j + 1)?.word && (TIME_NOUNS.has(at(j + 1)!.norm) || /^\d/.test(at(j + 1)!.text))) j++;
    return j;
  };
  // "earlier this week", "back in July 2003": an adverb of time before a time phrase goes with it.
  if (/^(earlier|later|back)$/.test(t.norm) && at(k + 1)?.word && ADVERBIAL_OPENERS.test(at(k + 1)!.norm) && !/^(earlier|later|back)$/.test(at(k + 1)!.norm)) {
    const e = adverbialEnd(tokens, k + 1, n, end);
    if (e >= 0 && e < n) return e;
  }
  // "last week", "this month", "earlier Tuesday", "yesterday".
  if (/^(last|this|earlier|later)$/.test(t.norm)) return at(k + 1)?.word && TIME_NOUNS.has(at(k + 1)!.norm) ? timeTail(k + 1) : -1;
  if (/^(yesterday|today|tonight)$/.test(t.norm)) return timeTail(k);
  // "after the vote", "despite the warnings", "amid protests", "before the primary": what happened around the act.
  if (/^(after|before|despite|amid|during)$/.test(t.norm)) return at(k + 1)?.word ? n : -1;
  // "to reporters", "to the crowd".
  if (t.norm === 'to') {
    const j = at(k + 1)?.word && /^(the|his|her|their|its)$/.test(at(k + 1)!.norm) ? k + 2 : k + 1;
    return at(j)?.word && AUDIENCE_NOUNS.test(at(j)!.norm) ? j : -1;
  }
  // "when she spoke", "while he was in Iowa", "because it failed": a clause of its own.
  if (/^(while|when|because)$/.test(t.norm)) return opensSubjectClause(tokens, k + 1, n) ? n : -1;
  // A preposition and a time or occasion: "in June 2015", "on Monday night", "in early June", "during an interview", "on Twitter".
  for (let j = k + 1; j < k + 5 && at(j)?.word; j++) {
    const x = at(j)!;
    if (/^\d{4}$/.test(x.text) || (TIME_NOUNS.has(x.norm) && (j > k + 1 || x.norm !== 'time'))) return timeTail(j);
    if (!TIME_MODIFIERS.has(x.norm)) break;
  }
  // The occasion or medium: up to four words of determiner, possessive, adjective or name before its noun.
  for (let m = k + 1; m < k + 6; m++) {
    const x = at(m);
    if (!x || !x.word) {
      if (x && (x.text === '’' || x.text === "'")) continue;
      return -1;
    }
    if (MEDIUM_NOUNS.has(x.norm)) return !at(m + 1)?.word || !/^(of|about|on|for|that)$/.test(at(m + 1)!.norm) ? timeTail(m) : -1;
    if (/^(of|that|which|who|and|or)$/.test(x.norm)) return -1;
  }
  return -1;
}

/**
 * True when the adverbial opened at k ends the content: nothing but punctuation follows it, or another adverbial does ("on Sunday at
 * a forum in Beijing"). Why: a time phrase inside the object ("a levy last year on polluters", "his line this week that …") is
 * followed by more of the object.
 */
function adverbialCloses(tokens: readonly Token[], k: number, n: number, end: number, depth = 0): boolean {
  const e = adverbialEnd(tokens, k, n, end);
  if (e < 0) return false;
  if (e >= n) return true;
  let j = e + 1;
  while (j < n && tokens[j]!.start < end && !tokens[j]!.word) j++;
  if (j >= n || tokens[j]!.start >= end) return true;
  // A place after it ("at a rally in Dayton", "on Sunday in New York").
  if (/^(in|at|near)$/.test(tokens[j]!.norm) && placeToEnd(tokens, j + 1, n, end)) return true;
  return depth < 3 && ADVERBIAL_OPENERS.test(tokens[j]!.norm) && !/^(while|when|because)$/.test(tokens[j]!.norm) && adverbialCloses(tokens, j, n, end, depth + 1);
}

/** True when the tokens from k to the end of the content are a place name: capitalised words, commas and periods ("Des Moines, Iowa"). */
function placeToEnd(tokens: readonly Token[], k: number, n: number, end: number): boolean {
  let words = 0;
  for (let j = k; j < n && tokens[j]!.start < end; j++) {
    const t = tokens[j]!;
    if (t.word && !isCapitalized(t) && !(words === 0 && t.norm === 'the')) return false;
    if (!t.word && !/^[,.]$/.test(t.text)) return false;
    if (t.word && isCapitalized(t)) words++;
  }
  return words > 0 && words <= 4;
}

/** True when the tokens from k open a clause: a subject pronoun, or a short noun phrase then a verb-like word. */
function opensSubjectClause(tokens: readonly Token[], k: number, n: number): boolean {
  const first = tokens[k];
  if (!first || !first.word) return false;
  if (/^(he|she|they|we|i|it|you)$/.test(first.norm)) return true;
  for (let j = k + 1; j < Math.min(n, k + 6); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (FINITE_WORD.test(t.norm) || /^[a-z]{3,}(ed|es)$/.test(t.norm)) return true;
  }
  return false;
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
  // ("…, and it hopes to …", "…, and it’s not clear …": "it" with a finite verb right after it.)
  if (first.norm === 'it') return !!tokens[k + 1] && (FINITE_WORD.test(tokens[k + 1]!.norm) || /^(?:[’']s)$/.test(tokens[k + 1]!.text) || /^[a-z]{3,}(s|ed)$/.test(tokens[k + 1]!.norm));
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

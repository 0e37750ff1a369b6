/**
 * Attributions of attitude, intention and assessment beyond verbs of saying: raising verbs ("X seems to …", "X is expected to …"),
 * intention verbs and predicate adjectives with an infinitive or "that" clause ("plans to", "is confident that"), complement-taking
 * nouns ("his refusal to testify", "her claim that …") and any finite verb followed by a "that" clause ("Lee speculated that …").
 * Each rule needs a clause-shaped content (an infinitive or a "that" clause with a subject) so that broad cues stay precise.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { makeCue, sourceBefore, strictSourceBefore, clauseSubject, tokenAfter, isNounAfterModifier } from './attribution.js';
import {
  RAISING_VERBS, RAISING_PARTICIPLES, AS_PARTICIPLES, INTENTION_VERBS, ATTITUDE_ADJECTIVES, INTENTION_NOUNS, CLAIM_NOUNS,
  IRREGULAR_THAT_VERBS, EVIDENTIAL_ADVERBS, ATTITUDE_PREPOSITIONS, CLAUSE_OPENERS, LEADING_CONNECTIVES, DETERMINERS, SPEECH_VERB_SET, STANCE_VERBS, GROUP_NOUNS, TITLE_HEADS, WEEKDAYS,
} from './lexicon.js';

export interface AttitudeFound {
  start: number;
  end: number;
  source: { start: number; end: number } | null;
  cue: { start: number; end: number };
  carry: null;
}

export interface AttitudeScope {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens [0, n) belong to the sentence. */
  readonly n: number;
  /** First token a source or subject may use (never reaching back into a quote). */
  readonly floor: number;
  readonly used: ReadonlySet<number>;
  /** Where reported content starting at a token ends: the end offset and the last token index. */
  readonly contentEnd: (from: number) => { end: number; stop: number };
}

const BE = /^(is|are|was|were|be|been|being|'s|'re|’s|’re)$/;
const BE_AUX = /^(has|have|had|will|would|may|might|could|should|must|can|also|not|never)$/;
const DEGREE = /^(not|very|so|too|more|less|most|least|increasingly|also|still|now|quite|rather|fairly|all|ever|even|never|widely|generally|largely|already|no|longer)$/;
const OBJECT_START = /^(the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|it|that)$/;
const SUBJECT_START = /^(he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|my|this|these|those|some|many|no|all|most|every|each|any|both|neither|none|only|such|more|fewer|few|nobody|everyone|someone|people)$/;
/** Words after "seem"/"appear" that start a place, time or object phrase, not a predicate ("appeared on Fox", "seemed the day before"). */
const NOT_PREDICATE_START = /^(on|in|at|before|after|with|alongside|onstage|together|during|for|from|by|via|about|the|a|an|his|her|their|its|this|that|these|those|him|them|us|me|it|here|there|today|tonight|yesterday|again|briefly|live|now|then|and|or|but)$/;
/** Predicate words after "appear" without "to": adjectives and participles by their shape ("appeared rattled", "appears unlikely"). */
const PREDICATE_SHAPE = /(ed|en|ous|ful|ive|able|ible|al|ic|ent|ant|less|ly|ish|ary|y)$|^(like|as|close|intent|keen|ready|set|poised|content|alone|alive|aware|awake|unable|able|sure|certain|ill|well|fine)$/;
const MAIN_VERB = /^(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|drew|became|remains|remained|seems|seemed|appears|appeared)$/;
const POSSESSIVES = /^(his|her|their|its|our|my|your)$/;
const NOT_FINITE_ED = /^(need|indeed|hundred|speed|seed|feed|shed|bleed|breed|proceed|exceed|succeed|freed|red|bed|led|fed|wed|bred|sled|shred|embed|steed|creed|deed|reed|weed|greed|tweed)$/;
/** Verbs whose "that" starts a purpose or result clause, or whose object is a thing ("ensured that", "required that"): not attitudes. */
const NOT_ATTITUDE_THAT = /^(ensured|required|mandated|provided|meant|helped|proved|guaranteed|demanded|ordered|stipulated|specified|dictated)$/;

/** Reads an attitude attribution whose cue starts at token i, or null. */
export function readAttitude(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const t = scope.tokens[i];
  if (!t || !t.word || i >= scope.n) return null;
  if (EVIDENTIAL_ADVERBS.has(t.norm)) return readEvidential(scope, i);
  if (isCapitalized(t)) return null;
  if (RAISING_VERBS.has(t.norm)) return readRaisingVerb(scope, i);
  if (BE.test(t.norm)) return readBeFrame(scope, i);
  if (INTENTION_NOUNS.has(t.norm) || CLAIM_NOUNS.has(t.norm)) {
    const noun = readNoun(scope, i);
    if (noun) return noun;
  }
  if (INTENTION_VERBS.has(t.norm) || /^(like|love|prefer)$/.test(t.norm)) {
    const intent = readIntention(scope, i);
    if (intent) return intent;
  }
  return readThatVerb(scope, i);
}

/** "X seems to …", "X appeared unmoved", "It seems (that) …": the subject and the rest of the clause, split around the cue. */
function readRaisingVerb(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens, text } = scope;
  const prev = tokens[i - 1];
  if (prev && /^(to|the|a|an|his|her|their|its)$/.test(prev.norm)) return null;
  const cue = makeCue(text, tokens, i, i, tokens[i]!.norm);
  if (scope.used.has(cue.start)) return null;
  const k = tokenAfter(tokens, cue.end);
  if (prev?.norm === 'it' && cue.first - 1 >= scope.floor) {
    const expletive = readExpletiveRaising(scope, k, cue);
    if (expletive) return expletive;
  }
  const c = tokens[k];
  if (!c || !c.word || isCapitalized(c)) return null;
  // "appeared on television", "appeared before the panel": the verb of showing up, not of seeming.
  // "She appeared to imply that …", "Rubio seemed to urge the opposite tactic": a verb of saying or stance after the raising verb
  // is the subject's own statement; the whole verb group is the cue and the subject its source.
  const inner = c.norm === 'to' ? tokens[k + 1] : undefined;
  if (inner && inner.word && !isCapitalized(inner) && (SPEECH_VERB_SET.has(inner.norm) || STANCE_VERBS.has(inner.norm))) {
    // (A stance verb needs a speaker-like subject: "The schedule seems to favour tourists" stays a raising frame.)
    const strict = SPEECH_VERB_SET.has(inner.norm) ? null : strictSourceBefore(scope.tokens, cue.first, scope.floor);
    const src = SPEECH_VERB_SET.has(inner.norm) ? sourceFor(scope, cue.first) : strict && isSpeakerLike(scope.tokens, strict.first, strict.last) ? { start: strict.start, end: strict.end } : null;
    if (src) return contentFrom(scope, k + 2, src, { start: cue.start, end: inner.end });
  }
  const toClause = c.norm === 'to' && isVerbish(tokens[k + 1]);
  if (!toClause && (NOT_PREDICATE_START.test(c.norm) || (/^appear/.test(tokens[i]!.norm) && !PREDICATE_SHAPE.test(c.norm)))) return null;
  return splitAround(scope, cue.first, { start: cue.start, end: cue.end }, k, false);
}

/** Adjectives of likelihood and judgement that "it seems" holds before its clause ("it seems increasingly likely that …"). */
const IT_SEEMS_ADJECTIVES = /^(likely|unlikely|clear|unclear|certain|uncertain|possible|impossible|probable|improbable|obvious|unfair|fair|inevitable|doubtful|apparent|true|plausible|odd|strange|ironic)$/;

/**
 * "It seems the party has too many delegates", "It appears, though, that …", "it seems increasingly likely that …": the expletive
 * "it" has no source; the content is the clause (or the adjective phrase with it) after the raising verb.
 */
function readExpletiveRaising(scope: AttitudeScope, k0: number, cue: { start: number; end: number }): AttitudeFound[] | null {
  const { tokens } = scope;
  let k = k0;
  // ", though," / ", however,": a sentence adverb set off by commas.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.word && /^(though|however|then|now|again)$/.test(tokens[k + 1]!.norm) && tokens[k + 2]?.text === ',') k += 3;
  const from = k;
  while (k < scope.n && tokens[k]!.word && (DEGREE.test(tokens[k]!.norm) || /^(pretty|increasingly|highly|entirely|quite|fairly|far)$/.test(tokens[k]!.norm))) k++;
  const c = tokens[k];
  if (!c || !c.word || k >= scope.n) return null;
  let start = -1;
  if (c.norm === 'that' && k === from && tokens[k + 1]?.word) start = k + 1;
  else if (IT_SEEMS_ADJECTIVES.test(c.norm) && tokens[k + 1]?.word) start = from;
  else if (k === from && SUBJECT_START.test(c.norm) && c.norm !== 'it' && finiteSoon(tokens, k + 1, scope.n)) start = k;
  if (start < 0) return null;
  const { end } = scope.contentEnd(start);
  if (end <= tokens[start]!.start) return null;
  return [{ start: tokens[start]!.start, end, source: null, cue, carry: null }];
}

/** True when a finite verb follows within a few words of token k before any punctuation ("the party has …"). */
function finiteSoon(tokens: readonly Token[], k: number, n: number): boolean {
  for (let j = k; j < Math.min(n, k + 6); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (MAIN_VERB.test(t.norm) || /^(have|had|will|would|can|could|should|must|may|might|do|did)$/.test(t.norm) || /^[a-z]{3,}ed$/.test(t.text)) return true;
  }
  return false;
}

/**
 * "The club is reportedly spending $1 million", "Reportedly, he had left": an evidential adverb; the clause around it is the content
 * (split around the cue as PolNeAR writes it), with no source. Before a verb of saying the adverb is part of that cue instead.
 */
function readEvidential(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens } = scope;
  const next = tokens[i + 1];
  const cue = { start: tokens[i]!.start, end: tokens[i]!.end };
  if (!next || scope.used.has(cue.start)) return null;
  // "Reportedly, he made …": a sentence adverb before the clause.
  if (i === scope.floor) {
    const k = i + 2;
    if (next.text !== ',' || !tokens[k]?.word || k >= scope.n) return null;
    const { end, stop } = scope.contentEnd(k);
    if (tokens.slice(k, stop + 1).filter((x) => x.word).length < 3) return null;
    return [{ start: tokens[k]!.start, end, source: null, cue, carry: null }];
  }
  if (!next.word || SPEECH_VERB_SET.has(next.norm) || STANCE_VERBS.has(next.norm) || i + 1 >= scope.n) return null;
  // The subject with its auxiliaries ("The club is | spending …"), back to a clause boundary.
  let first = -1;
  for (let k = i - 1; k >= scope.floor && i - k <= 14; k--) {
    const x = tokens[k]!;
    if (!x.word) {
      if (/^['’.&-]$/.test(x.text) && first >= 0) continue;
      break;
    }
    if (x.norm !== 'and' && (CLAUSE_OPENERS.has(x.norm) || /^(who|which|whom)$/.test(x.norm))) break;
    first = k;
  }
  if (first < 0) return null;
  while (first < i - 1 && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm)) first++;
  const second = scope.contentEnd(i + 1);
  if (second.end <= next.start) return null;
  return [
    { start: tokens[first]!.start, end: tokens[i - 1]!.end, source: null, cue, carry: null },
    { start: next.start, end: second.end, source: null, cue, carry: null },
  ];
}

/** After a form of "be": a raising passive ("is expected to") or a predicate adjective of attitude ("are confident that"). */
function readBeFrame(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens } = scope;
  let k = i + 1;
  while (k < scope.n && tokens[k]!.word && (DEGREE.test(tokens[k]!.norm) || /^[a-z]{4,}ly$/.test(tokens[k]!.norm))) k++;
  const w = tokens[k];
  if (!w || k >= scope.n || !w.word || isCapitalized(w)) return null;
  const next = tokens[k + 1];
  if (!next || !next.word) return null;
  let first = i;
  while (first - 1 >= scope.floor && tokens[first - 1]!.word && BE_AUX.test(tokens[first - 1]!.norm)) first--;
  const cue = { start: tokens[first]!.start, end: w.end };
  if (scope.used.has(cue.start)) return null;
  if (RAISING_PARTICIPLES.has(w.norm)) {
    const toClause = next.norm === 'to' && isVerbish(tokens[k + 2]);
    const asPhrase = next.norm === 'as' && AS_PARTICIPLES.has(w.norm);
    const itThat = next.norm === 'that' && tokens[first - 1]?.norm === 'it';
    if (!toClause && !asPhrase && !itThat) return null;
    return splitAround(scope, first, cue, k + 1, true);
  }
  // "are skeptical of the plan", "was critical of Lee", "is open to a deal": an adjective of attitude with its preposition.
  if (ATTITUDE_PREPOSITIONS.get(w.norm)?.includes(next.norm) && tokens[k + 2]?.word && k + 2 < scope.n) {
    const src = sourceFor(scope, first);
    if (!src) return null;
    const { end, stop } = scope.contentEnd(k + 2);
    if (end <= tokens[k + 2]!.start || stop < k + 2) return null;
    return [{ start: tokens[k + 2]!.start, end, source: src, cue: { start: cue.start, end: next.end }, carry: null }];
  }
  if (ATTITUDE_ADJECTIVES.has(w.norm)) {
    const toClause = next.norm === 'to' && isVerbish(tokens[k + 2]) && !/^(sure|certain)$/.test(w.norm);
    const thatClause = next.norm === 'that' && startsClause(tokens[k + 2]);
    if (!toClause && !thatClause) return null;
    const src = sourceFor(scope, first);
    if (!src) return null;
    return contentFrom(scope, k + 1, src, cue);
  }
  return null;
}

/** "plans to run", "decided to withdraw", "would like to see": an intention verb with an infinitive, after its source. */
function readIntention(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens, text } = scope;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (/^(like|love|prefer)$/.test(t.norm) && !/^(would|'d|’d)$/.test(prev?.norm ?? '')) return null;
  if (prev && (DETERMINERS.has(prev.norm) || POSSESSIVES.test(prev.norm) || /.['’]s$/.test(prev.text) || /^(to|of|for|with|in|on)$/.test(prev.norm))) return null;
  if (isNounAfterModifier(tokens, i)) return null; // "its final offer to staff"
  // A passive or adjectival use ("was offered", "is planned") is not the subject's intention; a progressive ("is planning") is.
  if (prev && BE.test(prev.norm) && !/ing$/.test(t.norm)) return null;
  if (tokens[i + 1]?.norm !== 'to' || !isVerbish(tokens[i + 2])) return null;
  const made = makeCue(text, tokens, i, i, t.norm);
  const modal = /^(like|love|prefer)$/.test(t.norm) && !!prev;
  const cue = { first: modal ? Math.min(made.first, i - 1) : made.first, start: modal ? Math.min(made.start, prev!.start) : made.start };
  if (scope.used.has(cue.start)) return null;
  const src = sourceFor(scope, cue.first);
  if (!src) return null;
  return contentFrom(scope, i + 1, src, { start: cue.start, end: tokens[i]!.end });
}

/** "his refusal to testify", "Lee's claim that …", "fears that prices will rise": a complement-taking noun and its clause. */
function readNoun(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens } = scope;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return null;
  const toClause = INTENTION_NOUNS.has(t.norm) && next.norm === 'to' && isVerbish(tokens[i + 2]);
  const thatClause = CLAIM_NOUNS.has(t.norm) && next.norm === 'that' && startsClause(tokens[i + 2]) && !relativeGap(scope, i + 2);
  if (!toClause && !thatClause) return null;
  // Adjectives between the determiner or possessive and the noun belong to the cue ("his unlikely proposal").
  let a = i;
  while (a - 1 >= scope.floor && a > i - 3 && tokens[a - 1]!.word && !isCapitalized(tokens[a - 1]!) && !DETERMINERS.has(tokens[a - 1]!.norm) && !POSSESSIVES.test(tokens[a - 1]!.norm) && /^[a-z-]{3,}$/.test(tokens[a - 1]!.text) && !/^(of|for|to|and|or|with|by|in|on|at|from|about|that|which|who|as|than|is|was|are|were|be|been|has|have|had)$/.test(tokens[a - 1]!.norm)) a--;
  const cue = { start: tokens[a]!.start, end: t.end };
  if (scope.used.has(cue.start)) return null;
  const d = tokens[a - 1];
  let source: { start: number; end: number } | null = null;
  if (d && a - 1 >= scope.floor && POSSESSIVES.test(d.norm)) source = { start: d.start, end: d.end };
  else if (d && a - 1 >= scope.floor && (/['’]s$/.test(d.text) || (d.text === '’' || d.text === "'"))) {
    // "Mr. Lee's", "Sanders’": a name run ending in a possessive.
    const end = d.end;
    let f = d.word ? a - 1 : a - 2;
    if (f < scope.floor || !tokens[f] || !isCapitalized(tokens[f]!)) return null;
    while (f - 1 >= scope.floor && (isCapitalized(tokens[f - 1]!) || tokens[f - 1]!.text === '.')) f--;
    while (f < a - 1 && (!tokens[f]!.word || LEADING_CONNECTIVES.has(tokens[f]!.norm) || /^(the|a|an)$/.test(tokens[f]!.norm))) f++;
    source = { start: tokens[f]!.start, end };
  }
  // Without a possessive the holder of the position is somewhere else in the sentence; guessing it costs more than it finds.
  if (!source) return null;
  return contentFrom(scope, i + 1, source, cue, toClause);
}

/** Any finite verb followed by a "that" clause with a subject ("Lee speculated that …", "they knew that …"), after a source. */
function readThatVerb(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens, text } = scope;
  const t = tokens[i]!;
  if (tokens[i + 1]?.norm !== 'that' || !startsClause(tokens[i + 2]) || i + 2 >= scope.n) return null;
  const w = t.norm;
  const finite = (/^[a-z]{3,}ed$/.test(w) && !NOT_FINITE_ED.test(w)) || IRREGULAR_THAT_VERBS.has(w) || (/^[a-z]{3,}s$/.test(w) && IRREGULAR_THAT_VERBS.has(w.replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=(?:sh|ch|ss|x|z))es$/, '').replace(/s$/, '')));
  if (!finite || NOT_ATTITUDE_THAT.test(w) || SPEECH_VERB_SET.has(w) || STANCE_VERBS.has(w)) return null;
  const prev = tokens[i - 1];
  if (prev && (BE.test(prev.norm) || DETERMINERS.has(prev.norm) || POSSESSIVES.test(prev.norm) || /^(to|so|such|now|of|for|with|in|on|by|get|got)$/.test(prev.norm))) return null;
  const cue = makeCue(text, tokens, i, i, w);
  if (scope.used.has(cue.start)) return null;
  const src = sourceFor(scope, cue.first);
  if (!src) return null;
  return contentFrom(scope, i + 1, src, { start: cue.start, end: cue.end });
}

/** The source before a cue: a strict subject phrase, or the clause subject across "and"/"but". */
function sourceFor(scope: AttitudeScope, cueFirst: number): { start: number; end: number } | null {
  const { tokens, floor } = scope;
  const wide = sourceBefore(tokens, cueFirst, floor);
  // (A comma only before a name: "Lee's running mate, Gov. Ann Ruiz, plans to …".)
  const src = wide && (!tokens.slice(wide.first, wide.last + 1).some((t) => t.text === ',') || nameAfterComma(tokens, wide.first, wide.last)) ? wide : strictSourceBefore(tokens, cueFirst, floor);
  if (src) {
    const head = tokens[src.last]!;
    // "it", "this" and "which" are things, not speakers, for these cues.
    if (/^(it|this|that|which|there)$/.test(head.norm) && src.first === src.last) return null;
    return { start: src.start, end: src.end };
  }
  const joint = tokens[cueFirst - 1];
  if ((joint?.norm === 'and' || joint?.norm === 'but') && cueFirst - 1 > floor) {
    const subject = clauseSubject(tokens, floor, cueFirst - 1);
    if (subject && subject.first === floor) return { start: subject.start, end: subject.end };
  }
  return null;
}

/** True when tokens [first, last] hold one comma, the words after it all capitalised: a description, then the name. */
function nameAfterComma(tokens: readonly Token[], first: number, last: number): boolean {
  const commas = tokens.slice(first, last + 1).filter((t) => t.text === ',');
  if (commas.length !== 1) return false;
  const at = tokens.indexOf(commas[0]!);
  const after = tokens.slice(at + 1, last + 1).filter((t) => t.word);
  return after.length > 0 && after.every((t) => isCapitalized(t));
}

/** Content from token k ("to …" or "that …", the complementizer left out) to the clause's end. */
function contentFrom(scope: AttitudeScope, k: number, source: { start: number; end: number } | null, cue: { start: number; end: number }, nounInfinitive = false): AttitudeFound[] | null {
  const { tokens } = scope;
  const from = tokens[k]?.norm === 'that' && tokens[k + 1]?.word ? k + 1 : k;
  const c = tokens[from];
  if (!c || from >= scope.n) return null;
  let { end, stop } = scope.contentEnd(from);
  if (nounInfinitive) {
    // "Her refusal to release the records angered donors": a noun phrase in subject position ends before the main verb.
    for (let x = from + 3; x <= stop; x++) {
      const w = tokens[x]!;
      if (w.word && !isCapitalized(w) && (MAIN_VERB.test(w.norm) || (/^[a-z]{3,}ed$/.test(w.norm) && tokens[x - 1]!.word && /s$/.test(tokens[x - 1]!.norm)))) {
        let e = x - 1;
        while (e > from && !tokens[e]!.word) e--;
        end = tokens[e]!.end;
        stop = e;
        break;
      }
    }
  }
  const words = tokens.slice(from, stop + 1).filter((x) => x.word).length;
  if (words < 2 || end <= c.start) return null;
  return [{ start: c.start, end, source, cue, carry: null }];
}

/**
 * The subject before the cue and the rest of the clause after it, as two fragments of one attribution with no source
 * ("The plan | to pass", also "She | seemed unmoved": PolNeAR treats the subject of a raising verb as part of the content, and
 * measured on its train split this beats taking a person subject as the source). An expletive "it" leaves only the clause.
 */
function splitAround(scope: AttitudeScope, cueFirst: number, cue: { start: number; end: number }, k: number, passive: boolean): AttitudeFound[] | null {
  const { tokens } = scope;
  const c = tokens[k];
  if (!c || k >= scope.n || !c.word) return null;
  if (/^(and|or|but|that|which|who|if|when|because)$/.test(c.norm) && !(c.norm === 'that' && tokens[cueFirst - 1]?.norm === 'it')) return null;
  const second = scope.contentEnd(k);
  if (second.end <= c.start) return null;
  const secondWords = tokens.slice(k, second.stop + 1).filter((x) => x.word).length;
  if (secondWords < (passive ? 2 : 1)) return null;
  const prev = tokens[cueFirst - 1];
  if (prev && cueFirst - 1 >= scope.floor && prev.norm === 'it') {
    const from = c.norm === 'that' && tokens[k + 1]?.word ? k + 1 : k;
    if (from === k && !/^(to|like|likely|clear|certain|possible|unlikely|probable|obvious|that)$/.test(c.norm)) return null;
    return [{ start: tokens[from]!.start, end: second.end, source: null, cue, carry: null }];
  }
  // The subject: back from the cue to a clause boundary.
  let f = cueFirst - 1;
  let first = -1;
  // ("The bank, which has held rates near zero, is expected to act": a relative aside between the subject and the cue stays in
  // the subject's fragment.)
  let asideFrom = -1;
  if (tokens[f]?.text === ',' && f > scope.floor) {
    for (let o = f - 1; o > scope.floor && f - o <= 20; o--) {
      const x = tokens[o]!;
      if (!x.word && x.text !== ',' && !/^['’.%&-]$/.test(x.text)) break;
      if (x.text === ',' && /^(which|who)$/.test(tokens[o + 1]?.norm ?? '') && tokens[o - 1]?.word) { asideFrom = o; f = o - 1; break; }
      if (x.text === ',') break;
    }
  }
  while (f >= scope.floor) {
    const x = tokens[f]!;
    if (!x.word) {
      if (/^['’.%&-]$/.test(x.text) && first >= 0) { f--; continue; }
      if (x.text === ')' ) break;
      break;
    }
    if (/^(who|which)$/.test(x.norm)) { first = f; break; }
    // ("Mrs. Clinton and Mr. Sanders appeared …": "and" between names stays in the subject.)
    const namesAnd = x.norm === 'and' && isCapitalized(tokens[f - 1] ?? x) && isCapitalized(tokens[f + 1] ?? x) && f > scope.floor;
    if ((CLAUSE_OPENERS.has(x.norm) && !namesAnd) || SPEECH_VERB_SET.has(x.norm) && f < cueFirst - 1 && !isCapitalized(x)) break;
    if (/^(there|it)$/.test(x.norm) && f === cueFirst - 1) return null;
    first = f;
    f--;
  }
  if (first < 0) return null;
  while (first < cueFirst - 1 && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm) && !/^(who|which)$/.test(tokens[first]!.norm)) first++;
  let last = cueFirst - 1;
  while (last > first && !tokens[last]!.word) last--;
  if (last < first || cueFirst - first > 25 || !tokens[first]!.word) return null;
  // A subject is a noun phrase: no finite verb of its own ("He knew the plan seemed …" is a different clause shape).
  for (let x = first; x <= (asideFrom >= 0 ? asideFrom : last); x++) if (tokens[x]!.word && /^(is|are|was|were|has|have|had|said|says|did|does|do)$/.test(tokens[x]!.norm) && !/^(who|which)$/.test(tokens[first]!.norm)) return null;
  return [
    { start: tokens[first]!.start, end: tokens[last]!.end, source: null, cue, carry: null },
    { start: c.start, end: second.end, source: null, cue, carry: null },
  ];
}

/** True when a phrase names someone who can hold a position: a pronoun for a person, a capitalised name, or a group or title noun. */
function isSpeakerLike(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last]!;
  return /^(he|she|they|we|i)$/.test(head.norm) || isCapitalized(head) || GROUP_NOUNS.has(head.norm) || TITLE_HEADS.has(head.norm);
}

/** A base verb after "to" (an infinitive), not a noun phrase after the preposition "to". */
function isVerbish(t: Token | undefined): boolean {
  // (Verbs in -ly are verbs: "to imply", "to reply", "to rally".)
  return !!t && t.word && !isCapitalized(t) && !OBJECT_START.test(t.norm) && !/^\d/.test(t.norm) && !/ing$/.test(t.norm) && (!/ly$/.test(t.norm) || /^(imply|apply|reply|supply|rely|fly|comply|multiply|rally|tally)$/.test(t.norm));
}

/** True when the word after "that" can open a clause's subject (a pronoun, a determiner, a name or a number). */
export function startsClause(t: Token | undefined): boolean {
  return !!t && t.word && (SUBJECT_START.test(t.norm) || isCapitalized(t) || /^\d/.test(t.norm));
}

/**
 * True when "that" at k - 1 opens a relative clause with a gap rather than a complement: "the claims that he made." (a short clause
 * ending in a transitive-looking verb with nothing after it).
 */
function relativeGap(scope: AttitudeScope, k: number): boolean {
  const { tokens } = scope;
  for (let x = k + 1; x < Math.min(scope.n, k + 5); x++) {
    const w = tokens[x]!;
    if (!w.word) return false;
    const next = tokens[x + 1];
    const closes = !next || !next.word || MAIN_VERB.test(next.norm);
    if (GAP_VERBS.test(w.norm) && closes) return true;
    if (/^[a-z]{3,}ed$/.test(w.norm) && next?.word && MAIN_VERB.test(next.norm)) return true;
  }
  return false;
}

const GAP_VERBS = /^(made|heard|raised|voiced|offered|gave|received|issued|expressed|shared|mentioned|cited|posted|wrote|read|sent|repeated|aired|put|leveled|levelled|lodged|filed|brought|makes|made|has made|denied|rejected|dismissed)$/;

const QUESTION_OPENERS = /^(if|whether|what|who|whom|which|how|why|when|where|about)$/;

/**
 * "Asked whether the plan would pass, Lee said …", "when asked by a reporter about the vote": a passive question frame. The
 * question is the content, the asker (after "by") the source, or none; the answer is a separate statement.
 */
export function readAskedFrame(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens } = scope;
  const t = tokens[i]!;
  if (t.norm !== 'asked' || i >= scope.n) return null;
  const prev = tokens[i - 1];
  const opensClause = !prev || i === scope.floor || !prev.word || /^(when|after|before|once|if|while|as|being|was|were|been|is|are|and|but)$/.test(prev.norm);
  if (!opensClause) return null;
  let k = i + 1;
  let cueEnd = t.end;
  if (tokens[k]?.norm === 'about') {
    cueEnd = tokens[k]!.end;
    k++;
  }
  let source: { start: number; end: number } | null = null;
  // Time words, a place ("on Fox News") and the asker ("by a reporter") before the question.
  for (let guard = 0; guard < 3 && k < scope.n; guard++) {
    const w = tokens[k]!;
    if (w.norm === 'by') {
      let e = k + 1;
      while (e < scope.n && tokens[e]!.word && !QUESTION_OPENERS.test(tokens[e]!.norm) && !/^(on|in|at|during)$/.test(tokens[e]!.norm)) e++;
      if (e > k + 1) source = { start: tokens[k + 1]!.start, end: tokens[e - 1]!.end };
      k = e;
      continue;
    }
    if (/^(on|in|at|during)$/.test(w.norm) || WEEKDAYS.has(w.norm) || /^(today|yesterday|later|again|repeatedly|specifically|directly|recently|last|this)$/.test(w.norm)) {
      k++;
      // ("Asked during a January debate why …", "Asked at a briefing Monday about …": the phrase may hold any noun before the question
      // opens within a few words; without one the phrase is read as before.)
      let q = k;
      while (q < Math.min(scope.n, k + 6) && tokens[q]!.word && !QUESTION_OPENERS.test(tokens[q]!.norm) && tokens[q]!.norm !== 'by' && !/^(to|that|and|but)$/.test(tokens[q]!.norm)) q++;
      if (q > k && q < scope.n && tokens[q]!.word && QUESTION_OPENERS.test(tokens[q]!.norm)) {
        k = q;
        continue;
      }
      while (k < scope.n && tokens[k]!.word && !QUESTION_OPENERS.test(tokens[k]!.norm) && tokens[k]!.norm !== 'by' && /^[A-Z0-9]|^(the|a|an|his|her|their|week|night|month|year|morning|evening|interview|program|show)$/.test(tokens[k]!.text)) k++;
      continue;
    }
    break;
  }
  const c = tokens[k];
  if (!c || k >= scope.n || !c.word) return null;
  const aboutCue = cueEnd !== t.end;
  // "Lee was asked to name …", "Lee was asked a pointed question about …": after the passive, what Lee was asked to do or the
  // question itself is the content.
  const passive = !!prev && prev.word && /^(was|were|is|are|been|being)$/.test(prev.norm);
  const askedTo = passive && c.norm === 'to' && !!tokens[k + 1]?.word;
  const askedQuestion = passive && /^(a|an|the|one|several|two|three|many|some|more|tough|pointed)$/.test(c.norm) && tokens.slice(k + 1, Math.min(scope.n, k + 5)).some((x) => /^(question|questions)$/.test(x.norm));
  if (!aboutCue && !QUESTION_OPENERS.test(c.norm) && !askedTo && !askedQuestion) return null;
  // The question runs to the comma that closes the frame, or to the sentence's end.
  // ("Lee was asked about the levy and said …": a second verb of the same subject ends the question.)
  let e = k;
  while (e + 1 < scope.n && tokens[e + 1]!.text !== ',' && !/^[.;:!?]$/.test(tokens[e + 1]!.text) && !(/^(and|but)$/.test(tokens[e + 1]!.norm) && SPEECH_VERB_SET.has(tokens[e + 2]?.norm ?? ''))) e++;
  while (e > k && !tokens[e]!.word && !/^[”"’)]$/.test(tokens[e]!.text)) e--;
  if (e <= k && !aboutCue) return null;
  // "Lee was asked whether …": the passive's auxiliary belongs to the cue.
  const aux = prev && prev.word && /^(was|were|is|are|been|being)$/.test(prev.norm) ? prev : null;
  const cue = { start: (aux ?? tokens[i]!).start, end: cueEnd };
  if (scope.used.has(cue.start)) return null;
  return [{ start: c.start, end: tokens[e]!.end, source, cue, carry: null }];
}

const POLL_HEADS = /^(poll|polls|survey|surveys|polling)$/;

/**
 * "In a poll released Monday, 50 percent chose Lee." / "Lee leads by 8 points in the latest poll.": a poll named in a
 * prepositional phrase is the source of the figures in its clause, "in" the cue.
 */
export function readPollFrame(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens } = scope;
  const t = tokens[i]!;
  if (t.norm !== 'in' || i >= scope.n) return null;
  // The noun phrase after "in": words up to a poll head within eight tokens.
  let h = -1;
  for (let k = i + 1; k < Math.min(scope.n, i + 10); k++) {
    const w = tokens[k]!;
    if (!w.word) {
      if (/^[-/’'.&]$/.test(w.text)) continue;
      break;
    }
    if (POLL_HEADS.test(w.norm)) { h = k; break; }
    if (/^(that|which|who|and|or|but|to|for|on|at|by)$/.test(w.norm)) break;
  }
  if (h < 0) return null;
  const cue = { start: t.start, end: t.end };
  if (scope.used.has(cue.start)) return null;
  const atStart = i === scope.floor || !tokens[i - 1]!.word && /^(?:[,;:—–]|--)$/.test(tokens[i - 1]!.text) && i - 1 <= scope.floor + 1;
  const fronted = isCapitalized(t) || atStart;
  if (fronted) {
    // "In a CBS News poll last month, she led …": the source runs to the comma, the content is the clause after it.
    let comma = h + 1;
    while (comma < scope.n && comma < h + 8 && tokens[comma]!.text !== ',' && !/^[.;:]$/.test(tokens[comma]!.text)) comma++;
    if (tokens[comma]?.text !== ',') return null;
    let srcEnd = comma - 1;
    // Time words after the poll ("last month") are not part of it.
    if (srcEnd - 1 > h && /^(last|this|next|earlier|late|early)$/.test(tokens[srcEnd - 1]!.norm) && /^(week|month|year|weekend|summer|spring|fall|autumn|winter)$/.test(tokens[srcEnd]!.norm)) srcEnd -= 2;
    const c = comma + 1;
    if (!tokens[c]?.word) return null;
    const { end } = scope.contentEnd(c);
    if (end <= tokens[c]!.start) return null;
    return [{ start: tokens[c]!.start, end, source: { start: tokens[i + 1]!.start, end: tokens[srcEnd]!.end }, cue, carry: null }];
  }
  // Trailing: the poll phrase closes its clause, or goes on with a participle or time phrase of its own ("… poll released
  // Wednesday") up to a comma, or a conjunction or preposition starts what follows ("… in the polls and is coping …").
  let srcLast = h;
  const after = tokens[h + 1];
  if (after && after.word && h + 1 < scope.n) {
    if (POLL_TAILS.test(after.norm)) {
      let e = h + 1;
      while (e + 1 < scope.n && e < h + 8 && tokens[e + 1]!.word && !/^(and|but|which|that|who)$/.test(tokens[e + 1]!.norm)) e++;
      if (tokens[e + 1]?.word) return null;
      srcLast = e;
    } else if (!POLL_FOLLOWERS.test(after.norm)) return null;
  }
  let f = i - 1;
  let first = -1;
  while (f >= scope.floor) {
    const x = tokens[f]!;
    if (!x.word && /^(?:[;:—–“”"]|--)$/.test(x.text)) break;
    if (x.word && f < i - 1 && /^(that|which|who|because|while|although|though|when|if)$/.test(x.norm)) break;
    if (x.word) first = f;
    f--;
  }
  if (first < 0 || i - first < 3) return null;
  while (first < i - 1 && (!tokens[first]!.word || LEADING_CONNECTIVES.has(tokens[first]!.norm)) ) {
    first++;
    if (tokens[first - 1]!.text === ',' || !tokens[first - 1]!.word) continue;
    if (tokens[first]?.text === ',') first++;
  }
  let last = i - 1;
  while (last > first && !tokens[last]!.word) last--;
  // A figure or a standing is what a poll reports: the clause must hold a number or a word of standing.
  if (!tokens.slice(first, i).some((x) => /^\d/.test(x.norm) || /^(lead|leads|led|leading|ahead|behind|trails|trailed|trail|tied|percent|points|support|favored|favoured|preferred|top|tops|topped|second|third|first|margin|edge)$/.test(x.norm))) return null;
  return [{ start: tokens[first]!.start, end: tokens[last]!.end, source: { start: tokens[i + 1]!.start, end: tokens[srcLast]!.end }, cue, carry: null }];
}

/** Words that carry a trailing poll phrase on: a participle or a time word ("… poll released Sunday", "… survey last month"). */
const POLL_TAILS = /^(released|conducted|published|taken|out|last|this|earlier|from|of|by|on)$/;
/** Words after a trailing poll phrase that start something else, leaving the phrase whole ("… in the polls and is …"). */
const POLL_FOLLOWERS = /^(and|but|ahead|among|since|after|before|despite|while|as|with|so|too|yet)$/;

/**
 * Reads attribution phrases around a cue: the cue's extent, the source before or after it, and where the reported content starts.
 * Works on tokens of one sentence; the rules are positional (no tagging) so they stay fast.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import {
  SPEECH_VERB_SET, CUE_AUXILIARIES, CATENATIVE_CUE_VERBS, TIME_ADVERBS, CUE_TAILS, SUBJECT_PRONOUNS, GROUP_NOUNS, TITLE_HEADS, CLAUSE_OPENERS,
  LEADING_CONNECTIVES, DETERMINERS, NOUN_PHRASE_MODIFIERS, HEARER_VERBS, TITLE_WORDS, SPEAKER_SELF_PRONOUNS, GAP_ADVERBS, GAP_ASIDES, SHARE_NOUNS, CUE_PREPOSITIONS, STANCE_VERBS,
  POSSESSED_HEADS, WEEKDAYS, MONTHS, EXTRA_TITLE_HEADS,
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
/** First words of the speech verbs of three or more words: the rest are tried only after one of these. */
const THREE_WORD_OPENERS: ReadonlySet<string> = new Set(THREE_WORD.map((parts) => parts[0]!));

/** Words in -ly that open a subject rather than modify the clause: a quantity's hedge ("Nearly half", "Virtually all analysts"). */
const SUBJECT_LY_WORDS: ReadonlySet<string> = new Set(['nearly', 'virtually', 'roughly', 'approximately', 'fully']);

/** The speech verb starting at token i, as [lastTokenIndex, verb], or null. */
export function verbAt(tokens: readonly Token[], i: number): [number, string] | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  if (THREE_WORD_OPENERS.has(t.norm)) {
    for (const parts of THREE_WORD) {
      if (parts.every((p, k) => tokens[i + k]?.norm === p)) return [i + parts.length - 1, parts.join(' ')];
    }
  }
  const seconds = TWO_WORD.get(t.norm);
  if (seconds && tokens[i + 1] && seconds.includes(tokens[i + 1]!.norm)) return [i + 1, `${t.norm} ${tokens[i + 1]!.norm}`];
  if (SPEECH_VERB_SET.has(t.norm) && !t.norm.includes(' ')) {
    if (isParticipleAdjective(tokens, i)) return null;
    // A capitalised speech word mid-sentence is a name or a title ("Says", "Hope"), not a verb; at sentence start it may be a verb only in "Says X".
    if (isCapitalized(t) && i > 0) return null;
    return [i, t.norm];
  }
  return null;
}

/**
 * True when the word at i in -ed stands between a count, quantifier or possessive and a lower-case plural noun ("the state's 20
 * pledged delegates", "include pledged delegates", "her five proposed bills"): an adjective, not a verb of saying.
 */
export function isParticipleAdjective(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/ed$/.test(t.norm) || !prev || !next?.word || isCapitalized(next) || !/^[a-z]{3,}s$/.test(next.norm) || /(ss|us|is)$/.test(next.norm)) return false;
  if (/^(them|others|this|these|those|his|its|us|yes|as|was|has|is)$/.test(next.norm)) return false;
  return /^\d[\d,]*$/.test(prev.text) || /^(include|includes|included|including|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|many|more|fewer|all|most|some|his|her|their|its|our|the|these|those)$/.test(prev.norm);
}

/** Builds the cue for a verb at [i, last]: auxiliaries just before it join the cue ("has said", "also noted"), a tail after it ("in a statement") too. */
/**
 * True when token i is the noun of a noun phrase: a determiner, possessive or genitive, then one modifier, then it ("its
 * second offer guarantee scheme", "the firm's final offer to staff", "a new pledge"). Why: a cue verb read there made the
 * determiner's clause its source ("the government extended its second" offered "guarantee scheme").
 */
export function isNounAfterModifier(tokens: readonly Token[], i: number): boolean {
  const modifier = tokens[i - 1];
  const det = tokens[i - 2];
  if (!modifier?.word || !det?.word || !NOUN_PHRASE_MODIFIERS.has(modifier.norm)) return false;
  // "Less than a third agreed with …": a fraction is the subject, and a past form after it the verb.
  if (/^(a|an|one)$/.test(det.norm) && /^(third|fourth|fifth)$/.test(modifier.norm) && /ed$/.test(tokens[i]?.norm ?? '')) return false;
  return DETERMINERS.has(det.norm) || /^(my|your|whose|every|each|another|any|no)$/.test(det.norm) || /.['’]s$/.test(det.text);
}

export function makeCue(text: string, tokens: readonly Token[], i: number, last: number, verb: string): Cue {
  let first = i;
  // Auxiliaries, manner adverbs ("openly called for") and, before a participle in -ing, a form of "be" ("is calling for").
  const progressive = /ing$/.test(verb.split(' ')[0]!);
  for (;;) {
    const p = tokens[first - 1];
    if (!p || !p.word || isCapitalized(p)) break;
    // ("kept asking her why …", "started saying that …": a verb taking a gerund joins the cue like an auxiliary.)
    if (CUE_AUXILIARIES.has(p.norm) || isMannerAdverb(p.norm) || (progressive && (BE_FORMS.has(p.norm) || GERUND_TAKERS.has(p.norm)))) first--;
    else {
      // "went on to praise", "has tried to explain": a catenative verb and its "to" join the cue, then its own auxiliaries.
      const chain = catenativeBefore(tokens, first);
      if (chain < 0) break;
      first = chain;
    }
  }
  let end = tokens[last]!.end;
  const adv = tokens[last + 1];
  // ("released roughly 5,500 pages", "reported disappointingly flat growth": an adverb before a number or an adjective modifies the
  // content's first words; one that joins the cue comes before punctuation, a complementizer, a preposition or a subject.)
  const afterAdv = tokens[last + 2];
  const advJoins = !afterAdv || !afterAdv.word || /^(that|to|about|on|of|for|with|in|at|he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|there|as|against|during|after|before|when|if|whether|how|why|what)$/.test(afterAdv.norm);
  if (adv && adv.word && /^[a-z]+ly$/.test(adv.text) && !/^(only|early|family|likely|july|italy|ally|rally)$/.test(adv.norm) && advJoins) end = adv.end;
  for (const tail of CUE_TAILS) {
    const m = tail.exec(text.slice(end, end + 60));
    if (m) end += m[0].length;
  }
  return { first, verbLast: last, start: tokens[first]!.start, end, verb };
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re"]);
/** Verbs that take a gerund cue and join it ("kept asking", "started saying", "began calling"). */
const GERUND_TAKERS: ReadonlySet<string> = new Set(['kept', 'keeps', 'keep', 'started', 'starts', 'start', 'began', 'begins', 'begin', 'continued', 'continues', 'stopped', 'quit']);

/**
 * The first token of a catenative verb and its "to" right before token i ("continued to" in "continued to question"), or -1.
 * Not after a form of "be" ("was used to support" is a passive, "is starting to" is left to the reader of the verb).
 */
export function catenativeBefore(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.norm !== 'to') return -1;
  const v = tokens[i - 2];
  if (!v || !v.word || isCapitalized(v)) return -1;
  let first = -1;
  if (CATENATIVE_CUE_VERBS.has(v.norm)) first = i - 2;
  else if (v.norm === 'on' && tokens[i - 3]?.word && CATENATIVE_CUE_VERBS.has(`${tokens[i - 3]!.norm} on`)) first = i - 3;
  else if (/^(likely|unlikely)$/.test(v.norm)) {
    // "are slightly more likely to say", "is unlikely to give": a form of "be", degree words and "likely" join the cue.
    let b = i - 3;
    while (b >= 0 && tokens[b]!.word && /^(more|less|most|least|slightly|somewhat|much|far|generally|also|even|very|still|not|all|significantly|considerably|twice|highly)$/.test(tokens[b]!.norm)) b--;
    return b >= 0 && tokens[b]!.word && BE_FORMS.has(tokens[b]!.norm) ? b : -1;
  }
  if (first < 0) return -1;
  const before = tokens[first - 1];
  if (before && before.word && BE_FORMS.has(before.norm) && !/ing$/.test(tokens[first]!.norm)) return -1;
  return first;
}

/** A manner adverb in -ly that may sit inside a cue ("openly", "repeatedly"); not words that only look like one. */
export function isMannerAdverb(w: string): boolean {
  return /^[a-z]{3,}ly$/.test(w) && !NOT_ADVERBS_LY.test(w);
}
const NOT_ADVERBS_LY = /^(only|early|family|likely|july|italy|ally|rally|fly|reply|supply|apply|imply|daily|weekly|monthly|yearly|holy|ugly|silly|friendly|elderly|lonely|lovely|costly|deadly|orderly|timely|unlikely|belly|jelly|bully|hourly|nightly|quarterly|kindly)$/;

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
/** A party-and-state tag written after a name: "R-Ky.", "D-N.Y.", "I-Vt." */
const PARTY_TAG = /^[RDI]-(?:[A-Z]\.)*[A-Z][A-Za-z.]*$/;

export function sourceBefore(tokens: readonly Token[], cueFirst: number, floor: number): Phrase | null {
  let j = cueFirst - 1;
  // "have in the past said", "has for years argued": a time phrase, and the auxiliary before it, between source and verb.
  const pp = timePhraseBefore(tokens, j, floor);
  if (pp < j) {
    j = pp;
    while (j >= floor && tokens[j]!.word && /^(has|have|had|will|would|also|had|did|does)$/.test(tokens[j]!.norm)) j--;
  }
  for (;;) {
    while (j >= floor && tokens[j]!.word && (TIME_ADVERBS.has(tokens[j]!.norm) || GAP_ADVERBS.has(tokens[j]!.norm))) j--;
    // ", however," between source and verb.
    if (j - 2 >= floor && tokens[j]!.text === ',' && GAP_ADVERBS.has(tokens[j - 1]!.norm) && tokens[j - 2]!.text === ',') {
      j -= 3;
      continue;
    }
    // ", for his part,", ", for example,": a multi-word aside between source and verb.
    // (Not before a participle: "called for it, as well, saying …" has no source before the aside.)
    const aside = /ing$/.test(tokens[cueFirst]?.norm ?? '') ? -1 : asideBefore(tokens, j, floor);
    if (aside >= 0) {
      j = aside - 1;
      continue;
    }
    break;
  }
  if (j < floor) return null;
  // "Democrats — and some Republicans — say": an aside between dashes after the subject stays in the source.
  if (isDash(tokens[j]!) && j - 1 > floor) {
    let d = j - 1;
    while (d > floor && j - d < 30 && !isDash(tokens[d]!) && !/^[.;:!?“”"]$/.test(tokens[d]!.text)) d--;
    if (d > floor && isDash(tokens[d]!) && d < j - 1) {
      const head = sourceBefore(tokens, d, floor);
      if (head && head.last === d - 1) return { start: head.start, end: tokens[j - 1]!.end, first: head.first, last: j - 1 };
    }
    return null;
  }
  // A pronoun right before the verb is the whole source ("in which he said", "Though she said").
  if (tokens[j]!.word && /^(he|she|they|i|we)$/.test(tokens[j]!.norm)) return { start: tokens[j]!.start, end: tokens[j]!.end, first: j, last: j };
  // "voters who said …": a relative pronoun right before the verb is the source; its antecedent is the speaker resolver's to find.
  if (tokens[j]!.word && /^(who|which)$/.test(tokens[j]!.norm) && j > floor) return { start: tokens[j]!.start, end: tokens[j]!.end, first: j, last: j };
  // "a message that said, “…”", "T-shirts that read …": "that" after a noun is a relative pronoun too (not after a verb: "said that said").
  const noun = tokens[j - 1];
  if (tokens[j]!.word && tokens[j]!.norm === 'that' && j > floor && !!noun && noun.word && !isCapitalized(noun) && /^[a-z-]{3,}$/.test(noun.text) && !isVerbLike(noun) && !/(ed|ly|ing)$/.test(noun.norm) && !CUE_PREPOSITIONS.has(noun.norm) && !DETERMINERS.has(noun.norm) && !CLAUSE_OPENERS.has(noun.norm) && !SPEECH_VERB_SET.has(noun.norm) && /^(said|says|read|reads|stated|states|declared|announced|proclaimed|warned)$/.test(tokens[j + 1]?.norm ?? '')) return { start: tokens[j]!.start, end: tokens[j]!.end, first: j, last: j };
  const last = j;
  let apposition = false;
  let lastTok = j;
  // "Gov. Ann Lee (R-Ohio), said": a comma after a bracketed party tag closes the name, not an apposition.
  if (tokens[j]!.text === ',' && tokens[j - 1]?.text === ')' && j - 1 >= floor) j--;
  // "Sen. Ann Lee, R-Ky., said": a party-and-state tag set off by commas belongs to the name before it.
  if (tokens[j]!.text === ',' && j - 2 > floor && PARTY_TAG.test(tokens[j - 1]!.text) && tokens[j - 2]!.text === ',') {
    const name = sourceBefore(tokens, j - 2, floor);
    return name ? { ...name, end: tokens[j - 1]!.end, last: j - 1 } : null;
  }
  if (tokens[j]!.text === ',') {
    // "X, a spokesman for Y, said": comma-set parts between the name and the verb, each an apposition ("Ann Ruiz, 21, a student
    // from Reno, said") or an aside that is not part of the source ("Mr. Lee, in a statement on Friday, said").
    let end = j;
    let sawApposition = false;
    let asideEnd = -1;
    for (let round = 0; round < 4; round++) {
      let k = end - 1;
      while (k >= floor && tokens[k]!.text !== ',' && !isHardStop(tokens[k]!)) k--;
      if (k < floor || tokens[k]!.text !== ',') {
        if (round === 0) return longApposition(tokens, j, floor, /ing$/.test(tokens[cueFirst]?.norm ?? ''));
        break;
      }
      const lead = tokens[k + 1]!;
      if (looksLikeApposition(tokens, k + 1, end - 1) || /^(which|who|whose|where)$/.test(lead.norm) || isRegionAfterPlace(tokens, k, end - 1, floor)) {
        sawApposition = true;
      } else if (!sawApposition && asideEnd < 0 && (CUE_PREPOSITIONS.has(lead.norm) || /ing$/.test(lead.norm) || lead.norm === 'speaking')) {
        asideEnd = k; // the source ends before this comma
      } else if (round === 0) {
        // "…, Gov. Ann Lee (R-Ohio), said": a name set off by commas is the source itself.
        const name = tokens.slice(k + 1, end).filter((t) => t.word && !/^[A-Z]{1,2}$/.test(t.text));
        if (name.length && name.every((t) => isCapitalized(t)) && isSourceHead(tokens, k + 1, end - 1)) {
          // "Lee's attorney, Tom Coan, said": a title phrase before the name belongs to the source.
          let lead = titleLead(tokens, k - 1, floor);
          // "The director of the bureau, James Comey, said", "Another user, Roland Z, wrote": a noun phrase opening the clause.
          if (lead < 0) lead = descriptionLead(tokens, k - 1, floor);
          const first = lead >= 0 ? lead : k + 1;
          return { start: tokens[first]!.start, end: tokens[end - 1]!.end, first, last: end - 1 };
        }
        return longApposition(tokens, j, floor, /ing$/.test(tokens[cueFirst]?.norm ?? ''));
      } else break;
      end = k;
      j = k - 1;
      // Stop when the part before this comma is the name itself (no further comma-set part).
      let m = k - 1;
      while (m >= floor && tokens[m]!.text !== ',' && !isHardStop(tokens[m]!)) m--;
      if (m < floor || tokens[m]!.text !== ',' || !(looksLikeApposition(tokens, m + 1, k - 1) || /^(which|who|whose)$/.test(tokens[m + 1]!.norm))) break;
    }
    if (asideEnd >= 0 && !sawApposition) lastTok = asideEnd - 1;
    apposition = sawApposition;
    if (!sawApposition && asideEnd < 0) return longApposition(tokens, j, floor, /ing$/.test(tokens[cueFirst]?.norm ?? ''));
  }
  let first = j + 1;
  let joinedAt = -1;
  for (let k = j; k >= floor; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === '’' || t.text === "'" || t.text === '-' || t.text === '&' || t.text === '.' || t.text === '%') { first = k; continue; }
      if (t.text === ')') {
        // "Harry Reid (D-Nev.)": a bracketed party or place stays in the source.
        let o = k - 1;
        while (o >= floor && tokens[o]!.text !== '(' && k - o < 8) o--;
        if (o >= floor && tokens[o]!.text === '(') { first = o; k = o; continue; }
      }
      break;
    }
    // "More than six in 10 said": a comparative quantifier stays in the source.
    if (k < j && t.norm === 'than' && k - 1 >= floor && /^(more|fewer|less)$/.test(tokens[k - 1]!.norm)) { first = k; continue; }
    if (k < j && CLAUSE_OPENERS.has(t.norm) && !(t.norm === 'and' && isCapitalized(tokens[k - 1] ?? t) && isCapitalized(tokens[k + 1] ?? t))) {
      if (!joinsSubjects(tokens, k, floor)) break;
      joinedAt = k;
    }
    // ('Publicly, …', 'Separately Lee said': a sentence adverb. 'Nearly half said', 'Virtually all analysts agree': a quantity.)
    if (k < j && k === floor && isCapitalized(t) && /ly$/.test(t.norm) && !isCapitalized(tokens[k + 1] ?? t) && !SUBJECT_LY_WORDS.has(t.norm)) break;
    if (k < j && isVerbLike(t)) break;
    first = k;
  }
  // Sentence-opening connectives ("But", "Meanwhile") are not part of the subject.
  while (first <= j && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm) && first < j) first++;
  // ("A reporter spotted Lee and her aide said": a first conjunct holding a verb is a clause of its own, not a subject.)
  if (joinedAt > first && !conjunctIsNounPhrase(tokens, first, joinedAt - 1)) first = joinedAt + 1;
  if (first > j) return null;
  // (Of coordinated subjects the last conjunct holds the head: "Sanders and his allies".)
  // ("Experts on North Korea and nuclear policy said": the conjunction may sit inside the head's prepositional phrase; then the
  // head is the word before the preposition.)
  const inModifier = joinedAt >= first && tokens.slice(first + 1, joinedAt).some((x) => x.word && /^(on|in|of|from|at|for|with|around|across)$/.test(x.norm));
  if (!isSourceHead(tokens, joinedAt >= first ? joinedAt + 1 : first, j, true) && !(inModifier && isSourceHead(tokens, first, j, true))) return null;
  if (j - first > 14) return null;
  const stop = apposition ? last : lastTok === last ? j : lastTok;
  return trimSource(tokens, first, stop);
}

/**
 * "Fishermen who have worked the bay for decades say …": a subject with a restrictive relative clause (no commas) before a verb of
 * saying, the clause kept in the source. Null unless the words before "who"/"whose" are a source on their own.
 * Why: the backward subject scan stops at the clause's own verb ("have"), so these subjects are otherwise lost.
 */
export function relativeSourceBefore(tokens: readonly Token[], cueFirst: number, floor: number): Phrase | null {
  let last = cueFirst - 1;
  while (last >= floor && tokens[last]!.word && (TIME_ADVERBS.has(tokens[last]!.norm) || /^(also|now|still|often|generally|largely|mostly)$/.test(tokens[last]!.norm))) last--;
  for (let w = last - 1; w >= Math.max(floor + 1, cueFirst - 16); w--) {
    const t = tokens[w]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '’' || t.text === "'" || t.text === '.' || t.text === '%') continue;
      return null;
    }
    if (t.norm !== 'who' && t.norm !== 'whose') continue;
    // The relative clause needs a verb of its own after the pronoun ("who live nearby"), not the cue itself.
    if (w + 1 > last) return null;
    const head = sourceBefore(tokens, w, floor);
    if (!head || head.last !== w - 1 || /^(he|she|they|i|we|who|which)$/.test(tokens[head.first]!.norm)) return null;
    return { start: head.start, end: tokens[last]!.end, first: head.first, last };
  }
  return null;
}

/**
 * "Senator Ann Lee of Ohio, the No. 2 Democrat in the Senate, said …", "Mary Ruiz, clad in a red cape, said …", "A former mayor --
 * Ann Lee, who lost the race -- said …": the subject opening the clause, its place phrases and the aside set off by commas or dashes
 * that closes right before a verb of saying. Null unless the subject is a source on its own and the aside is one balanced stretch.
 * Why: the apposition reader knows the common shapes of an aside; the rest (participles, relative clauses with verbs, quoted titles)
 * left the verb without a source.
 */
export function appositionSourceBefore(tokens: readonly Token[], cueFirst: number, floor: number): Phrase | null {
  const close = cueFirst - 1;
  const closer = tokens[close];
  if (!closer || (closer.text !== ',' && !isAsideDash(closer))) return null;
  // (A quoted title inside the aside sets the floor after it: "Ruiz, the author of “Harbor Days,” about …, said"; the subject
  // before the aside is still read from the clause start, the marks then checked to lie inside the aside.)
  const from = floor > 0 && !/^(?:[“"‘]|'')$/.test(tokens[0]?.text ?? '') ? 0 : floor;
  if (close <= from) return null;
  const subject = clauseSubject(tokens, from, close);
  if (!subject) return null;
  let k = subject.last + 1;
  // Place and body phrases after the name: "of Ohio", "of Grace Church in Marion".
  while (k < close && tokens[k]!.word && /^(of|from|in|at)$/.test(tokens[k]!.norm)) {
    k++;
    while (k < close && tokens[k]!.word && (isCapitalized(tokens[k]!) || /^(the|of|and|for)$/.test(tokens[k]!.norm))) k++;
    while (k < close && tokens[k]!.text === '.' ) k++;
  }
  if (k === close) return closer.text === ',' && k > subject.last + 1 ? { start: subject.start, end: tokens[close - 1]!.end, first: subject.first, last: close - 1 } : null;
  const opener = tokens[k]!;
  if (!(opener.text === ',' || isAsideDash(opener)) || isAsideDash(opener) !== isAsideDash(closer) || close - k > 40 || close - k < 2) return null;
  if (tokens.slice(subject.first, k).some((t) => /^[“”"]$/.test(t.text))) return null;
  let marks = 0;
  for (let j = k + 1; j < close; j++) {
    const t = tokens[j]!;
    if (!t.word && /^[;:!?()]$/.test(t.text)) return null;
    if (isAsideDash(t) && isAsideDash(closer)) return null;
    if (t.word && SPEECH_VERB_SET.has(t.norm) && /^(said|says|say|told|tells)$/.test(t.norm)) return null;
    if (/^["“”]$/.test(t.text)) marks++;
  }
  if (marks % 2 !== 0) return null;
  return { start: subject.start, end: tokens[close - 1]!.end, first: subject.first, last: close - 1 };
}

/** A dash setting off an aside, written as a dash or as two hyphens. */
function isAsideDash(t: Token): boolean {
  return isDash(t) || t.text === '--';
}

/** The index of the comma opening a multi-word aside (GAP_ASIDES) that closes with the comma at token j, or -1. */
function asideBefore(tokens: readonly Token[], j: number, floor: number): number {
  if (tokens[j]?.text !== ',') return -1;
  for (let k = j - 2; k >= Math.max(floor, j - 6); k--) {
    const t = tokens[k]!;
    if (t.word) continue;
    if (t.text !== ',') return -1;
    return GAP_ASIDES.has(tokens.slice(k + 1, j).map((x) => x.norm).join(' ')) ? k : -1;
  }
  return -1;
}

/**
 * True when "and"/"or" at k joins two subjects ("Sanders and his allies", "She and her husband", "reporters and editors"): the word
 * before is a name, a subject pronoun or a plural noun, and the word after opens a noun phrase.
 */
function joinsSubjects(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k]!;
  if (!/^(and|or|nor)$/.test(t.norm) || k - 1 < floor) return false;
  const left = tokens[k - 1]!;
  const right = tokens[k + 1];
  if (!left.word || !right || !right.word) return false;
  // ("the Florida senator and …", "A US defence and …": a noun closing a noun phrase opened by a determiner a few words back, over
  // names and proper adjectives; not over common words, "would want a personal computer and Professor Reddy thinks".)
  let det = k - 2;
  while (det > k - 5 && det >= floor && tokens[det]?.word && !/^(the|a|an|his|her|their|its|our|my)$/.test(tokens[det]!.norm) && isCapitalized(tokens[det]!) && !CLAUSE_OPENERS.has(tokens[det]!.norm)) det--;
  const afterDeterminer = det >= floor && /^(the|a|an|his|her|their|its|our|my)$/.test(tokens[det]?.norm ?? '') && /^[a-z-]{3,}$/.test(left.norm) && !/(ly|ed)$/.test(left.norm) && !isVerbLike(left);
  const leftOk = isCapitalized(left) || /^(he|she|they|we|i)$/.test(left.norm) || (isPluralNoun(left.norm) && !isVerbLike(left)) || afterDeterminer;
  // ("Democrats and civil rights groups", "Liberal and conservative economists": a modifier may open the second conjunct.)
  const modifier = /^[a-z][a-z-]{2,}$/.test(right.text) && !/(ed|ly|ing)$/.test(right.norm) && !isVerbLike(right) && !CLAUSE_OPENERS.has(right.norm) && !CUE_PREPOSITIONS.has(right.norm) && !/^(then|also|still|now|just|even|not|never|so|too|who|which|whose|what|how|why|when|where|more|most|less|such)$/.test(right.norm);
  const rightOk = isCapitalized(right) || /^(his|her|their|its|our|my|the|a|an|other|many|some|several|even|both|fellow)$/.test(right.norm) || isPluralNoun(right.norm) || modifier;
  return leftOk && rightOk;
}

/** True when tokens [from, to] can be a subject conjunct: a few words, none of them a past-tense or auxiliary verb. */
function conjunctIsNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    words++;
    if (isCapitalized(t)) continue;
    if (isVerbLike(t) || /^[a-z]{3,}ed$/.test(t.norm) || /^(won|lost|met|saw|took|made|gave|told|left|beat|led|ran|got|hit|put|set|sent|held|kept|spoke|wrote|came|went)$/.test(t.norm)) return false;
  }
  return words <= 6;
}

/**
 * "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said": a name opening the sentence, then comma-set
 * description the apposition rules do not know, up to the comma before the verb. Taken only when the name opens its clause and the
 * description holds no verb of its own and no clause opener, so "Lee, who said …, resigned" and "In Reno, the vote …" stay out.
 */
function longApposition(tokens: readonly Token[], comma: number, floor: number, participle = false): Phrase | null {
  let start = floor;
  while (start < comma && tokens[start]!.word && LEADING_CONNECTIVES.has(tokens[start]!.norm)) start++;
  while (start < comma && !tokens[start]!.word) start++;
  let nameEnd = start;
  while (nameEnd < comma && (isCapitalized(tokens[nameEnd]!) || (tokens[nameEnd]!.word && TITLE_WORDS.has(tokens[nameEnd]!.norm)) || tokens[nameEnd]!.text === '.')) nameEnd++;
  if (nameEnd === start || tokens[nameEnd]?.text !== ',' || nameEnd >= comma || comma - start > 32) return null;
  if (!isCapitalized(tokens[nameEnd - 1]!) || !isSourceHead(tokens, start, nameEnd - 1)) return null;
  for (let k = nameEnd + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (isHardStop(t)) return null;
      continue;
    }
    if (isVerbLike(t) || SPEECH_VERB_SET.has(t.norm) || (CLAUSE_OPENERS.has(t.norm) && !/^(and|that|as)$/.test(t.norm))) return null;
    // ("Ana Ruiz, the harbor master, emailed the crews, saying …": a past-tense verb makes the part a clause, not a description;
    // "a retired teacher" keeps its participle after the determiner.)
    if (participle && !isCapitalized(t) && (/^[a-z]{3,}ed$/.test(t.norm) || SUBJECT_VERB_WORDS.test(t.norm) && !/^(the|a|an|his|her|their|its|for|from|by|into|over|than|also|still|now|just|even|not|never|often|only|then)$/.test(t.norm)) && !/^(a|an|the|his|her|their|its|one|once|newly|recently|formerly|now)$/.test(tokens[k - 1]?.norm ?? '')) {
      // The source ends at the comma before that clause, when the description before it stands alone.
      let c = k - 1;
      while (c > nameEnd && tokens[c]!.text !== ',') c--;
      return c > nameEnd ? longApposition(tokens, c, floor, participle) : null;
    }
  }
  return { start: tokens[start]!.start, end: tokens[comma]!.end, first: start, last: comma };
}

/**
 * The phrase [first, last] without edge words that belong to the clause around it: a leading preposition or relative pronoun
 * ("of Mr. Lee", "which Lee") and a trailing preposition or conjunction left by a skipped time phrase ("Ted Cruz on").
 */
function trimSource(tokens: readonly Token[], first: number, last: number): Phrase {
  let f = first;
  let l = last;
  while (f < l && tokens[f]!.word && /^(of|for|to|by|with|from|which|that|whom)$/.test(tokens[f]!.norm) && tokens[f + 1]!.word) f++;
  // "ultimately Prager thinks": a sentence adverb before the name is not part of it.
  while (f < l && tokens[f]!.word && !isCapitalized(tokens[f]!) && isMannerAdverb(tokens[f]!.norm)) f++;
  while (l > f && tokens[l]!.word && /^(on|in|at|during|and|but|or|to|of)$/.test(tokens[l]!.norm)) l--;
  return { start: tokens[f]!.start, end: tokens[l]!.end, first: f, last: l };
}

/** The source written after a cue ("said Jane Doe, a lawyer"): up to the clause's end, a quote mark or a follow-on participle. */
export function sourceAfter(tokens: readonly Token[], from: number, limit: number, options: { stopAtComma?: boolean; anyHead?: boolean } = {}): Phrase | null {
  let i = from;
  while (i < limit && tokens[i]!.word && TIME_ADVERBS.has(tokens[i]!.norm)) i++;
  if (i >= limit || tokens[i]!.norm === 'that') return null;
  const first = i;
  let last = -1;
  let apposition = false;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    // "…, said Ann Lee, a reporter (like her father) at the Ledger": a short bracket inside an apposition stays in the source.
    if (apposition && t.text === '(') {
      let close = k + 1;
      while (close < limit && close < k + 8 && tokens[close]!.text !== ')' && !/^[.;:!?“”"]$/.test(tokens[close]!.text)) close++;
      if (close < limit && tokens[close]!.text === ')') {
        last = close;
        k = close;
        continue;
      }
    }
    if (!t.word && /^(?:[.;:!?“”"«»—–()]|--)$/.test(t.text)) break;
    if (t.text === ',' && options.stopAtComma) break;
    if (t.text === ',') {
      // Keep an apposition after the name; stop before a participle clause or a new quote.
      const next = tokens[k + 1];
      if (!next || !next.word || SPEECH_VERB_SET.has(next.norm) || /ing$/.test(next.norm) || TIME_ADVERBS.has(next.norm) || next.norm === 'on' || next.norm === 'in') break;
      if ((next.norm === 'who' || next.norm === 'which') && tokens.slice(k + 2, k + 5).some((x) => SPEECH_VERB_SET.has(x.norm))) break;
      apposition = true;
      continue;
    }
    // ("…, said Ed Rendell, who serves as chairman": inside an apposition "as", "since" or "before" do not open a new clause.)
    if (t.word && k > first && CLAUSE_OPENERS.has(t.norm) && t.norm !== 'and' && t.norm !== 'of' && t.norm !== 'that' && !(apposition && APPOSITION_CONNECTIVES.has(t.norm))) break;
    if (t.word && (t.norm === 'on' || t.norm === 'in' || t.norm === 'at') && k > first && isTimeNoun(tokens[k + 1])) break;
    last = k;
  }
  if (last < first) return null;
  while (last > first && !tokens[last]!.word && tokens[last]!.text !== '.') last--;
  if (!options.anyHead && !isSourceHead(tokens, first, firstCoreEnd(tokens, first, last))) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

function firstCoreEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k <= last; k++) if (tokens[k]!.text === ',') return k - 1;
  return last;
}

/**
 * ", London," after ", from Wembley,": a capitalised place of one to three words set off by commas, right after a part that ends in a
 * place ("Mr Lee, 32, from Wembley, London, said", "Ann Ruiz, of Leeds, West Yorkshire, said", "Mr Johnson, MP for Henley-on-Thames,
 * Oxfordshire, said"): the county or city of that place, inside the source, not a name of its own. `comma` is the comma before the part, which runs to `last`.
 */
function isRegionAfterPlace(tokens: readonly Token[], comma: number, last: number, floor: number): boolean {
  const words = tokens.slice(comma + 1, last + 1).filter((t) => t.word);
  if (words.length === 0 || words.length > 3 || !words.every((t) => isCapitalized(t))) return false;
  let m = comma - 1;
  while (m >= floor && tokens[m]!.text !== ',' && !isHardStop(tokens[m]!)) m--;
  if (m < floor || tokens[m]!.text !== ',') return false;
  // The part before ends in a place after "of", "from", "in" or "for" (", from Wembley,", ", MP for Henley-on-Thames,").
  let p = comma - 1;
  while (p > m && (isCapitalized(tokens[p]!) || tokens[p]!.text === '-')) p--;
  return p > m && p < comma - 1 && tokens[p]!.word && /^(of|from|in|for)$/.test(tokens[p]!.norm);
}

/** Subordinators that stay inside an apposition after a name ("who serves as chairman", "who has lived there since 1990"). */
const APPOSITION_CONNECTIVES: ReadonlySet<string> = new Set(['as', 'since', 'before', 'after', 'until', 'when', 'where', 'while', 'than', 'once']);

function isTimeNoun(t: Token | undefined): boolean {
  return !!t && (TIME_ADVERBS.has(t.norm) || WEEKDAYS.has(t.norm) || MONTHS.has(t.norm));
}

function isHardStop(t: Token): boolean {
  return !t.word && /^(?:[.;:!?“”"«»()—–]|--)$/.test(t.text);
}

// An apposition opens with a determiner, a title word or a relative pronoun: ", a lawyer for the family,", ", executive director of X,".
function looksLikeApposition(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const t = tokens[first]!;
  // (", another first-term member,", ", each a former mayor,": a quantifying determiner opens a description too.)
  // (", its functions were taken over by others,": a determiner opening a clause with its own finite verb is no description.)
  if ((DETERMINERS.has(t.norm) || /^(another|each|both|either|one)$/.test(t.norm)) && holdsFiniteVerb(tokens, first + 1, last)) return false;
  if (DETERMINERS.has(t.norm) || /^(another|each|both|either|one)$/.test(t.norm) || t.norm === 'who' || t.norm === 'whose' || TITLE_WORDS.has(t.norm) || TITLE_HEADS.has(t.norm)) return true;
  // ", of Huntsville,", ", now 81 and retired,": where a person is from, or what they are now.
  if (/^(of|from|now|formerly|aged)$/.test(t.norm) && last > first) return true;
  // ", Ala.,": the state after a town.
  if (first === last && /^[A-Z][a-z]{1,4}\.$/.test(t.text)) return true;
  // ", conducted jointly with two firms,", ", released Monday,": a participle phrase describing the subject.
  // (", prepared for the council,", ", written by two economists,", ", filed in federal court,": the same for documents; "signed"
  // and "posted" also end a clause, "sent a letter, signed by 200 members,", and are left out.)
  if (/^(conducted|released|published|based|taken|commissioned|sponsored|funded|paid|led|run|owned|founded|backed|issued|obtained|compiled|carried|prepared|written|produced|authored|drafted|filed|submitted|presented)$/.test(t.norm) && last > first) return true;
  // ", like their rivals,", ", including two senators,": a comparison or inclusion set off inside the subject.
  if (/^(like|including|especially|particularly|mostly|chiefly|among)$/.test(t.norm) && last > first) return true;
  if (/^\d+$/.test(t.norm)) return true; // ", 45,"
  // ", Democrat of Tennessee,", ", Republican from Ohio,": a capitalised party or post with where it belongs.
  if (isCapitalized(t) && last > first + 1 && /^(of|from|for|at)$/.test(tokens[first + 1]!.norm) && tokens.slice(first + 2, last + 1).every((x) => !x.word || isCapitalized(x) || /^(the|of|and)$/.test(x.norm))) return true;
  // "X, Y's campaign manager," or "X, Labor Party leader,": a capitalised run ending in a title head.
  for (let k = first; k <= last; k++) if (TITLE_HEADS.has(tokens[k]!.norm)) return true;
  return false;
}

/** True when tokens [from, to] hold a finite verb ("were", "has") before any relative pronoun that could own it. */
function holdsFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (/^(who|whom|whose|which|that)$/.test(t.norm)) return false;
    if (isVerbLike(t)) return true;
  }
  return false;
}

// Lower-case words that end a subject going backwards: common verb shapes that cannot sit inside a noun phrase before "said".
export function isVerbLike(t: Token): boolean {
  if (isCapitalized(t)) return false;
  return /^(is|are|was|were|be|been|being|do|does|did|has|have|had|will|would|can|could|should|must|may|might|said|says|told|added|asked|it's|he's|she's)$/.test(t.norm);
}

/** True when the phrase's head (its last word before any apposition) can be a speaker: a name, a pronoun, a group or a title. */
export function isSourceHead(tokens: readonly Token[], first: number, last: number, loose = false): boolean {
  // A head with a post-modifier ("a source close to the campaign", "one Democrat familiar with the talks"): test the word before it.
  for (let k = first + 1; k <= last; k++) {
    if (tokens[k]!.word && POST_MODIFIERS.has(tokens[k]!.norm) && isHeadWord(tokens, first, k - 1, loose)) return true;
  }
  return isHeadWord(tokens, first, last, loose);
}

const POST_MODIFIERS = new Set(['with', 'of', 'for', 'at', 'in', 'from', 'familiar', 'close', 'who', 'whose', 'involved', 'based', 'on', 'to', 'knowledgeable', 'speaking', 'briefed', 'which', 'that', 'working', 'representing', 'inside', 'within', 'across', 'around']);

/** `loose` (subjects of verbs of saying only) also takes a bare plural or a percentage opening its clause ("Economists say", "26% said"). */
function isHeadWord(tokens: readonly Token[], first: number, last: number, loose = false): boolean {
  let end = last;
  while (end >= first && !tokens[end]!.word) end--;
  // "Sanders himself": an emphatic reflexive after the head stays in the source; the head is the word before it.
  if (end > first && /^(himself|herself|itself|themselves)$/.test(tokens[end]!.norm)) end--;
  if (end < first) return false;
  const head = tokens[end]!;
  if (SUBJECT_PRONOUNS[head.norm] || SPEAKER_SELF_PRONOUNS.has(head.norm) || head.norm === 'who' || head.norm === 'which') return true;
  if (isCapitalized(head)) return true;
  if (GROUP_NOUNS.has(head.norm) || TITLE_HEADS.has(head.norm) || SHARE_NOUNS.has(head.norm)) return true;
  // A plural or profession-like noun after a determiner: "some Republicans", "the researchers", "a young woman", "one person".
  if (end > first && DETERMINERS.has(tokens[first]!.norm) && /[a-z]{3,}s$/.test(head.norm)) return true;
  if (end > first && /^(a|an|the|one|another|this|that|his|her|their|its|my|our|your|each|every|either|neither)$/.test(tokens[first]!.norm) && /^(?:[a-z0-9]+-)*[a-z]{3,}$/.test(head.norm) && !/ing$/.test(head.norm) && (!/ly$/.test(head.norm) || /^(ally|family)$/.test(head.norm))) return true;
  // "those surveyed", "voters polled": the people a survey asked.
  if (end > first && /^(surveyed|polled|questioned|interviewed|sampled)$/.test(head.norm)) return true;
  // "Powell's office", "the senator's spokesman": a possessive name or phrase stands for the determiner.
  if (end > first && POSSESSED_HEADS.has(head.norm) && tokens.slice(first, end).some((x) => x.word && /['’]s$/.test(x.text))) return true;
  // "Nine out of 10 say", "Those over 65 said": a share written as a count out of a total, or an age group.
  if (/^(\d+|ten|five|four|three)$/.test(head.norm) && tokens[end - 1]?.norm === 'of' && tokens[end - 2]?.norm === 'out' && end - 3 >= first) return true;
  if (/^\d{2}$/.test(head.norm) && end - 2 === first && /^(those|people|voters|adults|americans|respondents)$/.test(tokens[first]!.norm) && /^(over|under|above|below)$/.test(tokens[end - 1]!.norm)) return true;
  if (!loose) return false;
  const opener = tokens[first - 1];
  if (opener && opener.word && !CLAUSE_OPENERS.has(opener.norm) && !LEADING_CONNECTIVES.has(opener.norm)) return false;
  // "26% said", "Some 40 percent say": a share of respondents written with a number.
  if (/^\d[\d.,]*$/.test(head.norm) && tokens[end + 1]?.text === '%') return true;
  // "Six in 10 said", "More than three in four say".
  if (/^(\d+|two|three|four|five|ten)$/.test(head.norm) && tokens[end - 1]?.norm === 'in' && end - 2 >= first) return true;
  // A bare plural of people or bodies, up to four words ("security specialists", "GOP analysts", "Democratic economists").
  // ("Hacking specialists", "leading economists": a modifier in -ing opening the phrase, not a verb of the clause before it.)
  if (end - first <= 3 && isPluralNoun(head.norm) && tokens.slice(first, end).every((t, x) => !t.word || isCapitalized(t) || /^[a-z-]{3,}$/.test(t.norm) && !isVerbLike(t) && !/ly$/.test(t.norm) && (!/ing$/.test(t.norm) || (x === 0 && !NOT_MODIFIER_ING.has(t.norm))) && !CLAUSE_OPENERS.has(t.norm) && !CUE_PREPOSITIONS.has(t.norm))) return true;
  return false;
}

/** Words in -ing that never modify a noun as an adjective does: prepositions and verbs that take an object ("including", "hearing"). */
const NOT_MODIFIER_ING: ReadonlySet<string> = new Set(['including', 'according', 'during', 'regarding', 'following', 'concerning', 'considering', 'excluding', 'saying', 'telling', 'hearing', 'meeting', 'seeing', 'asking', 'making', 'having', 'being', 'getting', 'letting', 'helping', 'watching', 'leaving', 'joining', 'urging', 'calling', 'thanking', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'thing', 'king', 'bring', 'sing', 'ring']);

/** A plural noun by its shape ("analysts", "economists", "families"), not a singular in -ss/-us/-is or an adjective in -ous. */
function isPluralNoun(w: string): boolean {
  return /^[a-z-]{3,}s$/.test(w) && !/(ss|us|is|ous|ics|ws|news)$/.test(w) && !/^(this|was|has|is|his|its|yes|thus|perhaps|always|sometimes|besides|towards|afterwards|less|unless|whereas|nevertheless|series|species|means|politics|economics|says|tells|adds|notes|argues|claims|warns|insists|thinks|believes|wants|hopes|fears|knows)$/.test(w);
}

/** Skips a hearer object after "told"/"warned" ("told reporters", "told The Post on Tuesday"): the index where the content may start. */
export function skipHearer(tokens: readonly Token[], verb: string, from: number, limit: number): number {
  if (!HEARER_VERBS.has(verb)) return from;
  // Up to "that" within a few words, or past a short noun phrase.
  // "asked the former state treasurer whether …": a longer hearer phrase ends at the question word.
  const question = /^(ask|asks|asked|asking)$/.test(verb);
  for (let k = from; k < Math.min(limit, from + 12); k++) {
    // ("asked Okafor which ports he could win": a question word after the hearer opens the question.)
    if ((tokens[k]!.norm === 'that' || (question && /^(if|whether|which|why|what|how|where)$/.test(tokens[k]!.norm))) && k > from) return k;
    // "asked a federal judge to block the rules", "asked the board of the port authority to delay …": a longer hearer before an infinitive.
    if (tokens[k]!.norm === 'to' && k > from && k - from <= 8 && tokens[k + 1]?.word && !isCapitalized(tokens[k + 1]!) && !/^(the|a|an|his|her|their|its|be)$/.test(tokens[k + 1]!.norm) && !tokens.slice(from, k).some((x, j) => isVerbLike(x) || /^(about|for|on|in|at|with)$/.test(x.norm) || (x.norm === 'of' && j === 0))) return k;
    // ("told Bill Lee of Fox News, that …": a comma may close the hearer before "that".)
    if (tokens[k]!.text === ',' && tokens[k + 1]?.norm === 'that' && k > from) return k + 1;
    if (!tokens[k]!.word && tokens[k]!.text !== '.' && tokens[k]!.text !== '’' && tokens[k]!.text !== "'") break;
  }
  let k = from;
  if (k < limit && /^(him|her|them|us|me|you|reporters|journalists|supporters|listeners|viewers|voters|lawmakers|congress|parliament|the|a|an|his|her|their)$/.test(tokens[k]!.norm)) {
    // ("asked her to call": "her" before "to" or "that" is the hearer itself, not a possessive.)
    if (/^(the|a|an|his|her|their)$/.test(tokens[k]!.norm) && !(tokens[k]!.norm === 'her' && /^(to|that|about|if|whether)$/.test(tokens[k + 1]?.norm ?? ''))) {
      k++;
      while (k < limit && tokens[k]!.word && (isCapitalized(tokens[k]!) || k === from + 1)) k++;
    } else k++;
  } else {
    while (k < limit && isCapitalized(tokens[k]!)) k++;
  }
  return k;
}

/** The index before a time phrase ending at token j ("in the past", "at the time", "for years", "in recent weeks"), or j. */
function timePhraseBefore(tokens: readonly Token[], j: number, floor: number): number {
  const w = (k: number): string => (k >= floor && tokens[k]?.word ? tokens[k]!.norm : '');
  if (w(j) === 'past' && w(j - 1) === 'the' && w(j - 2) === 'in') return j - 3;
  if (w(j) === 'time' && w(j - 1) === 'the' && w(j - 2) === 'at') return j - 3;
  if (/^(years|months|weeks|decades|days)$/.test(w(j))) {
    if (w(j - 1) === 'for') return j - 2;
    if (/^(recent|past|last)$/.test(w(j - 1)) && /^(in|for|over)$/.test(w(j - 2))) return j - 3;
    if (/^(recent|past|last)$/.test(w(j - 1)) && w(j - 2) === 'the' && /^(in|for|over)$/.test(w(j - 3))) return j - 4;
  }
  // "Ann Lee last week said", "the mayor earlier this month told", "Lee on Monday night said": a dated time phrase before the verb.
  if (/^(week|month|year|weekend|summer|spring|fall|autumn|winter|night|morning|afternoon|evening)$/.test(w(j)) || (WEEKDAYS.has(w(j)) && /^(last|this|next|on)$/.test(w(j - 1)))) {
    let k = j - 1;
    if (WEEKDAYS.has(w(k))) k--;
    if (/^(last|this|next|late|early|on)$/.test(w(k))) {
      k--;
      if (/^(earlier|later)$/.test(w(k))) k--;
      return k;
    }
  }
  return j;
}

/** Skips a time phrase after a cue ("on Monday", "last week", "Tuesday"). */
export function skipTime(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  for (;;) {
    const t = tokens[k];
    if (!t || k >= limit) return k;
    if (TIME_ADVERBS.has(t.norm) || isTimeNoun(t)) {
      k++;
      // "said Wednesday night that …": a part of the day after a weekday.
      if (/^(night|morning|afternoon|evening)$/.test(tokens[k]?.norm ?? '') && k < limit) k++;
      continue;
    }
    // "said, however, that …": a sentence adverb set off by commas after the cue.
    if (t.text === ',' && tokens[k + 1]?.word && GAP_ADVERBS.has(tokens[k + 1]!.norm) && tokens[k + 2]?.text === ',' && k + 3 < limit) { k += 3; continue; }
    if ((t.norm === 'on' || t.norm === 'in' || t.norm === 'at') && isTimeNoun(tokens[k + 1])) { k += 2; continue; }
    if ((t.norm === 'earlier' || t.norm === 'later') && !/^(this|last|in|on)$/.test(tokens[k + 1]?.norm ?? '')) { k++; continue; }
    if ((t.norm === 'earlier' || t.norm === 'later') && /^(this|last)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]) { k += 3; continue; }
    if ((t.norm === 'late' || t.norm === 'early' || t.norm === 'last' || t.norm === 'this' || t.norm === 'next') && isTimeNoun(tokens[k + 1])) { k += 2; continue; }
    if ((t.norm === 'last' || t.norm === 'this' || t.norm === 'earlier' || t.norm === 'late' || t.norm === 'next') && /^(week|month|year|weekend|summer|spring|fall|autumn|winter|night|morning|evening)$/.test(tokens[k + 1]?.norm ?? '')) { k += 2; continue; }
    // "has said for weeks", "for several months", "for the past two years": a duration.
    if (t.norm === 'for') {
      let j = k + 1;
      if (/^(the|a)$/.test(tokens[j]?.norm ?? '') && /^(past|last|better|long)$/.test(tokens[j + 1]?.norm ?? '')) j += 2;
      else if (tokens[j]?.norm === 'a' && tokens[j + 1]?.norm === 'while') { k = j + 2; continue; }
      if (/^(several|many|two|three|four|five|six|seven|eight|nine|ten|few|some|\d+)$/.test(tokens[j]?.norm ?? '')) j++;
      if (j < limit && /^(weeks|months|years|days|decades|hours|time|week|month|year|part)$/.test(tokens[j]?.norm ?? '')) { k = j + 1; continue; }
      return k;
    }
    if (t.text === ',' && k === from) { k++; continue; }
    return k;
  }
}

/** After a cue, a short phrase ("at the hearing", "on Twitter Thursday", "of the plan") before "that" or a colon: the index of that word, or -1. */
export function skipToComplementizer(tokens: readonly Token[], from: number, limit: number): number {
  const t = tokens[from];
  if (!t || !t.word || !(CUE_PREPOSITIONS.has(t.norm) || t.norm === 'for')) return -1;
  // The phrase may be long and hold commas ("said Thursday during a taping in Buffalo, New York, that …"), never a verb or a sentence stop.
  for (let k = from + 1; k < Math.min(limit, from + 24); k++) {
    const x = tokens[k]!;
    // ('says on its website that “there were …”': the statement may open with a quote mark.)
    const opensQuote = !tokens[k + 1]?.word && /^(?:[“"‘]|'')$/.test(tokens[k + 1]?.text ?? '') && !!tokens[k + 2]?.word;
    if (x.norm === 'that' && x.word) return (tokens[k + 1]?.word && !/^(is|was|would|will|has|had|can|could)$/.test(tokens[k + 1]!.norm)) || opensQuote ? k : -1;
    if (x.text === ':') return k + 1;
    // ('said on ABC's “This Week” that …', "said in ‘08 that …": quote marks around a title or a year stay in the phrase.)
    if (!x.word && x.text !== '’' && x.text !== "'" && x.text !== '-' && x.text !== ',' && !/^[“”"‘]$/.test(x.text)) return -1;
    // A speech word inside the phrase is a noun ("in her opening remarks that"), after a determiner or modifier.
    const inNounPhrase = k > from && tokens[k - 1]!.word && !isCapitalized(tokens[k - 1]!) && !/^(and|but|then|also|who|which|that|he|she|they|it|we|i)$/.test(tokens[k - 1]!.norm) && !isVerbLike(x);
    if ((SPEECH_VERB_SET.has(x.norm) && !inNounPhrase) || isVerbLike(x)) return -1;
  }
  return -1;
}

/** "Hours later,", "Two days earlier,", "Last week,", "Minutes after the vote,": a time phrase fronted before the subject. */
function isFrontedTime(tokens: readonly Token[], from: number, comma: number): boolean {
  for (let k = from; k < comma; k++) {
    const w = tokens[k]!.norm;
    if (/^(later|earlier|ago|afterwards|afterward|meanwhile|today|yesterday|tonight)$/.test(w)) return true;
  }
  return WEEKDAYS.has(tokens[from]!.norm) || /^(hours|days|weeks|months|years|minutes|moments|seconds|decades|last|next)$/.test(tokens[from]!.norm);
}

/** Words opening a fronted adverbial that a comma closes before the clause's subject ("For months, …", "Once elected, …"). */
const FRONTED_OPENERS = /^(after|before|when|while|as|since|despite|with|though|although|if|for|once|back|amid|following|until|unlike|like|under|without|upon|because|by|within|throughout|across|among|over|inside|outside|beyond|toward|towards|along|behind|near)$/;

/** The subject at the start of a clause ("Both parents", "Hillary Clinton", "He"), for a verb joined to it by "and" or ", saying". */
export function clauseSubject(tokens: readonly Token[], floor: number, limit: number): Phrase | null {
  let i = floor;
  while (i < limit && !tokens[i]!.word) i++;
  // A dateline ("ORLANDO, Fla. (Reuters) -") is not the subject.
  if (i < limit && /^[A-Z]{2,}/.test(tokens[i]!.text)) {
    for (let k = i + 1; k < Math.min(limit, i + 12); k++) if (/^(?:[-—–]|--)$/.test(tokens[k]!.text)) { i = k + 1; break; }
  }
  while (i < limit && LEADING_CONNECTIVES.has(tokens[i]!.norm)) i++;
  // ("However, he …": the comma after a connective.)
  while (i < limit && !tokens[i]!.word) i++;
  // A fronted phrase closed by a comma ("On Monday, …", "Speaking at a town hall in Salem, …"); two in a row ("On Tuesday, even
  // as shares fell, …").
  for (let round = 0; round < 2; round++) {
    const from = i;
    // ("even as", "even though": the subordinator after "even".)
    // ("Shortly after …", "Soon after …", "Just before …": an adverb before the preposition.)
    const head = (tokens[i]?.norm === 'even' || /^(shortly|soon|just|long|right|only|immediately|moments|hours|days|weeks|months|years)$/.test(tokens[i]?.norm ?? '')) && tokens[i + 1]?.word && (tokens[i]!.norm === 'even' || CUE_PREPOSITIONS.has(tokens[i + 1]!.norm) || FRONTED_OPENERS.test(tokens[i + 1]!.norm)) ? i + 1 : i;
    // (A phrase opened by a preposition or subordinator may run longer: 'In response to the proposal to bar … from the country, …'.)
    if (i >= limit) break;
    const opened = CUE_PREPOSITIONS.has(tokens[head]?.norm ?? '') || FRONTED_OPENERS.test(tokens[head]?.norm ?? '');
    for (let k = i; k < Math.min(limit, i + (opened ? 30 : 12)); k++) {
      if (tokens[k]!.text === ',') {
        if (opened || isFrontedTime(tokens, i, k) || (/^[a-z]{3,}ing$/.test(tokens[i]!.norm) && isCapitalized(tokens[i]!))) i = k + 1;
        break;
      }
      if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
    }
    if (i === from || round === 1) break;
    while (i < limit && !tokens[i]!.word) i++;
  }
  if (i >= limit) return null;
  const first = i;
  let last = -1;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === '.' || t.text === '’' || t.text === "'" || t.text === '-') continue;
      break;
    }
    if (SUBJECT_PRONOUNS[t.norm] && k === first) { last = k; break; }
    if (isCapitalized(t) || DETERMINERS.has(t.norm) || GROUP_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm) || SHARE_NOUNS.has(t.norm) || /(al|ic|ive|ian)$/.test(t.norm)) { last = k; continue; }
    // "Tory peer Lord Tebbit", "Chelsea boss Jose Mourinho": a title noun between a capitalised word and the name.
    if (k > first && last === k - 1 && isCapitalized(tokens[k - 1]!) && (TITLE_HEADS.has(t.norm) || EXTRA_TITLE_HEADS.has(t.norm)) && tokens[k + 1]?.word && isCapitalized(tokens[k + 1]!)) { last = k; continue; }
    // "The coach": a common noun right after a determiner heads the subject; so do an age or size ("The 40-year-old") and a
    // possessive ("The country's economy").
    if (k > first && DETERMINERS.has(tokens[k - 1]!.norm) && ((/^[a-z]{3,}$/.test(t.text) && !endsLikeVerbOrAdverb(t.norm)) || /^\d+(?:-[a-z]+)+$/.test(t.norm) || /^[a-z]{3,}['’]s$/.test(t.text)) && !isVerbLike(t)) { last = k; continue; }
    // "The billionaire businessman", "Her liberal friends", "The Smith family": a compound or adjective and noun after the determiner, up to the verb.
    if (k > first && last === k - 1 && k - first <= 4 && /^[a-z][a-z-]{2,}$/.test(t.text) && !endsLikeVerbOrAdverb(t.norm) && !isVerbLike(t) && !SUBJECT_VERB_WORDS.test(t.norm) && !CLAUSE_OPENERS.has(t.norm) && !CUE_PREPOSITIONS.has(t.norm) && tokens.slice(first, k).some((x) => x.word && DETERMINERS.has(x.norm)) && (!/s$/.test(t.norm) || pluralBeforeVerb(tokens[k + 1]))) { last = k; continue; }
    break;
  }
  if (last < first) return null;
  if (!isSourceHead(tokens, first, last)) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

/** A participle, past form or adverb by its ending ("attended", "saying", "quickly"), not a noun in -ly ("family", "ally"). */
function endsLikeVerbOrAdverb(norm: string): boolean {
  return /(ed|ing)$/.test(norm) || (/ly$/.test(norm) && !NOT_ADVERBS_LY.test(norm));
}

/** True when t can follow a plural subject as its verb ("friends have", "voters said"): a word in -s before it was the noun, not a verb. */
function pluralBeforeVerb(t: Token | undefined): boolean {
  return !!t && t.word && (isVerbLike(t) || /^[a-z]{3,}ed$/.test(t.norm) || /^(are|were|will|would|could|should|can|may|might|must|do|did|don’t|don't|also|still|now|often)$/.test(t.norm) || SUBJECT_VERB_WORDS.test(t.norm) && !/^(the|a|an|his|her|their|its|for|from|by|into|over|than|who|which|whose)$/.test(t.norm));
}

/**
 * True when the phrase holds a past-tense verb of its own ("The senator sought to calm the crowd, and took …"): read back from a
 * participle cue, it is the clause the participle hangs on, not its subject. A participle after a determiner ("a retired teacher")
 * does not count.
 */
export function holdsClauseVerb(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let x = phrase.first; x <= phrase.last; x++) {
    const t = tokens[x]!;
    if (!t.word || isCapitalized(t) || /^(a|an|the|his|her|their|its|one)$/.test(tokens[x - 1]?.norm ?? '')) continue;
    if (/^[a-z]{3,}ed$/.test(t.norm) || (SUBJECT_VERB_WORDS.test(t.norm) && /^[a-z]{3,}$/.test(t.norm) && !/^(the|his|her|their|its|for|from|into|over|than|also|still|now|just|even|not|never|often|only|then|who|which|whose|can|may|must|shall)$/.test(t.norm))) return true;
  }
  return false;
}

/** Common verbs and function words that end a subject noun phrase read forwards ("The coach began", "Her friends have"). */
const SUBJECT_VERB_WORDS = /^(sought|brought|caught|taught|fought|bought|flew|wore|tore|swore|chose|froze|broke|woke|rode|drove|dealt|meant|slept|lent|bent|shot|forgot|hid|fed|fled|sped|spun|hung|stuck|struck|dug|swung|rang|sang|sank|drank|ate|lay|laid|understood|ground|threw|drew|grew|rose|fell|began|begun|went|came|made|took|gave|got|kept|left|met|ran|saw|sat|stood|won|lost|held|told|said|says|spoke|wrote|thought|knew|found|brought|sent|spent|felt|heard|became|put|set|let|cut|hit|led|paid|sold|built|can|may|must|shall|also|still|then|now|just|even|not|never|often|only|who|which|whose|for|from|by|into|over|than|the|a|an|his|her|their|its)$/;

/** A name (with a title before it) just before a colon: "Republican pollster Daron Shaw:", "TRUMP:". */
export function nameBeforeColon(tokens: readonly Token[], colon: number, floor: number): Phrase | null {
  let k = colon - 1;
  if (k < floor || !isCapitalized(tokens[k]!)) return null;
  let first = k;
  while (k >= floor && (isCapitalized(tokens[k]!) || (tokens[k]!.word && TITLE_WORDS.has(tokens[k]!.norm) && !/^(of|for|to|and|the|on)$/.test(tokens[k]!.norm)) || tokens[k]!.text === '.')) {
    if (tokens[k]!.word) first = k;
    k--;
  }
  if (k >= floor && tokens[k]!.word && !LEADING_CONNECTIVES.has(tokens[k]!.norm) && !DETERMINERS.has(tokens[k]!.norm) && !/^(from|by|with|to|for)$/.test(tokens[k]!.norm) && !isVerbLike(tokens[k]!)) {
    // Preceded by more words of a sentence: only a name that closes a clause after a verb is a speaker here.
    if (!/[a-z]/.test(tokens[k]!.text)) return null;
  }
  if (k >= floor && tokens[k]!.word && /^(from|by|with|to|for)$/.test(tokens[k]!.norm)) return null;
  return { start: tokens[first]!.start, end: tokens[colon - 1]!.end, first, last: colon - 1 };
}

/**
 * The first index of a short title phrase ending at token last ("Lee's attorney", "the campaign chief", "Google's chief executive"),
 * opening its clause (at the floor, or after a comma or connective), or -1: a role set before a name by a comma.
 */
function titleLead(tokens: readonly Token[], last: number, floor: number): number {
  const head = tokens[last];
  if (!head || !head.word || isCapitalized(head) || !(TITLE_HEADS.has(head.norm) || TITLE_WORDS.has(head.norm) || POSSESSED_HEADS.has(head.norm))) return -1;
  let f = last;
  while (f - 1 >= floor && last - f < 6) {
    const t = tokens[f - 1]!;
    if (t.word ? CLAUSE_OPENERS.has(t.norm) || LEADING_CONNECTIVES.has(t.norm) || CUE_PREPOSITIONS.has(t.norm) || isVerbLike(t) : !(t.text === '’' || t.text === "'" || t.text === '-')) break;
    f--;
  }
  const prev = tokens[f - 1];
  if (prev && f - 1 >= floor && prev.word && !LEADING_CONNECTIVES.has(prev.norm) && !CLAUSE_OPENERS.has(prev.norm)) return -1;
  return f;
}

/**
 * The first token of a noun phrase that opens its clause and ends at token last, before a name set off by commas ("The director of
 * the bureau, James Comey,", "Dow's chief executive, Andrew Liveris,", "One of the authors, Ari Fleischer,"), or -1. The phrase opens
 * with a determiner, a number word or a capitalised word, holds no verb, clause opener or comma, and runs at most twelve tokens.
 */
function descriptionLead(tokens: readonly Token[], last: number, floor: number): number {
  let f = last;
  while (f - 1 >= floor && last - f < 12) {
    const t = tokens[f - 1]!;
    if (!t.word && !(t.text === '’' || t.text === "'" || t.text === '-' || t.text === '.')) break;
    f--;
  }
  while (f < last && tokens[f]!.word && LEADING_CONNECTIVES.has(tokens[f]!.norm)) f++;
  const prev = tokens[f - 1];
  if (prev && f - 1 >= floor && (prev.word || !/^(?:[“"‘(:;—–]|--)$/.test(prev.text))) return -1;
  const open = tokens[f];
  if (!open || !open.word || !(isCapitalized(open) || /^(the|a|an|his|her|their|its|another|one|two|three|both|each|every)$/.test(open.norm))) return -1;
  for (let k = f; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (isVerbLike(t) || CLAUSE_OPENERS.has(t.norm) || /^[a-z]{3,}ed$/.test(t.norm) || SUBJECT_VERB_WORDS.test(t.norm) && !/^(the|a|an|his|her|their|its|for|from|by|into|over)$/.test(t.norm)) return -1;
  }
  const words = tokens.slice(f, last + 1).filter((t) => t.word);
  return words.length >= 2 || (words.length === 1 && !isCapitalized(words[0]!)) ? f : -1;
}

/** A dash setting off an aside: an em or en dash, or a hyphen standing alone. */
function isDash(t: Token): boolean {
  return !t.word && (t.text === '—' || t.text === '–' || t.text === '--' || t.text === '-');
}

/** Adjectives and quantifiers that open a source noun phrase before its head ("a new poll", "every recent survey"). */
const SOURCE_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'recent', 'latest', 'former', 'key', 'prominent', 'leading', 'separate', 'every', 'each', 'any', 'another', 'only', 'early', 'previous', 'earlier', 'independent', 'nonpartisan', 'bipartisan']);

/** A stance verb ("criticized", "called for") starting at token i, as [lastTokenIndex, verb], or null. */
export function stanceAt(tokens: readonly Token[], i: number): [number, string] | null {
  const t = tokens[i];
  if (!t || !t.word || isCapitalized(t)) return null;
  // Phrases are built only when the next word (or the one after a manner adverb) is a second word of a phrase this word opens:
  // this runs on every word of every sentence with a cue, and common verbs ("made", "put") open phrases.
  const seconds = STANCE_PHRASE_SECONDS.get(t.norm);
  const next = seconds ? tokens[i + 1] : undefined;
  if (next && seconds!.has(next.norm)) {
    const two = `${t.norm} ${next.norm}`;
    // "made no mention of", "came out in support of": the longest phrases first.
    for (const parts of STANCE_LONG.get(two) ?? []) {
      if (parts.every((p, k) => k < 2 || tokens[i + k]?.norm === p)) return [i + parts.length - 1, parts.join(' ')];
    }
    // "took aim at", "pushed back on": a three-word phrasal stance first.
    const third = tokens[i + 2];
    if (third?.word && STANCE_THREE_WORD.has(two)) {
      const three = `${two} ${third.norm}`;
      if (STANCE_VERBS.has(three)) return [i + 2, three];
    }
    if (STANCE_VERBS.has(two)) return [i + 1, two];
  }
  // "talked openly about", "spoke highly of": a manner adverb inside a two-word phrase.
  const after = next ? tokens[i + 2] : undefined;
  if (after && after.word && seconds!.has(after.norm) && isMannerAdverb(next!.norm) && STANCE_VERBS.has(`${t.norm} ${after.norm}`)) return [i + 2, `${t.norm} ${after.norm}`];
  if (STANCE_VERBS.has(t.norm)) return [i, t.norm];
  return null;
}

/** For each first word of a stance phrase ("took" of "took aim at"), the second words that may follow it. */
const STANCE_PHRASE_SECONDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const v of STANCE_VERBS) {
    const parts = v.split(' ');
    if (parts.length < 2) continue;
    const set = m.get(parts[0]!) ?? new Set<string>();
    set.add(parts[1]!);
    m.set(parts[0]!, set);
  }
  return m;
})();
/** Stance phrases of four words or more ("made no mention of"), by their first two words. */
const STANCE_LONG: ReadonlyMap<string, readonly string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const v of STANCE_VERBS) {
    const parts = v.split(' ');
    if (parts.length < 4) continue;
    const key = `${parts[0]} ${parts[1]}`;
    m.set(key, [...(m.get(key) ?? []), parts]);
  }
  return m;
})();

/** The first two words of the three-word stance phrases ("took aim"). */
const STANCE_THREE_WORD: ReadonlySet<string> = new Set([...STANCE_VERBS].map((v) => v.split(' ')).filter((p) => p.length > 2).map((p) => `${p[0]} ${p[1]}`));


/** The noun phrase right before a stance verb, read strictly: a name with its title, a pronoun, or a short group phrase ("the Democrats"). */
export function strictSourceBefore(tokens: readonly Token[], cueFirst: number, floor: number): Phrase | null {
  let j = cueFirst - 1;
  while (j >= floor && tokens[j]!.word && (TIME_ADVERBS.has(tokens[j]!.norm) || GAP_ADVERBS.has(tokens[j]!.norm))) j--;
  if (j < floor) return null;
  const head = tokens[j]!;
  if (!head.word) return null;
  if (SUBJECT_PRONOUNS[head.norm] || SPEAKER_SELF_PRONOUNS.has(head.norm) || head.norm === 'who') {
    if (tokens[j - 1]?.word && !CLAUSE_OPENERS.has(tokens[j - 1]!.norm) && !LEADING_CONNECTIVES.has(tokens[j - 1]!.norm) && head.norm !== 'who' && !/^(i|he|she|they|we)$/.test(head.norm)) return null;
    return { start: head.start, end: head.end, first: j, last: j };
  }
  let first = j;
  for (let k = j; k >= floor; k--) {
    const t = tokens[k]!;
    const ok = t.word
      ? isCapitalized(t) || DETERMINERS.has(t.norm) || TITLE_WORDS.has(t.norm) || GROUP_NOUNS.has(t.norm) || SHARE_NOUNS.has(t.norm) || /^\d/.test(t.norm) || /(al|ic|ive|an|ese|ish)$/.test(t.norm) && k < j || (k < j && SOURCE_ADJECTIVES.has(t.norm))
      : t.text === '’' || t.text === "'" || t.text === '-' || t.text === '.' || t.text === '/';
    if (!ok || (t.word && /^(of|for|to|and|the|on)$/.test(t.norm) && k === j)) break;
    if (t.word && (t.norm === 'to' || t.norm === 'and' || t.norm === 'for' || t.norm === 'on')) break;
    // "As the governor criticized …", "While Democrats praised …": a capitalised subordinator opens the clause, not the name.
    if (t.word && k < j && CLAUSE_OPENERS.has(t.norm)) break;
    first = k;
  }
  while (first <= j && !tokens[first]!.word) first++;
  while (first < j && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm)) first++;
  if (first > j || !isSourceHead(tokens, first, j)) return null;
  // A capitalised word opening the sentence before a lower-case noun is a determiner or adverb, not a name: keep it only as part of a name run.
  return trimSource(tokens, first, j);
}

/**
 * A past-tense verb not in the lexicon ("barked", "riffed", "opined"), accepted only in the tight frame right next to a direct quote
 * ('“…,” Smith barked.'), where the position leaves no other reading.
 */
export function looseVerbAt(tokens: readonly Token[], i: number): [number, string] | null {
  const t = tokens[i];
  if (!t || !t.word || isCapitalized(t) || !/^[a-z]{3,}ed$/.test(t.text) || /^(need|indeed|hundred|speed|seed|feed|shed|bleed|breed|proceed|exceed|succeed|freed|agreed)$/.test(t.norm)) return null;
  return [i, t.norm];
}

import type { Token } from './tokenize.js';
import type { Quantity } from './scan-quantities.js';
import { matchPhrase } from './scan-quantities.js';
import {
  AUX_WORDS, BASE_VERBS, COORDINATORS, DECREASE_WORDS, INCREASE_WORDS, LOWER_VERBS, RAISE_VERBS, IRREGULAR_PLURALS, IRREGULAR_VERBS, MONTHS, NON_EVENT_ING,
  NON_PLURAL_S, NON_VERB_ED, NP_NON_HEADS, NP_STOP_WORDS, SMALL_NUMBERS, SCALE_WORDS, WEEKDAYS,
} from './lexicon.js';

/** Words a counted noun phrase may not contain. */
function isNpWord(t: Token): boolean {
  if (t.type !== 'w' || t.lower.includes("'")) return false; // "that's", "England's"
  if (NP_STOP_WORDS.has(t.lower) || MONTHS.has(t.lower) && /^[A-Z]/.test(t.text) || WEEKDAYS.has(t.lower)) return false;
  if (SMALL_NUMBERS.has(t.lower) || SCALE_WORDS.has(t.lower)) return false;
  return true;
}

export function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3 || NON_PLURAL_S.has(w)) return false;
  if (!w.endsWith('s') || /(?:ss|us|is|ous|'s)$/.test(w)) return false;
  return true;
}

/** Past tense, participle or a listed event verb: "arrested", "sent", "netted". */
export function isPastVerb(w: string): boolean {
  if (IRREGULAR_VERBS.has(w)) return true;
  return w.length >= 5 && w.endsWith('ed') && !NON_VERB_ED.has(w);
}

function isVerbLike(w: string): boolean {
  return isPastVerb(w) || BASE_VERBS.has(w) || w.length >= 6 && w.endsWith('ing') && !NON_EVENT_ING.has(w);
}

/**
 * The counted noun phrase starting at token j, with its modifiers: "alleged users", "voluntary treatment clinics".
 * It ends on the last plural noun (or, for "one", the noun after it) before a verb, a function word or punctuation.
 * Why heuristic: news noun phrases after a figure are short and regular; a tagger would cost more than it adds here.
 */
export function readCountedNoun(toks: readonly Token[], j: number, singular: boolean): [number, number] | null {
  const words: number[] = [];
  let k = j;
  let sawPlural = -1;
  while (k < toks.length && words.length < 6) {
    const t = toks[k]!;
    // model numbers inside a name: "30 Airbus A320 planes", "12 Boeing 787 jets"
    if (t.type === 'n' && words.length > 0 && /^[A-Z]/.test(toks[k - 1]!.text) && /^\d+$/.test(t.text)) {
      words.push(k);
      k++;
      continue;
    }
    // a letter-and-digit model code: "A320", "F35", "MH17"
    if (t.type === 'w' && words.length > 0 && /^[A-Z]{1,3}$/.test(t.text) && toks[k + 1]?.type === 'n' && toks[k + 1]!.glued && /^\d+$/.test(toks[k + 1]!.text)) {
      words.push(k, k + 1);
      k += 2;
      continue;
    }
    if (t.type === 'p') {
      // hyphen compounds stay inside: "drug-users", "anti-drug"
      if (t.text === '-' && t.glued && words.length > 0 && toks[k + 1]?.glued && toks[k + 1]!.type === 'w') {
        k++;
        continue;
      }
      break;
    }
    // a superlative: "the 20 most expensive restaurants", "the three least popular ministers"
    if (words.length === 0 && (t.lower === 'most' || t.lower === 'least') && toks[k + 1]?.type === 'w' && /^[a-z]/.test(toks[k + 1]!.text) && isNpWord(toks[k + 1]!)) {
      words.push(k);
      k++;
      continue;
    }
    if (!isNpWord(t)) {
      // coordinated nouns: "deep and surface mines", "new embassies or consulates"
      if ((t.lower === 'and' || t.lower === 'or') && words.length > 0) {
        const tail = coordinatedTail(toks, k + 1);
        if (tail > k) {
          for (let m = k; m <= tail; m++) if (toks[m]!.type === 'w') words.push(m);
          sawPlural = tail;
          k = tail + 1;
        }
      }
      break;
    }
    // a capitalised word after lower-case ones starts something else ("5 jobs Microsoft ...")
    if (words.length > 0 && /^[A-Z]/.test(t.text) && !/^[A-Z]/.test(toks[words[words.length - 1]!]!.text)) break;
    if (sawPlural >= 0 && isVerbLike(t.lower)) break;
    if (singular && words.length > 0 && (isVerbLike(t.lower) || /[^s]s$/.test(t.lower) && !/^[A-Z]/.test(t.text))) break; // "settlement includes"
    words.push(k);
    if (isPlural(t.lower) || /^[A-Z]{2,}s$/.test(t.text)) sawPlural = k;
    k++;
  }
  if (words.length === 0) return null;
  const firstWord = toks[words[0]!]!;
  if (NP_NON_HEADS.has(firstWord.lower) && words.length === 1) return null;
  if (sawPlural >= 0) {
    // the phrase ends with its last plural noun before a possessive or a verb
    return [words[0]!, sawPlural];
  }
  if (!singular || words[0] === j && /^(?:most|least)$/.test(firstWord.lower)) return null; // "two of the most aggressive …": no noun read
  // singular: "one person", "a single voluntary clinic": stop before any verb-like word
  let end = -1;
  for (const w of words) {
    if (isVerbLike(toks[w]!.lower) && end >= 0) break;
    end = w;
    if (words.indexOf(w) >= 2) break;
  }
  if (end < 0 || NP_NON_HEADS.has(toks[end]!.lower) || isPastVerb(toks[end]!.lower) && end === words[0]) return null;
  return [words[0]!, end];
}

/** After "and"/"or" inside a noun phrase: the index of the plural noun that closes the second conjunct, or -1. */
function coordinatedTail(toks: readonly Token[], k: number): number {
  for (let m = k; m < Math.min(toks.length, k + 5); m++) {
    const t = toks[m]!;
    if (t.text === '-' && t.glued && toks[m + 1]?.glued) continue; // "open-cast"
    if (!isNpWord(t) || isVerbLike(t.lower)) return -1;
    if (isPlural(t.lower)) return m;
  }
  return -1;
}

/** The phrase after "of" in a partitive: "half of those arrested being drug users" -> "drug users"; "25% of cases" -> "cases". */
export function readOfPhrase(toks: readonly Token[], ofIndex: number): [number, number] | null {
  let k = ofIndex + 1;
  const t = toks[k];
  if (!t) return null;
  if (/^(?:those|these|them|whom)$/.test(t.lower)) {
    // "of those arrested being drug users": the share is of the group named after the copula
    for (let m = k + 1; m < Math.min(toks.length, k + 7); m++) {
      const w = toks[m]!;
      if (w.type === 'p') break;
      if (/^(?:being|were|are|was|is)$/.test(w.lower)) {
        const np = readCountedNoun(toks, m + 1, false) ?? readCountedNoun(toks, m + 1, true);
        if (np) return np;
      }
    }
    // no group named after a copula: the demonstrative phrase itself ("those polled")
    let e = k;
    while (e + 1 < Math.min(toks.length, k + 3) && toks[e + 1]!.type === 'w' && isPastVerb(toks[e + 1]!.lower) && !/^(?:said|told|had|did)$/.test(toks[e + 1]!.lower)) e++;
    return e > k ? [k, e] : null;
  }
  while (toks[k] && /^(?:the|its|their|his|her|our|all|a|an|this|these|that)$/.test(toks[k]!.lower)) k++;
  if (toks[k] && (toks[k]!.type === 'n' && !toks[k + 1]?.glued || SMALL_NUMBERS.has(toks[k]!.lower))) k++;
  // a possessive opens the phrase: "half of the world's mobile phones", "a third of India's beer market"
  if (toks[k] && toks[k]!.type === 'w' && /^[a-z]+['’]s$/i.test(toks[k]!.text) && toks[k + 1]?.type === 'w') {
    const owned = readCountedNoun(toks, k + 1, false) ?? readCountedNoun(toks, k + 1, true);
    return owned ? [k, owned[1]] : null;
  }
  return readCountedNoun(toks, k, false) ?? readCountedNoun(toks, k, true);
}

/**
 * "of whom 25 were men", "Of the 40 victims, 12 were children": a bare count whose noun follows a copula.
 * Only a plural noun phrase right after "were"/"are" counts ("12 were arrested" names no noun).
 */
export function readNounAfterCopula(toks: readonly Token[], k: number): [number, number] | null {
  if (!/^(?:were|are)$/.test(toks[k]?.lower ?? '')) return null;
  let j = k + 1;
  if (/^(?:all|also|still|now|either|both|mostly|mainly)$/.test(toks[j]?.lower ?? '')) j++;
  const t = toks[j];
  if (!t || t.type !== 'w' || isPastVerb(t.lower) || /ing$/.test(t.lower)) return null;
  return readCountedNoun(toks, j, false);
}

/** A short noun phrase written right before token `end` (inclusive), for subjects like "sales rose 5%". */
function readNounBefore(toks: readonly Token[], end: number): [number, number] | null {
  let k = end;
  let first = -1;
  let n = 0;
  while (k >= 0 && n < 4) {
    const t = toks[k]!;
    if (t.type !== 'w' || !isNpWord(t) || isPastVerb(t.lower)) break;
    first = k;
    k--;
    n++;
  }
  if (first < 0) return null;
  // an owner before the phrase belongs to it: "the company's profits", "Britain's jobless rate"
  const owner = toks[first - 1];
  if (owner && owner.type === 'w' && /^[a-z]+['’]s$/i.test(owner.text)) first--;
  return [first, end];
}

/**
 * The event the figure belongs to: the verb after its noun phrase ("people have been arrested"), else the verb
 * before the figure ("netted 1,055", "sending more than 300"). Relative clauses are skipped
 * ("15 clients who used to receive treatment stopped it" -> "stopped").
 */
export function findPredicate(toks: readonly Token[], q: Quantity): number | null {
  const tail = q.np ? q.np[1] : q.last;
  let k = tail + 1;
  if (toks[k]?.text === ',' && /^(?:who|which)$/.test(toks[k + 1]?.lower ?? '')) k++;
  const rel = toks[k];
  if (rel && /^(?:who|that|which)$/.test(rel.lower)) {
    let seen = false;
    for (let m = k + 1; m < Math.min(toks.length, k + 14); m++) {
      const t = toks[m]!;
      if (t.type === 'p' && t.text !== '-') break;
      if (t.type !== 'w' || AUX_WORDS.has(t.lower) && !/^(?:said|set)$/.test(t.lower)) continue;
      if (isPastVerb(t.lower) || BASE_VERBS.has(t.lower)) {
        if (seen && isPastVerb(t.lower)) return m;
        seen = true;
      }
    }
    return null;
  }
  // a prepositional phrase after the noun: "200 jobs at the Department of the Environment have been earmarked"
  if (q.np && /^(?:at|in|from|across|of|for|on|with)$/.test(toks[k]?.lower ?? '')) {
    let m = k + 1;
    while (m < Math.min(toks.length, k + 10) && toks[m]!.type === 'w' && !AUX_WORDS.has(toks[m]!.lower) && !isPastVerb(toks[m]!.lower) && !/^(?:who|that|which)$/.test(toks[m]!.lower)) m++;
    if (m > k + 1 && toks[m]?.type === 'w' && (AUX_WORDS.has(toks[m]!.lower) || isPastVerb(toks[m]!.lower))) k = m;
  }
  let aux = false;
  let modal = false;
  // adverbs inside the verb group are stepped over: "will also be closed", "have not yet been paid", "are now expected"
  while (toks[k] && toks[k]!.type === 'w' && (AUX_WORDS.has(toks[k]!.lower) || aux && (/^[a-z]{3,}ly$/.test(toks[k]!.text) || /^(?:also|still|now|not|never|yet|already|soon|then|just)$/.test(toks[k]!.lower)))) {
    const w = toks[k]!.lower;
    if (/^(?:will|would|could|can|may|might|must|should|shall)$/.test(w) || w === 'to' && aux) modal = true;
    if (isPastVerb(w) && aux && !/^(?:been|said|had|got|set|known|thought|believed|expected|estimated|feared)$/.test(w)) return k;
    aux = true;
    k++;
  }
  const v = toks[k];
  if (v && v.type === 'w') {
    if (isPastVerb(v.lower) && !(q.np === null && v.lower === 'said')) return k;
    if ((aux || modal) && v.lower.endsWith('ing') && !NON_EVENT_ING.has(v.lower)) return k;
    if (modal && !NP_STOP_WORDS.has(v.lower) && !SMALL_NUMBERS.has(v.lower)) return k;
    if (q.np && BASE_VERBS.has(v.lower)) return k;
  }
  // "reduce wage costs by $500m": the verb of the object the change applies to
  if (toks[q.first - 1]?.lower === 'by' && q.kind !== 'count') {
    const object = readObjectWithVerb(toks, q.first - 2);
    if (object && !/^(?:said|says|told|according)$/.test(toks[object.verb]!.lower)) return object.verb;
  }
  // The verb before: skip determiners, adverbs and "a further".
  let b = q.first - 1;
  let skipped = 0;
  while (b >= 0 && skipped < 3) {
    const t = toks[b]!;
    if (t.type !== 'w') break;
    // "lent Russia $6bn": one capitalised indirect object between the verb and the figure
    if (/^[A-Z][a-z]+$/.test(t.text) && b > 0 && toks[b - 1]!.type === 'w' && isPastVerb(toks[b - 1]!.lower) && !/^(?:said|told)$/.test(toks[b - 1]!.lower)) {
      b--;
      skipped++;
      continue;
    }
    if (/^(?:the|a|an|its|their|his|her|our|some|another|further|additional|extra|only|just|also|still|already|total|nearly|by|to|up|down|for)$/.test(t.lower) || t.lower.endsWith('ly') && t.lower.length > 4) {
      b--;
      skipped++;
      continue;
    }
    break;
  }
  // "posted a record loss of 68m euros": the verb before the noun the figure measures
  if (toks[b]?.lower === 'of' && (q.kind === 'money' || q.kind === 'rate')) {
    let m = b - 1;
    let n = 0;
    while (m >= 0 && n < 4 && toks[m]!.type === 'w' && !isVerbLike(toks[m]!.lower) && !/^(?:of|in|to|for|by|with|at|on|from)$/.test(toks[m]!.lower)) {
      m--;
      n++;
    }
    const v = toks[m];
    if (n > 0 && v && v.type === 'w' && isVerbLike(v.lower) && !/^(?:said|says|told)$/.test(v.lower)) return m;
  }
  const w = toks[b];
  // after a modal or "to" any content word is the verb: "will close 12 libraries", "plans to hire 30", and with an
  // adverb between: "will also provide six", "plans to quickly hire 30"
  const modalAt = (i: number) => /^(?:will|would|could|can|may|might|must|should|to)$/.test(toks[i]?.lower ?? '');
  const adverbAt = (i: number) => toks[i]?.type === 'w' && (/^(?:also|still|now|then|soon|not|never|only|just|first|initially|eventually|ultimately|immediately)$/.test(toks[i]!.lower) || /^[a-z]{3,}ly$/.test(toks[i]!.text));
  if (w && w.type === 'w' && /^[a-z]+$/.test(w.text) && (modalAt(b - 1) || (adverbAt(b - 1) && modalAt(b - 2))) && !NP_STOP_WORDS.has(w.lower)) return b;
  if (w && w.type === 'w' && isVerbLike(w.lower) && !/^(?:said|says|told|according)$/.test(w.lower)) return b;
  return null;
}

/** "along with 561 alleged traffickers": the figure shares the verb of the clause before it. */
export function isCoordinated(toks: readonly Token[], q: Quantity): boolean {
  for (const parts of COORDINATOR_PARTS) {
    const start = q.first - parts.length;
    if (start >= 0 && matchPhrase(toks, start, parts) === q.first - 1) return true;
  }
  return false;
}
const COORDINATOR_PARTS: ReadonlyArray<readonly string[]> = COORDINATORS.map((c) => c.split(' '));

/** A change stated with the figure: "rose 5%", "fell by 300", "up 3 points", "a 15 per cent jump". */
export function findChange(toks: readonly Token[], q: Quantity): 'increase' | 'decrease' | null {
  let b = q.first - 1;
  // "to $10m" after a change verb is the new level, not the change; "from 200" the old one.
  if (toks[b]?.lower === 'to' || toks[b]?.lower === 'from' || toks[b]?.lower === 'at') return null;
  if (toks[b]?.lower === 'by') {
    // "raising council tax by 4.9%", "cut the deficit by £2bn": a verb that changes its object, a few words back
    for (let k = b - 2; k >= Math.max(0, b - 5) && toks[k]!.type === 'w'; k--) {
      if (RAISE_VERBS.has(toks[k]!.lower)) return 'increase';
      if (LOWER_VERBS.has(toks[k]!.lower)) return 'decrease';
    }
    b--;
  }
  for (let n = 0; n < 2 && b >= 0; n++, b--) {
    const t = toks[b]!;
    if (t.type !== 'w') break;
    if (INCREASE_WORDS.has(t.lower) && t.lower !== 'more' && t.lower !== 'higher') return 'increase';
    if (DECREASE_WORDS.has(t.lower) && !/^(?:less|fewer|lower|loss|cut|cuts|lose|lost)$/.test(t.lower)) return 'decrease';
    if (/^(?:cut|cuts|lost|lose|loses)$/.test(t.lower) && n === 0) return 'decrease';
    if (!(t.lower.endsWith('ly') || /^(?:a|an|the|some|about|nearly|almost|around|roughly|only|just|another|further|by)$/.test(t.lower))) break;
  }
  const a = toks[q.last + 1];
  if (a && a.type === 'w' && !a.glued) {
    if (/^(?:more|higher|up|extra|additional|increase|rise|jump|gain|growth|hike|surge|boost|uplift|climb|leap)$/.test(a.lower)) return 'increase';
    if (/^(?:fewer|less|lower|down|fall|drop|decline|cut|cuts|reduction|decrease|slump|dip|slide|plunge)$/.test(a.lower)) return 'decrease';
  }
  return null;
}

/** The subject of a percent or money figure: the noun before a change verb ("sales rose 6.2%"), or before "of"/"was" ("revenue of $5m"). */
export function findSubjectBefore(toks: readonly Token[], q: Quantity): [number, number] | null {
  let b = q.first - 1;
  while (b >= 0 && /^(?:just|only|nearly|about|almost|around|roughly|some|a|an)$/.test(toks[b]!.lower)) b--;
  // "At 2.6%, inflation remains ...": a fronted figure is about the subject after its comma
  if (toks[b]?.lower === 'at' && (b === 0 || /^(?:[,;:"“]|that|but|and)$/i.test(toks[b - 1]!.text)) && toks[q.last + 1]?.text === ',') {
    let k = q.last + 2;
    while (toks[k] && SUBJECT_DETERMINERS.test(toks[k]!.lower)) k++;
    const fronted = readCountedNoun(toks, k, false) ?? readCountedNoun(toks, k, true);
    if (fronted) return fronted;
  }
  // "a record loss of 68m euros", "revenue of $5m"
  if (toks[b]?.lower === 'of') return readNounBefore(toks, b - 1);
  // "cut wage costs by $500m", "pushed crude oil prices past $50": the object of the verb before the preposition
  if (/^(?:by|to|past|above|below|beyond)$/.test(toks[b]?.lower ?? '')) {
    const object = readObjectBefore(toks, b - 1);
    if (object) return object;
  }
  // "lifted interest rates 0.25%": a plural object right before a percent (before a sum it is more often the payee)
  if (q.kind === 'percent' && toks[b]?.type === 'w') {
    const object = readObjectBefore(toks, b);
    if (object) return object;
  }
  if (/^(?:past|above|below|beyond|over|under)$/.test(toks[q.first]?.lower ?? '')) {
    const object = readObjectBefore(toks, q.first - 1);
    if (object) return object;
  }
  // "sales rose 6.2%", "profits fell by 12%", "unemployment is 5%", "US crude was trading at $51.39"
  const prep = /^(?:by|to|at)$/.test(toks[b]?.lower ?? '');
  if (prep) b--;
  const v = toks[b];
  if (!v || v.type !== 'w') return null;
  // "losses had deepened to £51.6m": any past-tense verb before "to"/"by" links the figure to the noun before it
  const isLink = prep && isPastVerb(v.lower) && !/^(?:said|told)$/.test(v.lower) || INCREASE_WORDS.has(v.lower) || DECREASE_WORDS.has(v.lower) || /^(?:is|was|are|were|been|weighs|weighed|weighing|measures|measured|measuring|spans|spanned|covers|covered|stood|stands|reached|totalled|totaled|hit|worth|valued|cost|costs|be|trading|traded|closed|ended|finished|opened|priced|averaged|amounted|came)$/.test(v.lower);
  if (!isLink) return null;
  let e = b - 1;
  while (e >= 0 && toks[e]!.type === 'w' && /^(?:has|have|had|will|would|could|may|might|also|now|already|been|be|to|expected|likely|was|were|is|are|still|being)$/.test(toks[e]!.lower)) e--;
  if (e < 0) return null;
  const np = readNounBefore(toks, e);
  // "Shares in Acme, the carmaker, fell 5%": the noun before the verb sits in a phrase; the clause's subject opens it
  let d = np ? np[0] - 1 : e;
  // "in the fifth biggest US carrier": back over determiners and modifiers to what governs the phrase
  // ("between Leeds and York": names joined by "and" stay one phrase)
  const joinsNames = (k: number) => /^(?:and|or)$/.test(toks[k]!.lower) && /^[A-Z]/.test(toks[k - 1]?.text ?? '') && /^[A-Z]/.test(toks[k + 1]?.text ?? '');
  for (let n = 0; d >= 0 && n < 4 && toks[d]!.type === 'w' && !PREPOSITIONS.test(toks[d]!.lower) && !isVerbLike(toks[d]!.lower) && !AUX_WORDS.has(toks[d]!.lower) && (!CLAUSE_OPENERS.has(toks[d]!.lower) || joinsNames(d)); n++) d--;
  const embedded = !np || d >= 0 && (toks[d]!.text === ',' || PREPOSITIONS.test(toks[d]!.lower) || toks[d]!.lower.endsWith("'s"));
  return embedded ? readClauseSubject(toks, e) ?? np : np;
}

const PREPOSITIONS = /^(?:of|in|on|at|for|from|with|between|among|across|within|without|under|over|near|behind|beyond|inside|outside|via|like)$/;
const SUBJECT_DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/;
/** Words after which a new clause, and so a new subject, starts. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'while', 'as', 'when', 'after', 'because', 'if', 'although', 'though', 'since', 'which', 'who', 'where', 'whereas']);

/**
 * The noun phrase that opens the clause ending at token e, with an "of" phrase kept ("the volume of sales"), across
 * appositives and prepositional phrases: "Shares in Acme, the carmaker," -> "Shares". Null when the clause opens otherwise.
 */
function readClauseSubject(toks: readonly Token[], e: number): [number, number] | null {
  let k = e;
  let n = 0;
  while (k > 0 && n < 30) {
    const t = toks[k - 1]!;
    // "October and December" joins two nouns; "and" before a lower-case clause opens one
    const joinsNames = t.lower === 'and' && /^[A-Z]/.test(toks[k - 2]?.text ?? '') && /^[A-Z]/.test(toks[k]?.text ?? '');
    if (/^[;:"“”(]$/.test(t.text) || t.type === 'w' && (CLAUSE_OPENERS.has(t.lower) && !joinsNames || /^(?:said|says|told)$/.test(t.lower))) break;
    k--;
    n++;
  }
  // a fronted phrase: "In March, unemployment ..." starts after its comma
  if (toks[k] && (PREPOSITIONS.test(toks[k]!.lower) || /^(?:by|to|during|after|before|since|until|despite)$/.test(toks[k]!.lower))) {
    let c = k;
    while (c < e && toks[c]!.text !== ',') c++;
    if (c >= e) return null;
    k = c + 1;
  }
  while (k <= e && SUBJECT_DETERMINERS.test(toks[k]!.lower)) k++;
  const head = readPhraseAt(toks, k, e);
  if (!head) return null;
  if (toks[head[1] + 1]?.lower === 'of') {
    const tail = readPhraseAt(toks, head[1] + 2, e);
    if (tail) return [head[0], tail[1]];
  }
  return head;
}

/** Up to four noun-phrase words from token k, ending before e + 1: "US crude", "volume". */
function readPhraseAt(toks: readonly Token[], k: number, e: number): [number, number] | null {
  let m = k;
  while (m <= e && m - k < 4 && toks[m]!.type === 'w' && isNpWord(toks[m]!) && !isPastVerb(toks[m]!.lower) && !INCREASE_WORDS.has(toks[m]!.lower) && !DECREASE_WORDS.has(toks[m]!.lower)) m++;
  return m > k ? [k, m - 1] : null;
}

/** "reduce wage costs", "took crude oil prices": the object noun phrase ending at token e, when a verb stands before it. */
function readObjectBefore(toks: readonly Token[], e: number): [number, number] | null {
  return readObjectWithVerb(toks, e)?.np ?? null;
}

/**
 * A singular object after a verb that changes it, up to three words ("raising council tax", "cut the deficit"): any noun
 * may follow such a verb, where after other verbs only a plural or abstract noun is trusted to be the object.
 */
function objectOfChangeVerb(toks: readonly Token[], e: number): { np: [number, number]; verb: number } | null {
  // the object ends in a noun, not a particle or preposition ("cut its debt back to", "increase by")
  const particle = /^(?:by|to|from|at|of|in|on|for|with|into|past|above|below|beyond|back|up|down|out|off|again|than|as)$/;
  if (particle.test(toks[e]!.lower) || isPastVerb(toks[e]!.lower) || /ly$/.test(toks[e]!.lower)) return null;
  // the figure's preposition follows the object at once: "cut the deficit by", "raise the threshold to"
  if (!/^(?:by|to|beyond|past|above|below)$/.test(toks[e + 1]?.lower ?? '')) return null;
  for (let v = e - 1; v >= Math.max(0, e - 4) && toks[v]!.type === 'w'; v--) {
    if (!RAISE_VERBS.has(toks[v]!.lower) && !LOWER_VERBS.has(toks[v]!.lower)) continue;
    // a noun ("an increase in the wage", "the export boost") or an adjective ("lower than") is no verb here
    if (/^(?:a|an|the|this|that|its|their|his|her|our|any|no)$/.test(toks[v - 1]?.lower ?? '') || particle.test(toks[v + 1]!.lower)) return null;
    let a = v + 1;
    while (a < e && SUBJECT_DETERMINERS.test(toks[a]!.lower)) a++;
    for (let k = a; k <= e; k++) if (!/^[A-Za-z][a-z-]*$/.test(toks[k]!.text)) return null;
    return { np: [a, e], verb: v };
  }
  return null;
}

/** readObjectBefore with the verb it hangs on: "reduce" in "to reduce wage costs by $500m". */
export function readObjectWithVerb(toks: readonly Token[], e: number): { np: [number, number]; verb: number } | null {
  const t = toks[e];
  if (!t || t.type !== 'w') return null;
  if (!isPlural(t.lower) && !/^[a-z]{3,}[^su']s$/.test(t.lower) && !/^[a-z]+(?:tion|ment|ity|ure|ness)$/.test(t.lower)) return objectOfChangeVerb(toks, e);
  const found = readNounBefore(toks, e);
  if (!found) return null;
  const a = found[0];
  const verbAt = (k: number) => {
    const w = toks[k];
    if (!w || w.type !== 'w') return false;
    return isVerbLike(w.lower) || INCREASE_WORDS.has(w.lower) || DECREASE_WORDS.has(w.lower) || /^(?:to|will|would|could|can|may|might|must|should)$/.test(toks[k - 1]?.lower ?? '') && /^[a-z]+$/.test(w.text);
  };
  // inside the phrase only a listed verb or one after "to" or a modal: "parking charges" keeps its modifier
  const listedVerb = (k: number) => BASE_VERBS.has(toks[k]!.lower) || INCREASE_WORDS.has(toks[k]!.lower) || DECREASE_WORDS.has(toks[k]!.lower) || isPastVerb(toks[k]!.lower)
    || /^(?:to|will|would|could|can|may|might|must|should)$/.test(toks[k - 1]?.lower ?? '');
  if (a < e && listedVerb(a)) return { np: [a + 1, e], verb: a };
  let d = a - 1;
  while (d >= 0 && SUBJECT_DETERMINERS.test(toks[d]!.lower)) d--;
  return d >= 0 && verbAt(d) && !/^(?:said|says|told|is|was|are|were)$/.test(toks[d]!.lower) ? { np: [a, e], verb: d } : null;
}

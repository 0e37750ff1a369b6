/**
 * Passive attributions with the source in a "by" phrase: "The plan was criticized by economists", "Her remarks were first reported
 * by the Post". The content is the passive subject (what was said, judged or reported), the source the agent after "by".
 * Why a reader of its own: the stance and speech readers skip passives, since without "by" a passive names no source.
 */
import type { Token } from './tokens.js';
import { isCapitalized } from './tokens.js';
import { sourceAfter, isMannerAdverb } from './attribution.js';
import type { AttitudeFound, AttitudeScope } from './attitude-cues.js';
import { CLAUSE_OPENERS, LEADING_CONNECTIVES, PASSIVE_AGENT_CUES, TIME_ADVERBS, WEEKDAYS } from './lexicon.js';

const BE_PASSIVE = /^(is|are|was|were|be|been|being|'s|’s)$/;
const PASSIVE_AUX = /^(has|have|had|will|would|could|can|may|might|should|must|also|already|later|since|once|then)$/;
/** Words that open an agent phrase that is no source: "by far", "by then", "by doing so", a date or an amount. */
const NOT_AGENT_START = /^(far|then|now|contrast|comparison|mistake|default|design|accident|chance|law|hand|mail|phone|email|name|itself|himself|herself|themselves|night|day|noon|midnight|year|month|week|early|late|the end|about|around|nearly|more|less|up|down|as|much)$/;
/** Relative and demonstrative words that may head a passive subject but are no content of their own. */
const PRONOUN_SUBJECT = /^(which|that|who|whom|what|it|this|these|those|there)$/;

/** Reads "X was <verb>ed by Y" with "by" at token i, or null. */
export function readByPassive(scope: AttitudeScope, i: number): AttitudeFound[] | null {
  const { tokens, text, n, floor, used } = scope;
  if (tokens[i]?.norm !== 'by' || i + 1 >= n) return null;
  // The participle, with a weekday or time word between it and "by" ("was endorsed Friday by").
  let p = i - 1;
  while (p > floor && tokens[p]!.word && (WEEKDAYS.has(tokens[p]!.norm) || TIME_ADVERBS.has(tokens[p]!.norm))) p--;
  const part = tokens[p];
  if (!part || p <= floor || !part.word || isCapitalized(part) || !PASSIVE_AGENT_CUES.has(part.norm)) return null;
  // Back over manner adverbs ("widely", "first") to a form of "be" and its auxiliaries.
  let b = p - 1;
  while (b > floor && tokens[b]!.word && (isMannerAdverb(tokens[b]!.norm) || /^(first|also|then|later|since|often|even|all|both)$/.test(tokens[b]!.norm))) b--;
  if (b <= floor || !tokens[b]!.word || !BE_PASSIVE.test(tokens[b]!.norm)) return null;
  let auxFirst = b;
  while (auxFirst - 1 > floor && tokens[auxFirst - 1]!.word && (PASSIVE_AUX.test(tokens[auxFirst - 1]!.norm) || BE_PASSIVE.test(tokens[auxFirst - 1]!.norm))) auxFirst--;
  const cue = { start: part.start, end: part.end };
  if (used.has(cue.start)) return null;
  const subject = passiveSubject(tokens, auxFirst, floor);
  if (!subject) return null;
  const agent = tokens[i + 1]!;
  if (!agent.word || /ing$/.test(agent.norm) || /^\d/.test(agent.norm) || NOT_AGENT_START.test(agent.norm) || WEEKDAYS.has(agent.norm)) return null;
  const src = sourceAfter(tokens, i + 1, n, { stopAtComma: true, anyHead: true });
  if (!src) return null;
  // The agent phrase ends at a clause of its own ("by voters who …" keeps the relative; "by voters and then …" does not happen here).
  const srcWords = tokens.slice(src.first, src.last + 1).filter((t) => t.word).length;
  if (srcWords > 14) return null;
  return [{ start: subject.start, end: subject.end, source: { start: src.start, end: src.end }, cue, carry: null }];
}

/** The subject of the passive: back from its auxiliaries to a clause boundary, a noun phrase of at most 12 words. */
function passiveSubject(tokens: readonly Token[], auxFirst: number, floor: number): { start: number; end: number } | null {
  let first = -1;
  for (let k = auxFirst - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (/^['’.%&-]$/.test(t.text) && first >= 0) continue;
      break;
    }
    if (CLAUSE_OPENERS.has(t.norm) || /^(who|which|whom|what)$/.test(t.norm)) {
      if (first < 0 && PRONOUN_SUBJECT.test(t.norm)) return null;
      break;
    }
    // A verb of its own in the stretch means this is not one noun phrase ("He said the plan was …").
    if (/^(is|are|was|were|has|have|had|said|says|did|does|do|will|would)$/.test(t.norm)) break;
    first = k;
  }
  if (first < 0) return null;
  while (first < auxFirst - 1 && tokens[first]!.word && LEADING_CONNECTIVES.has(tokens[first]!.norm)) first++;
  let last = auxFirst - 1;
  while (last > first && !tokens[last]!.word) last--;
  if (!tokens[first]!.word || last < first) return null;
  const words = tokens.slice(first, last + 1).filter((t) => t.word);
  if (words.length > 12 || (words.length === 1 && PRONOUN_SUBJECT.test(words[0]!.norm))) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

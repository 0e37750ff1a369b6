import type { ClaimView } from './claim-view.js';
import { isGenericNoun, singular } from './claim-view.js';
import { addIntervals, gapBetween, overlap, pointOf, formatNumber, type Interval } from './interval.js';
import { describeInterval, describeParts, describeTotal, formatMoney } from './describe.js';
import type { FindingDraft } from './make-finding.js';
import { indexClaims, type ClaimIndex } from './claim-index.js';
import { areSiblings, isAdditive, isComplementPair, joinsList, sameMeasure, wordCount } from './structure.js';
import {
  CONTINUATION_EXHAUSTIVE, CONTINUATION_OPENER, EXHAUSTIVE_CUES, HEDGE_MODIFIERS, LIST_OPENER, NOUN_CONTINUATION_OPENER, PARTIAL_CUES,
  REMAINDER, TOTAL_AFTER, TOTAL_BEFORE, TOTAL_NOUNS,
} from './lexicon.js';

/** How a total and its parts were tied together, strongest first. */
type Tie =
  | 'exhaustive' // "made up of", "comprising", a colon list, "a total of" after the parts, "the rest"
  | 'partial' // "including", "of whom", "among them": some of the parts, not necessarily all
  | 'coordinated' // parts listed in one sentence, the total stated elsewhere with the same counted noun
  | 'family' // sibling categories across the article ("alleged users", "alleged traffickers") under a total that names them
  | 'weak'; // sibling categories under a general total that comes first but names none of them: never called inconsistent

export interface SumGroup {
  readonly total: ClaimView;
  readonly parts: readonly ClaimView[];
  readonly tie: Tie;
}

/** Nouns that name a general group a breakdown can split ("240 suspects": "130 suspected dealers", "104 suspected users"). */
const SUPERORDINATE_NOUNS: ReadonlySet<string> = new Set([
  'suspect', 'detainee', 'arrestee', 'prisoner', 'inmate', 'victim', 'casualty', 'patient', 'case', 'incident', 'offence',
  'applicant', 'candidate', 'participant', 'respondent', 'member', 'employee', 'worker', 'resident', 'passenger', 'student',
]);

/** Inferred groups may miss their total by this share at most; further off, the parts are not meant to make it up. */
const NEAR_MISS_SHARE = 0.1;
/** Family parts and their total must sit within this many paragraphs of each other. */
const FAMILY_PARAGRAPH_SPAN = 5;

/**
 * Sum and bound checks: a stated total against parts that make it up.
 * Why: "1,055 arrested" beside "487 users" and "561 traffickers" is the error a fact-checker most wants found.
 */
export function checkSums(groups: readonly SumGroup[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const g of groups) {
    const d = judgeGroup(g);
    if (d) drafts.push(d);
  }
  return drafts;
}

/** Every total with its parts, explicit structures first; each claim is a part of one group at most. */
export function findSumGroups(views: readonly ClaimView[], text: string): SumGroup[] {
  const additive = views.filter(isAdditive);
  const at = indexClaims(additive);
  const groups: SumGroup[] = [];
  const usedParts = new Set<string>();
  const usedTotals = new Set<string>();
  const add = (g: SumGroup | null): void => {
    if (!g || usedTotals.has(g.total.claim.id) || g.parts.some((p) => usedParts.has(p.claim.id))) return;
    if (g.parts.some((p) => p.claim.id === g.total.claim.id)) return;
    groups.push(g);
    usedTotals.add(g.total.claim.id);
    for (const p of g.parts) usedParts.add(p.claim.id);
  };
  for (const total of additive) add(forwardGroup(total, at, text));
  for (const total of additive) add(backwardGroup(total, at, text));
  for (const total of additive) add(continuationGroup(total, at, text));
  for (const part of additive) add(trailingSubsetGroup(part, at));
  for (const total of additive) add(leadingWholeGroup(total, at, text));
  for (const g of coordinatedGroups(additive, at, text, usedParts, usedTotals)) add(g);
  for (const g of familyGroups(additive, usedParts, usedTotals)) add(g);
  return groups;
}

/** "1,000 arrested, of whom 487 were users and 561 traffickers": a cue right after the total, then a list. */
function forwardGroup(total: ClaimView, at: ClaimIndex, text: string): SumGroup | null {
  const first = at.sentence(total.claim.sentence).find((v) => v.claim.start >= total.claim.end && sameMeasure(total, v));
  if (!first) return null;
  const gap = text.slice(total.claim.end, first.claim.start);
  if (wordCount(gap) > 12 || SUBSET_AFTER.test(gap) || /[.!?]["”’]?\s/.test(gap)) return null;
  const [cueStart, cueEnd] = lastCue(gap);
  if (cueEnd < 0 || wordCount(gap.slice(cueEnd)) > 5) return null;
  if (wordCount(stripLabel(gap.slice(0, cueStart), total.label)) > 4) return null;
  const exhaustive = EXHAUSTIVE_CUES.some((re) => re.test(gap));
  const partial = !exhaustive && PARTIAL_CUES.some((re) => re.test(gap));
  const opener = !exhaustive && !partial && LIST_OPENER.test(gap) && wordCount(gap) <= 5;
  if (!exhaustive && !partial && !opener) return null;
  const parts = listFrom(first, at, text);
  // "6,000 interviews, of which 1,900 were small firms": a subset cue ties a part named in its own category to the total.
  if ((opener && parts.length < 2) || (!nounsFit(total, parts) && !SUBSET_CUE.test(gap))) return null;
  if (parts.some((p) => p.interval.lo > total.interval.hi * 1.0001 && p.claim.kind === total.claim.kind && parts.length > 1)) return null;
  // A colon promises the whole list; a dash or bracket often gives only the main parts, unless they come within 10% of the total.
  const colon = opener && /:\s/.test(gap);
  const closeDash = opener && !colon && nearMiss(addIntervals(parts.map((p) => p.interval)), total.interval);
  const whole = exhaustive || colon || closeDash || endsWithRemainder(parts, text) || complementary(parts);
  return { total, parts, tie: whole ? 'exhaustive' : 'partial' };
}

/** "of whom", "of which", "among them" right after a total: what follows is a subset of it. */
const SUBSET_CUE = /\b(?:of|among) (?:whom|which|them)\b/i;

/** A figure followed by "of them" is itself the subset, not a total ("34 of them double-deckers"). */
const SUBSET_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:of|among) (?:them|whom|which|these|those)\b/i;

/** Where the last breakdown cue in a gap starts and ends, or [-1, -1]: the parts must follow it closely. */
function lastCue(gap: string): [number, number] {
  let best: [number, number] = [-1, -1];
  for (const re of [...EXHAUSTIVE_CUES, ...PARTIAL_CUES, LIST_OPENER]) {
    const g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (const m of gap.matchAll(g)) if (m.index + m[0].length > best[1]) best = [m.index, m.index + m[0].length];
  }
  return best;
}

function stripLabel(s: string, label: string | null): string {
  const t = s.trimStart();
  return label && t.toLowerCase().startsWith(label.toLowerCase()) ? t.slice(label.length) : t;
}

/**
 * Parts may be counted in the total's noun, in none, or in nouns of their own when they form a list ("12 members: seven
 * elected directors and five appointed directors"); a lone part in another noun is another quantity ("two motions ... 25 members").
 */
function nounsFit(total: ClaimView, parts: readonly ClaimView[]): boolean {
  if (total.claim.kind !== 'count' || !total.head || isGenericNoun(total)) return true;
  const foreign = parts.filter((p) => p.head && p.head !== total.head && !isGenericNoun(p));
  return foreign.length === 0 || parts.length >= 2;
}

/** "487 users and 561 traffickers, a total of 1,048": a list, then the total behind a total cue. */
function backwardGroup(total: ClaimView, at: ClaimIndex, _text: string): SumGroup | null {
  if (!TOTAL_BEFORE.test(total.before) && !TOTAL_AFTER.test(total.after)) return null;
  const before = at.sentence(total.claim.sentence).filter((v) => v.claim.end <= total.claim.start && sameMeasure(total, v));
  const last = before[before.length - 1];
  if (!last) return null;
  const gap = _text.slice(last.claim.end, total.claim.start);
  if (wordCount(gap) > 10 || !/[,;:–—-]|\b(?:and|making|bringing|taking|to)\b/i.test(gap)) return null;
  const parts = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const prev = before[i]!;
    if (!joinsList(_text.slice(prev.claim.end, parts[0]!.claim.start), prev.label)) break;
    parts.unshift(prev);
  }
  return parts.length >= 2 && nounsFit(total, parts) ? { total, parts, tie: 'exhaustive' } : null;
}

/** "... 1,000 were arrested. Of these, 487 were users and 561 traffickers.": the breakdown opens the next sentence. */
function continuationGroup(total: ClaimView, at: ClaimIndex, text: string): SumGroup | null {
  const sentence = total.sentence;
  if (!sentence) return null;
  const later = at.sentence(total.claim.sentence).filter((v) => v.claim.start > total.claim.end && sameMeasure(total, v));
  if (later.length) return null;
  const nextIndex = total.claim.sentence + 1;
  const first = at.sentence(nextIndex).find((v) => sameMeasure(total, v));
  if (!first || !first.sentence) return null;
  const opening = text.slice(first.sentence.start, first.claim.start);
  const own = NOUN_CONTINUATION_OPENER.exec(opening);
  // "The budget is made up of …" after "a £48 million budget": the noun must be the total's own, or a word for any total.
  const noun = own ? singular(own[1]!.toLowerCase()) : null;
  const totalNoun = total.head ?? (total.claim.subject ? singular(total.claim.subject.toLowerCase().split(/\s+/).pop()!) : null);
  const m = CONTINUATION_OPENER.exec(opening) ?? (own && noun && (noun === totalNoun || TOTAL_NOUNS.has(noun)) ? own : null);
  if (!m || wordCount(opening) > 10) return null;
  const parts = listFrom(first, at, text);
  if (!nounsFit(total, parts)) return null;
  const exhaustive = CONTINUATION_EXHAUSTIVE.test(m[0]) || endsWithRemainder(parts, text) || complementary(parts);
  return { total, parts, tie: exhaustive ? 'exhaustive' : 'partial' };
}

/** "61 lifts, 34 of them double-deckers": a part whose own cue points back to the figure before it. */
function trailingSubsetGroup(part: ClaimView, at: ClaimIndex): SumGroup | null {
  if (!/^\s*(?:of|among) (?:them|these|those)\b/i.test(part.after)) return null;
  const earlier = at.sentence(part.claim.sentence).filter((v) => v.claim.end <= part.claim.start && sameMeasure(part, v));
  const inSentence = earlier[earlier.length - 1];
  if (inSentence) {
    if (wordCount(part.before.slice(inSentence.claim.end - (part.sentence?.start ?? 0))) > 8) return null;
    return { total: inSentence, parts: [part], tie: 'partial' };
  }
  // "... apprehended 31,000 pupils. In almost 14,000 of those cases, ...": the figure opens its sentence and points back.
  if (wordCount(part.before) > 3) return null;
  const previous = at.sentence(part.claim.sentence - 1).filter((v) => sameMeasure(part, v));
  const total = previous[previous.length - 1];
  return total && total.interval.lo >= part.interval.lo ? { total, parts: [part], tie: 'partial' } : null;
}

/**
 * "Of the 15 awards, 10 went to newcomers. ... The other five went to ...": a whole that opens its sentence, the part
 * after it, and a remainder ("the other", "the remaining", "the rest") within the next two sentences.
 */
function leadingWholeGroup(total: ClaimView, at: ClaimIndex, text: string): SumGroup | null {
  if (!/^\s*(?:of|among)\s+(?:the|all|these|those|its|their)?\s*$/i.test(total.before)) return null;
  const first = at.sentence(total.claim.sentence).find((v) => v.claim.start > total.claim.end && sameMeasure(total, v));
  if (!first || !/,\s*$/.test(text.slice(total.claim.end, first.claim.start)) || wordCount(text.slice(total.claim.end, first.claim.start)) > 10) return null;
  const parts = listFrom(first, at, text);
  const remainder = [...at.sentence(total.claim.sentence + 1), ...at.sentence(total.claim.sentence + 2)].find((v) => sameMeasure(total, v) && REMAINDER.test(v.before));
  if (remainder) return { total, parts: [...parts, remainder], tie: 'exhaustive' };
  return { total, parts, tie: endsWithRemainder(parts, text) || complementary(parts) ? 'exhaustive' : 'partial' };
}

/** From one part, the following figures of the same sentence that join it as items of one list. */
function listFrom(first: ClaimView, at: ClaimIndex, text: string): ClaimView[] {
  const parts = [first];
  const rest = at.sentence(first.claim.sentence).filter((v) => v.claim.start > first.claim.end && sameMeasure(first, v));
  for (const next of rest) {
    const prev = parts[parts.length - 1]!;
    if (!joinsList(text.slice(prev.claim.end, next.claim.start), prev.label)) break;
    parts.push(next);
  }
  return parts;
}

function endsWithRemainder(parts: readonly ClaimView[], _text: string): boolean {
  const last = parts[parts.length - 1];
  return parts.length >= 2 && !!last && REMAINDER.test(last.before);
}

/** Two parts that are a known complementary pair ("men", "women") cover their whole between them. */
function complementary(parts: readonly ClaimView[]): boolean {
  if (parts.length !== 2) return false;
  const [a, b] = parts.map(categoryWord) as [string | null, string | null];
  return !!a && !!b && a !== b && isComplementPair(a, b);
}

/** The category a part names: its counted noun, or the word after "were" ("25 were men"). */
function categoryWord(v: ClaimView): string | null {
  if (v.head) return v.head;
  const m = /^\s*(?:were|was|are|is)\s+([a-z-]+)/i.exec(v.after);
  return m ? singular(m[1]!) : null;
}

/**
 * Parts listed in one sentence ("1,100 jobs will go in banking while 1,200 and 550 will go in IT and HR")
 * and a total elsewhere that counts the same noun ("2,850 jobs").
 */
function coordinatedGroups(views: readonly ClaimView[], at: ClaimIndex, text: string, usedParts: ReadonlySet<string>, usedTotals: ReadonlySet<string>): SumGroup[] {
  const out: SumGroup[] = [];
  const counts = views.filter((v) => (v.claim.kind === 'count' || v.claim.kind === 'money') && !usedParts.has(v.claim.id));
  const chains: ClaimView[][] = [];
  let chain: ClaimView[] = [];
  for (const v of counts) {
    const prev = chain[chain.length - 1];
    const elided = v.head === null || prev?.head === v.head;
    if (prev && sameMeasure(prev, v) && prev.claim.sentence === v.claim.sentence && joinsList(text.slice(prev.claim.end, v.claim.start), prev.label, elided ? 20 : 8)) chain.push(v);
    else {
      if (chain.length >= 2) chains.push(chain);
      chain = [v];
    }
  }
  if (chain.length >= 2) chains.push(chain);

  for (const parts of chains) {
    if (parts.some((p) => TOTAL_BEFORE.test(p.before) || TOTAL_AFTER.test(p.after))) continue;
    const heads = effectiveHeads(parts);
    const head = heads[0];
    if (parts[0]!.claim.kind === 'money' || !head || heads.some((h) => h !== head) || isGenericHeadOnly(parts)) {
      const adjacent = adjacentExactTotal(parts, at, usedTotals);
      if (adjacent) out.push({ total: adjacent, parts, tie: 'coordinated' });
      continue;
    }
    const biggest = Math.max(...parts.map((p) => p.interval.hi));
    if (parts.some((p) => p.modifiers.some((m) => WHOLE_MODIFIERS.has(m)))) continue;
    const candidates = at
      .head(head)
      .filter((t) => t.claim.kind === 'count' && !parts.includes(t) && !usedTotals.has(t.claim.id) && t.head === head && t.interval.lo > biggest && isMoreGeneral(t, parts))
      .sort((a, b) => Math.abs(a.paragraph - parts[0]!.paragraph) - Math.abs(b.paragraph - parts[0]!.paragraph));
    const sum = addIntervals(parts.map((p) => p.interval));
    const matching = candidates.find((t) => overlap(sum, t.interval));
    if (matching) {
      out.push({ total: matching, parts, tie: 'coordinated' });
      continue;
    }
    const linked = candidates.find((t) => nearMiss(sum, t.interval) && coordinatedLink(t, parts));
    if (linked) out.push({ total: linked, parts, tie: 'coordinated' });
  }
  return out;
}

/**
 * A list whose nouns say nothing ("just 24 issued, while attendance improved in 776 cases") is tied to the figure just
 * before it only when all are exact and add up exactly: that match is itself the evidence, so it never yields a contradiction.
 */
function adjacentExactTotal(parts: readonly ClaimView[], at: ClaimIndex, usedTotals: ReadonlySet<string>): ClaimView | null {
  if (parts.some((p) => p.claim.qualifier !== 'exact' || p.claim.value === null)) return null;
  const first = parts[0]!;
  const near = [...at.sentence(first.claim.sentence - 1), ...at.sentence(first.claim.sentence)];
  const before = near.filter((v) => sameMeasure(v, first) && v.claim.end <= first.claim.start && !parts.includes(v));
  const total = before[before.length - 1];
  if (!total || usedTotals.has(total.claim.id) || total.claim.qualifier !== 'exact') return null;
  const sum = parts.reduce((acc, p) => acc + p.claim.value!, 0);
  return sum === total.claim.value ? total : null;
}

/** Modifiers that make a figure a whole, never one of several parts ("2,279 total subsidiaries"). */
const WHOLE_MODIFIERS: ReadonlySet<string> = new Set(['total', 'overall', 'combined', 'all', 'entire', 'whole', 'cumulative']);

/**
 * A whole is named at least as generally as each part: "jobs" over "banking jobs", never "tax haven subsidiaries" over
 * "total subsidiaries". Why: a figure with the same or a narrower noun than a part is a sibling or a subset, not the whole.
 */
function isMoreGeneral(total: ClaimView, parts: readonly ClaimView[]): boolean {
  const own = total.modifiers.filter((m) => !HEDGE_MODIFIERS.has(m) && !WHOLE_MODIFIERS.has(m));
  if (!own.length) return true;
  return parts.every((p) => p.head === null || (own.every((m) => p.modifiers.includes(m)) && p.modifiers.length > own.length));
}

/** Heads of a list, an elided noun carried from the item before ("14 seats ... and the 13 where"). */
function effectiveHeads(parts: readonly ClaimView[]): Array<string | null> {
  let carried: string | null = null;
  return parts.map((p) => (carried = p.head ?? carried));
}

function isGenericHeadOnly(parts: readonly ClaimView[]): boolean {
  return parts.every((p) => p.head === null || isGenericNoun(p));
}

/** An inferred total is trusted to be contradicted only when it comes first, close by, and names the same event. */
function coordinatedLink(total: ClaimView, parts: readonly ClaimView[]): boolean {
  const first = parts[0]!;
  if (total.claim.start > first.claim.start) return false;
  if (first.paragraph - total.paragraph > 1) return false;
  if (TOTAL_BEFORE.test(total.before) || TOTAL_AFTER.test(total.after)) return true;
  return total.predicate !== null && parts.every((p) => p.predicate === null || p.predicate === total.predicate);
}

/**
 * Sibling categories stated across the article ("487 alleged users", "561 alleged traffickers") and a total
 * whose sentence names one of them ("1,055 ..., roughly half of those arrested being drug users").
 */
function familyGroups(views: readonly ClaimView[], usedParts: ReadonlySet<string>, usedTotals: ReadonlySet<string>): SumGroup[] {
  const counts = views.filter((v) => v.claim.kind === 'count' && v.head && !isGenericNoun(v));
  const byCategory = new Map<string, ClaimView[]>();
  for (const v of counts) {
    const key = categoryKey(v);
    const members = byCategory.get(key);
    if (members) members.push(v);
    else byCategory.set(key, [v]);
  }
  const keys = [...byCategory.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  // Whether two categories are siblings depends only on their members' nouns and modifiers: one member of each
  // wording is enough (a long document names one category thousands of times).
  const wordings = new Map(keys.map((k) => [k, distinctWordings(byCategory.get(k)!)]));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = wordings.get(keys[i]!)!;
      const b = wordings.get(keys[j]!)!;
      if (a.some((x) => b.some((y) => areSiblings(x, y) && !sameCategory(x, y)))) parent.set(find(keys[i]!), find(keys[j]!));
    }
  }
  const families = new Map<string, string[]>();
  for (const k of keys) {
    const family = families.get(find(k));
    if (family) family.push(k);
    else families.set(find(k), [k]);
  }

  const out: SumGroup[] = [];
  for (const members of families.values()) {
    if (members.length < 2) continue;
    const parts = members.map((k) => categoryFigure(byCategory.get(k)!)).sort((a, b) => a.claim.start - b.claim.start);
    if (parts.some((p) => usedParts.has(p.claim.id))) continue;
    const words = new Set(parts.flatMap((p) => [p.head!, ...p.modifiers.filter((m) => !HEDGE_MODIFIERS.has(m))]));
    const sum = addIntervals(parts.map((p) => p.interval));
    const biggest = Math.max(...parts.map((p) => p.interval.hi));
    const fits = (t: ClaimView): boolean =>
      t.claim.kind === 'count' &&
      t.claim.value !== null &&
      t.claim.qualifier !== 'range' &&
      !usedTotals.has(t.claim.id) &&
      !parts.includes(t) &&
      t.interval.lo > biggest &&
      (t.head === null || isGenericNoun(t) || SUPERORDINATE_NOUNS.has(t.head)) &&
      !words.has(t.head ?? '') &&
      parts.every((p) => Math.abs(p.paragraph - t.paragraph) <= FAMILY_PARAGRAPH_SPAN) &&
      (overlap(sum, t.interval) || nearMiss(sum, t.interval));
    const total = views.find((t) => fits(t) && namesCategory(t, words));
    if (total) {
      out.push({ total, parts, tie: 'family' });
      continue;
    }
    // A total that comes first and counts people or cases in general, but does not name a category: a weaker tie.
    const first = Math.min(...parts.map((p) => p.claim.start));
    const weak = views.find((t) => fits(t) && t.claim.start < first && parts.every((p) => p.paragraph - t.paragraph <= 3));
    if (weak) out.push({ total: weak, parts, tie: 'weak' });
  }
  return out;
}

/** The first member of each wording (noun and modifiers, hedges included) among a category's members. */
function distinctWordings(members: readonly ClaimView[]): ClaimView[] {
  const seen = new Set<string>();
  return members.filter((v) => {
    const wording = `${v.head}|${v.modifiers.join(' ')}`;
    if (seen.has(wording)) return false;
    seen.add(wording);
    return true;
  });
}

/** Category of a counted noun, hedges dropped: "alleged users" and "purported users" are both "user". */
function categoryKey(v: ClaimView): string {
  return [...v.modifiers.filter((m) => !HEDGE_MODIFIERS.has(m)), v.head].join(' ');
}

function sameCategory(a: ClaimView, b: ClaimView): boolean {
  return categoryKey(a) === categoryKey(b);
}

/** The figure that stands for a whole category: the largest exact count of it (the others are its subsets). */
function categoryFigure(views: readonly ClaimView[]): ClaimView {
  const exact = views.filter((v) => v.claim.qualifier === 'exact');
  const pool = exact.length ? exact : views;
  return pool.reduce((best, v) => (v.interval.lo > best.interval.lo ? v : best));
}

/** True when the total's sentence names one of the family's categories ("drug users"). */
function namesCategory(total: ClaimView, words: ReadonlySet<string>): boolean {
  const sentence = (total.before + ' ' + total.after).toLowerCase();
  for (const token of sentence.match(/[a-z-]+/g) ?? []) {
    if (words.has(token) || words.has(singular(token))) return true;
  }
  return false;
}

/** True when the parts miss a bounded total by at most NEAR_MISS_SHARE of it; an open or vague total ("billions") never qualifies. */
function nearMiss(sum: Interval, total: Interval): boolean {
  if (!Number.isFinite(sum.lo) || !Number.isFinite(total.lo) || total.lo <= 0) return false;
  if (Number.isFinite(total.hi) && total.hi > total.lo * 1.25) return false;
  return Math.abs(gapBetween(sum, total)) <= total.lo * NEAR_MISS_SHARE;
}

/**
 * How far the parts miss their total, as the message says it: counts by the least gap the stated figures allow (1,055
 * against 1,048: "7"); money in the total's own style, by the gap between the figures as printed ("£48 million" against
 * £21m + £15m + £9m: "about £3 million"), since amounts in millions are rounded and their least gap says little.
 */
function describeGap(gap: number, sum: Interval, total: Interval, sample: ClaimView): string {
  const printed = sample.claim.kind === 'money' ? (pointOf(total) ?? 0) - (pointOf(sum) ?? 0) : null;
  if (printed === null || printed * gap <= 0) return formatNumber(Math.abs(gap));
  const exact = sum.lo === sum.hi && total.lo === total.hi;
  return `${exact ? '' : 'about '}${formatMoney(Math.abs(printed), sample.claim.text)}`;
}

/** Decides a group's status and words its finding; null when nothing trustworthy can be said. */
function judgeGroup(g: SumGroup): FindingDraft | null {
  const sum = addIntervals(g.parts.map((p) => p.interval));
  const total = g.total.interval;
  const claimIds = [g.total.claim.id, ...g.parts.map((p) => p.claim.id)];
  const stated = g.total.claim.value;
  const expected = pointOf(sum);
  const partsText = describeParts(g.parts);
  const totalText = describeTotal(g.total);
  const sumText = describeInterval(sum, g.total);

  if (g.tie === 'partial') {
    if (sum.lo > total.hi + 1e-9) {
      const disjoint = g.parts.length === 1 || g.parts.every((p, i) => g.parts.every((q, j) => i === j || areSiblings(p, q) || (p.head === null && q.head === null)));
      const excess = sum.lo - total.hi;
      return {
        check: 'bound',
        status: disjoint ? 'inconsistent' : 'unverifiable',
        claimIds,
        expected,
        stated,
        message: disjoint
          ? `${totalText} in all, but the parts named within it, ${partsText} = ${sumText}, exceed it by ${formatNumber(excess)}.`
          : `The parts named within ${totalText}, ${partsText} = ${sumText}, exceed it; they may overlap, so this cannot be settled from the text.`,
      };
    }
    return {
      check: 'bound',
      status: 'consistent',
      claimIds,
      expected,
      stated,
      message: `${partsText} = ${sumText}, within the ${totalText} stated.`,
    };
  }

  if (overlap(sum, total)) {
    return { check: 'sum', status: 'consistent', claimIds, expected, stated, message: `${partsText} = ${sumText}, which agrees with the ${totalText} stated.` };
  }
  const gap = gapBetween(sum, total);
  const inferred = g.tie === 'coordinated' || g.tie === 'family' || g.tie === 'weak';
  if (inferred && !nearMiss(sum, total)) return null;
  if (g.tie === 'weak') {
    return {
      check: 'sum',
      status: 'unverifiable',
      claimIds,
      expected,
      stated,
      message: `${totalText} in all, but ${partsText} = ${sumText}: ${formatNumber(Math.abs(gapBetween(sum, total)))} ${gapBetween(sum, total) > 0 ? 'unaccounted for' : 'too many'}, if these are all its parts.`,
    };
  }
  const shown = describeGap(gap, sum, total, g.total);
  return {
    check: 'sum',
    status: 'inconsistent',
    claimIds,
    expected: expected,
    stated,
    message:
      gap > 0
        ? `${totalText} in all, but ${partsText} = ${sumText}: ${shown} unaccounted for.`
        : `${totalText} in all, but ${partsText} = ${sumText}: ${shown} more than the total.`,
  };
}

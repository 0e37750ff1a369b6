import { ITEM_CATEGORIES, type CategoryMatch, type ItemCategory, type MatchReport } from '../fixtures/match.js';

/** Counts for one category, summed over documents: what precision, recall and F1 are computed from. */
export interface Tally {
  /** Required items found. */
  tp: number;
  /** Reported items matched by no required or optional item (forbidden ones included). */
  fp: number;
  /** Required items not found. */
  fn: number;
  /** Optional items found: neither rewarded nor penalised. */
  optional: number;
  /** Forbidden items reported (already counted in fp). */
  forbidden: number;
  /** Per field: how often a found required item had it right. */
  fields: Record<string, { checked: number; correct: number }>;
}

export interface Scores {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export type Tallies = Record<ItemCategory, Tally>;

export function emptyTallies(): Tallies {
  const t = {} as Tallies;
  for (const c of ITEM_CATEGORIES) t[c] = { tp: 0, fp: 0, fn: 0, optional: 0, forbidden: 0, fields: {} };
  return t;
}

/**
 * Adds one document's match to the running tallies. Identity decides true positives (the span for claims,
 * the opening for quotes, the name for speakers, check and claim values for findings); fields are scored apart,
 * so a claim found with the wrong unit still counts as found, and the unit's accuracy drops.
 */
export function addMatch(tallies: Tallies, match: MatchReport): Tallies {
  for (const c of ITEM_CATEGORIES) addCategory(tallies[c], match[c] as CategoryMatch<object>);
  return tallies;
}

function addCategory(t: Tally, m: CategoryMatch<object>): void {
  for (const item of m.items) {
    if (item.group === 'required') {
      if (item.index === null) t.fn++;
      else {
        t.tp++;
        for (const [field, ok] of Object.entries(item.fields)) {
          const f = (t.fields[field] ??= { checked: 0, correct: 0 });
          f.checked++;
          if (ok) f.correct++;
        }
      }
    } else if (item.group === 'optional' && item.index !== null) t.optional++;
    else if (item.group === 'forbidden' && item.index !== null) t.forbidden++;
  }
  t.fp += m.unlisted.length;
}

/** Precision, recall and F1; null where the denominator is zero (nothing predicted, nothing expected). */
export function scoreTally(t: Pick<Tally, 'tp' | 'fp' | 'fn'>): Scores {
  const precision = t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A plain-text table of the scores and the field accuracies, for the terminal. */
export function formatScores(tallies: Tallies, documents: number): string {
  const pct = (v: number | null): string => (v === null ? '   n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);
  const lines = [`${documents} document${documents === 1 ? '' : 's'}`, '', 'category    precision  recall      F1     tp    fp    fn  optional  forbidden'];
  for (const c of ITEM_CATEGORIES) {
    const t = tallies[c];
    const s = scoreTally(t);
    lines.push(`${c.padEnd(10)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}  ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${String(t.optional).padStart(8)}  ${String(t.forbidden).padStart(9)}`);
  }
  const fieldLines: string[] = [];
  for (const c of ITEM_CATEGORIES) {
    for (const [field, f] of Object.entries(tallies[c].fields).sort(([a], [b]) => a.localeCompare(b))) {
      fieldLines.push(`${`${c}.${field}`.padEnd(22)} ${pct(f.correct / f.checked)}  (${f.correct}/${f.checked})`);
    }
  }
  if (fieldLines.length) lines.push('', 'field accuracy on found required items', ...fieldLines);
  return lines.join('\n') + '\n';
}

/** The scores as plain data, for --json and for eval scripts that pin floors. */
export function scoresToJson(tallies: Tallies, documents: number): Record<string, unknown> {
  const out: Record<string, unknown> = { documents };
  for (const c of ITEM_CATEGORIES) {
    const t = tallies[c];
    const fields: Record<string, number> = {};
    for (const [field, f] of Object.entries(t.fields)) fields[field] = f.correct / f.checked;
    out[c] = { ...scoreTally(t), tp: t.tp, fp: t.fp, fn: t.fn, optional: t.optional, forbidden: t.forbidden, fieldAccuracy: fields };
  }
  return out;
}

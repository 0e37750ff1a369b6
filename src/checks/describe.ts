import type { ClaimView } from './claim-view.js';
import { formatNumber, type Interval } from './interval.js';

/** A figure with its counted noun, as a reader would say it: "487 alleged users", "more than 90 alleged users". */
export function describeFigure(v: ClaimView, fallbackLabel: string | null = null): string {
  const label = v.label ?? fallbackLabel;
  const text = v.claim.text.replace(/\s+/g, ' ').trim();
  if (!label || text.toLowerCase().endsWith(label.toLowerCase())) return text;
  return `${text} ${label}`;
}

/** A total as the message opens with it: "1,055 arrested", "2,850 jobs"; the event word stands in when no noun is given. */
export function describeTotal(v: ClaimView): string {
  if (v.label || v.claim.kind === 'money') return describeFigure(v);
  const participle = /\b(?:those|people|all|everyone|the)\s+([a-z]+ed)\b/i.exec(v.before + v.after)?.[1] ?? v.claim.predicate;
  const text = v.claim.text.replace(/\s+/g, ' ').trim();
  return participle ? `${text} ${participle}` : text;
}

/** An interval as words: "1,048", "at least 391", "about 500", "between 10 and 12"; money in the style of a sample figure ("$850m"). */
export function describeInterval(i: Interval, moneyLike: ClaimView | null = null): string {
  if (moneyLike && moneyLike.claim.kind === 'money' && Number.isFinite(i.lo) && Number.isFinite(i.hi)) {
    const mid = (i.lo + i.hi) / 2;
    return `${(i.hi - i.lo) / Math.max(Math.abs(mid), 1e-9) < 0.02 ? '' : 'about '}${formatMoney(mid, moneyLike.claim.text)}`;
  }
  if (i.lo === i.hi) return formatNumber(i.lo);
  if (!Number.isFinite(i.hi)) return `at least ${formatNumber(Math.ceil(i.lo - 1e-9))}`;
  if (!Number.isFinite(i.lo)) return `at most ${formatNumber(i.hi)}`;
  const mid = (i.lo + i.hi) / 2;
  if ((i.hi - i.lo) / Math.max(Math.abs(mid), 1e-9) < 0.25) return `about ${formatNumber(mid)}`;
  return `between ${formatNumber(i.lo)} and ${formatNumber(i.hi)}`;
}

/** Parts joined with plus signs: "487 alleged users + 561 alleged traffickers"; an elided noun is carried from the part before. */
export function describeParts(parts: readonly ClaimView[]): string {
  let carried: string | null = null;
  return parts
    .map((p) => {
      const s = describeFigure(p, carried);
      carried = p.label ?? carried;
      return s;
    })
    .join(' + ');
}

/** A money amount written like a sample from the article: prefix ("$", "£") and scale ("m", "bn") copied from it. */
export function formatMoney(value: number, sample: string): string {
  const prefix = /^[^\d]*/.exec(sample.trim())?.[0]?.replace(/\s+$/, '') ?? '';
  const scale = /(bn|billion|m|million|k|thousand|tn|trillion)\b/i.exec(sample)?.[1]?.toLowerCase() ?? '';
  const divisor = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3, thousand: 1e3, tn: 1e12, trillion: 1e12 }[scale] ?? 1;
  const spaced = scale.length > 2 ? ` ${scale}` : scale;
  return `${prefix}${formatNumber(value / divisor)}${spaced}`;
}

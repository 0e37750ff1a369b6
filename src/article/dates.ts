/** Month names in the languages the dev sets hold; used to read dates written out in prose or meta tags. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/**
 * A date or date-time as printed on a page or in metadata -> ISO 8601 ("2017-01-13" or "2017-01-13T10:02:00Z"),
 * or null when it cannot be read. Keeps the time and zone when the input has them; never invents them.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  // Unix seconds or milliseconds.
  const unix = /^(\d{10})(\d{3})?$/.exec(s);
  if (unix) return new Date(+unix[1]! * 1000).toISOString().replace('.000Z', 'Z');
  // ISO-like: 2017-01-13, 2017-01-13T10:02:00+01:00, 2017-01-13 10:02:00, 20170113
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se, z] = m;
    if (!validDay(+y!, +mo!, +d!)) return null;
    const date = `${y}-${mo}-${d}`;
    if (h === undefined) return date;
    if (+h > 23 || +mi! > 59) return date;
    return `${date}T${h.padStart(2, '0')}:${mi}:${se ?? '00'}${zone(z)}`;
  }
  // "January 13, 2017", "Jan. 13 2017 10:02 AM", "13 January 2017", "Friday 13 January 2017"
  m = /\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/i.exec(s) ?? null;
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  if (m && MONTHS[m[1]!.toLowerCase()]) {
    mo = MONTHS[m[1]!.toLowerCase()];
    d = +m[2]!;
    y = +m[3]!;
  } else {
    m = /\b(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]{3,9})\.?,? (\d{4})\b/i.exec(s);
    if (m && MONTHS[m[2]!.toLowerCase()]) {
      d = +m[1]!;
      mo = MONTHS[m[2]!.toLowerCase()];
      y = +m[3]!;
    }
  }
  if (y === undefined) {
    // Numeric day-first or month-first with slashes or dots: only when unambiguous.
    m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(s);
    if (m) {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a > 12 && b <= 12) [d, mo] = [a, b];
      else if (b > 12 && a <= 12) [mo, d] = [a, b];
      else return null;
      y = +m[3]!;
    }
  }
  if (y === undefined || mo === undefined || d === undefined || !validDay(y, mo, d)) return null;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?/i.exec(s) ?? /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b/.exec(s);
  if (!t) return date;
  let hour = +t[1]!;
  if (t[4]) hour = (hour % 12) + (t[4].toLowerCase() === 'p' ? 12 : 0);
  if (hour > 23 || +t[2]! > 59) return date;
  const z = /\b(UTC|GMT|Z)\b|([+-]\d{2}:?\d{2})\b/.exec(s.slice(t.index));
  return `${date}T${String(hour).padStart(2, '0')}:${t[2]}:${t[3] ?? '00'}${z ? zone(z[1] ?? z[2]) : ''}`;
}

function validDay(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|utc|gmt)$/i.test(z)) return 'Z';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

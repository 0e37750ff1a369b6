/** A token of a sentence with its offsets into the article text. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower case, with curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** n: digits; w: letters; p: any other single character. */
  readonly type: 'n' | 'w' | 'p';
  /** No white space between this token and the one before. */
  readonly glued: boolean;
}

// Indian lakh grouping ("12,34,567.89"), digits with thousands separators, plain digits with a decimal part, a leading-dot decimal
// (".5", but not after a letter, "No.5", or another dot, the page number after a dot leader "Contents.....2"), words (with inner
// apostrophes), or any one other character.
const TOKEN_EN = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|\.(?<![A-Za-z.]\.)\d+(?![\d,]\d)|[A-Za-zÀ-ÖØ-öø-ÿµμ]+(?:['’][A-Za-z]+)?|\S/g;
// European separators: dots for thousands, comma for decimals ("1.055,5").
const TOKEN_EU = /\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)|\d+(?:,\d+)?|[A-Za-zÀ-ÖØ-öø-ÿµμ]+(?:['’][A-Za-z]+)?|\S/g;

/**
 * Splits text[from, to) into tokens carrying absolute offsets.
 * Why: every claim span is built from token offsets, never by searching for its text.
 */
export function tokenize(text: string, from: number, to: number, decimalComma = false): Token[] {
  const re = new RegExp(decimalComma ? TOKEN_EU : TOKEN_EN);
  const chunk = text.slice(from, to);
  const out: Token[] = [];
  let prevEnd = -1;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const t = m[0];
    const start = from + m.index;
    const first = t.charCodeAt(0);
    let type: Token['type'] = 'p';
    if (isDigit(first)) type = 'n';
    else if (first === 46 && t.length > 1 && isDigit(t.charCodeAt(1))) type = 'n';
    else if (isWordStart(first)) type = 'w';
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + t.length, type, glued: prevEnd === m.index });
    prevEnd = m.index + t.length;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The first letters TOKEN_EN and TOKEN_EU accept for a word: A-Z, a-z, À-Ö, Ø-ö, ø-ÿ, µ (U+00B5) and μ (U+03BC); tested by code, as this runs on every token. */
function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0xff) || c === 0xb5 || c === 0x3bc;
}

/** Reads a digit token as a number: "1,055" -> 1055, "3.5" -> 3.5, ".5" -> 0.5; European form when decimalComma. */
export function readDigits(token: string, decimalComma = false): number {
  const clean = decimalComma ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, '');
  return Number(clean);
}

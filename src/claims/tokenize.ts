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

// Indian lakh grouping ("12,34,567.89"), digits with thousands separators, plain digits with a decimal part, words (with inner apostrophes), or any one other character.
const TOKEN_EN = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|\.\d+|[A-Za-zÀ-ÖØ-öø-ÿµμ]+(?:['’][A-Za-z]+)?|\S/g;
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
    if (first >= 48 && first <= 57) type = 'n';
    else if (t.length > 1 && t[0] === '.' && /\d/.test(t[1]!)) type = 'n';
    else if (/[A-Za-zÀ-ÖØ-öø-ÿµμ]/.test(t[0]!)) type = 'w';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length, type, glued: prevEnd === m.index });
    prevEnd = m.index + t.length;
  }
  return out;
}

/** Reads a digit token as a number: "1,055" -> 1055, "3.5" -> 3.5, ".5" -> 0.5; European form when decimalComma. */
export function readDigits(token: string, decimalComma = false): number {
  const clean = decimalComma ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, '');
  return Number(clean);
}

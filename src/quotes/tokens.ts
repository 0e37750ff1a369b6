/**
 * A light word tokenizer with offsets, for reading attribution phrases.
 * Cheap enough to run on every sentence that holds a cue; no tagging.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with a trailing period removed ("Sen." -> "sen"). */
  readonly norm: string;
  /** True for a word, false for punctuation. */
  readonly word: boolean;
}

// Words keep inner apostrophes, hyphens and periods (initials, "U.S.") and a number its thousands commas ("2,400", "1,234,567"); everything
// else is one punctuation token. A double
// hyphen, the typewriter's dash ("Lee -- a former mayor -- said"), is one token "--", read as a dash like "—"; two apostrophes,
// the doubled quote mark some papers print (''We won,'' she said), are one token "''", read as a quote mark like "“" or "”".
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}])|,(?=\p{N}{3}(?!\p{N})))*\.?|\.\.\.|…|--|''|[^\s\p{L}\p{N}]/gu;

/** Tokens of text.slice(from, to), offsets into text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const chunk = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(chunk); m; m = TOKEN.exec(chunk)) {
    let raw = m[0];
    // A trailing period belongs to the word only for abbreviations and initials; a sentence's final period stands alone.
    // (Checked only for tokens that end in one: this runs on every word of every sentence with a cue.)
    if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === PERIOD && !isAbbreviation(raw) && !isStateMidSentence(raw, chunk, m.index + raw.length)) {
      raw = raw.slice(0, -1);
      TOKEN.lastIndex = m.index + raw.length;
    }
    out.push({ start: from + m.index, end: from + m.index + raw.length, text: raw, norm: normalize(raw), word: isWordStart(raw.charCodeAt(0), raw) });
  }
  // Contractions are split in a pass of their own, only over chunks with an apostrophe: the loop above runs on every token.
  return chunk.includes('’') || chunk.includes("'") ? splitContractions(out) : out;
}

/** "he’s said", "who’d argued": a pronoun's contracted auxiliary becomes a word of its own, so the pronoun can be a source. */
function splitContractions(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const len = t.text.length;
    const apos = t.word && len > 2 && len < 9 ? (isApostrophe(t.text.charCodeAt(len - 2)) ? len - 2 : isApostrophe(t.text.charCodeAt(len - 3)) ? len - 3 : -1) : -1;
    if (apos > 0 && CONTRACTED_PRONOUN.test(t.text)) {
      out ??= tokens.slice(0, i);
      const head = t.text.slice(0, apos);
      const tail = t.text.slice(apos);
      out.push({ start: t.start, end: t.start + apos, text: head, norm: normalize(head), word: true });
      out.push({ start: t.start + apos, end: t.end, text: tail, norm: normalize(tail), word: true });
    } else if (out) out.push(t);
  }
  return out ?? tokens;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 8217;
}

const CONTRACTED_PRONOUN = /^(?:he|she|it|who|that|there|what|they|we|i|you)['’](?:s|ve|d|ll|re|m)$/i;

const PERIOD = 46;

/** "Ala." before a comma: a state abbreviation in a dateline or apposition keeps its period. */
function isStateMidSentence(raw: string, chunk: string, after: number): boolean {
  return STATE_ABBREV.test(raw) && /^\s*,/.test(chunk.slice(after, after + 3));
}

/** Lower case, no trailing period, typographic apostrophes as straight ones. */
function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  const bare = lower.charCodeAt(lower.length - 1) === PERIOD ? lower.slice(0, -1) : lower;
  return bare.includes('’') ? bare.replace(/’/g, "'") : bare;
}

/** A token is a word when its first code unit is a letter or digit (ASCII answered without the Unicode regex). */
function isWordStart(code: number, raw: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(raw[0]!);
}

const ABBREV = /^(?:[A-Z]\.|(?:[A-Za-z]\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Maj\.|Rev\.|Prof\.|St\.|Jr\.|Sr\.|Inc\.|Corp\.|Co\.|Ltd\.|Adm\.|Hon\.|Pres\.)$/;
// US state abbreviations in AP style ("Huntsville, Ala.,"), kept with their period only when a comma or more words follow.
const STATE_ABBREV = /^(?:[RDI]-(?:[A-Z]\.)*)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;
function isAbbreviation(raw: string): boolean {
  return ABBREV.test(raw);
}

/** True when a word starts with a capital letter. */
export function isCapitalized(t: Token): boolean {
  if (!t.word) return false;
  const code = t.text.charCodeAt(0);
  // ASCII answered by code: this runs on most tokens the attribution rules look at.
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(t.text);
}

import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { DocContext } from '../pipeline/context.js';
import { trimRange } from '../text/spans.js';
import { ABBREVIATIONS } from './abbreviations.js';

// A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space; or a stop typed with no space
// after it between a lower-case word and a capitalised one ("… she said.Trump replied"), as scraped and pasted text often has.
// (Two lower-case letters before the stop: "U.S.Army", "Ph.D.", "e.g.The" and "Mr.Lee" are not sentence ends. Only curly
// quote marks around it, whose direction is written: a straight one there may close the sentence or open the next.)
// (The stop is matched before the letters behind it are checked: a look-behind tried at every position made the scan six
// times slower.)
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|[.!?](?<=[a-z]{2}[.!?])[”’]?(?=[“‘]?[A-Z][a-z])/g;
const CLOSERS = /["'”’)\]]/;

/** Splits each paragraph of article.text into sentences, keeping offsets. */
export function splitSentences(article: Article, ctx: DocContext): Sentence[] {
  const text = ctx.text;
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((para, paragraph) => {
    for (const [start, end] of splitRange(text, para.start, para.end)) {
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
    }
  });
  return sentences;
}

/** Sentence ranges inside [from, to) of text. */
export function splitRange(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const chunk = text.slice(from, to);
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
    const end = m.index + m[0].length;
    if (!isBoundary(chunk, m.index, end)) continue;
    const [s, e] = trimRange(text, from + last, from + end);
    if (e > s) out.push([s, e]);
    last = end;
  }
  const [s, e] = trimRange(text, from + last, to);
  if (e > s) out.push([s, e]);
  return out;
}

function isBoundary(chunk: string, punct: number, end: number): boolean {
  // What follows must look like a sentence start: a capital, digit or opening quote.
  const rest = chunk.slice(end).trimStart();
  const next = rest[0];
  if (next === undefined) return true;
  if (!/[A-Z0-9"“‘'(\[]/.test(next)) return false;
  if (chunk[punct] !== '.') return true;
  // The period belongs to the word before it: an abbreviation or an initial does not end a sentence.
  let i = punct;
  while (i > 0 && /[A-Za-z.]/.test(chunk[i - 1]!)) i--;
  const word = chunk.slice(i, punct).toLowerCase();
  if (CLOSERS.test(chunk[punct + 1] ?? '')) return true;
  if (ABBREVIATIONS.has(word)) return !isTitleLike(word) && /^[A-Z][a-z]+\s/.test(rest) && isCommonStart(rest);
  if (/^[a-z]$/.test(word)) return false; // an initial: "J. Smith"
  if (/^([a-z]\.)+[a-z]$/.test(word)) return isCommonStart(rest); // "U.S." ends a sentence only before a common sentence opener
  return true;
}

// Titles never end a sentence; other abbreviations ("Inc.", "etc.") may.
function isTitleLike(word: string): boolean {
  return /^(mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|lt|col|capt|sgt|maj|adm|rev|hon|pres|no|nos|vs|v|mt|ft|fr)$/.test(word);
}

const OPENERS = /^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|There|When|While|After|Before|As|If|Some|Many|Most|For|According|However|Officials|Police)\b/;
function isCommonStart(rest: string): boolean {
  return OPENERS.test(rest);
}

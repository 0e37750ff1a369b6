import { franc } from 'franc-min';
import { ENGLISH_FUNCTION_WORDS, ISO639_3_TO_1 } from './language-codes.js';

/** A declared language tag ("en-US", "pt_BR", "English") -> ISO 639-1 ("en"), or null when it is not one. */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().split(/[-_,;\s]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(t)) return t;
  if (/^[a-z]{3}$/.test(t)) return ISO639_3_TO_1[t] ?? null;
  return null;
}

/**
 * The language of plain text, by script first (Han, kana, Hangul, Hebrew, Greek, Thai, Arabic need no model),
 * then a fast English check (function-word share), then franc-min on up to 1,000 characters; null when too short to tell.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  // One pass over the sample counting letters by script (code-point ranges, no per-script regex).
  let letters = 0;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let hebrew = 0;
  let greek = 0;
  let thai = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c < 0xc0) continue;
    else if (c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) letters++; // Latin-1 and Latin Extended-A/B: letters but × and ÷
    }
    else if (c >= 0x2000 && c <= 0x206f) continue; // General Punctuation: curly quotes, dashes, no letters
    else if (c >= 0x3040 && c <= 0x30ff) (kana++, letters++);
    else if (c >= 0xac00 && c <= 0xd7af) (hangul++, letters++);
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) (han++, letters++);
    else if (c >= 0x0590 && c <= 0x05ff) (hebrew++, letters++);
    else if (c >= 0x0370 && c <= 0x03ff) (greek++, letters++);
    else if (c >= 0x0e00 && c <= 0x0e7f) (thai++, letters++);
    else if (/\p{L}/u.test(sample[i]!)) letters++;
  }
  if (letters < 20) return null;
  if (kana / letters > 0.05) return 'ja';
  if (hangul / letters > 0.2) return 'ko';
  if (han / letters > 0.3) return 'zh';
  if (hebrew / letters > 0.3) return 'he';
  if (greek / letters > 0.3) return 'el';
  if (thai / letters > 0.3) return 'th';
  if (looksEnglish(sample)) return 'en';
  const code = franc(sample.slice(0, 1000), { minLength: 20 });
  return code === 'und' ? null : (ISO639_3_TO_1[code] ?? null);
}

/** The longest function word: longer words need no look-up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * At least 30 words, a quarter or more of them English function words, all in Latin script: English.
 * Words are runs of [a-z\u00c0-\u024f'] in the lower-cased first 1,500 characters, scanned without a regex or a word list.
 */
function looksEnglish(sample: string): boolean {
  const text = sample.slice(0, 1500).toLowerCase();
  let words = 0;
  let hits = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, i))) hits++;
    start = -1;
  }
  if (words < 30) return false;
  return hits / words >= 0.25;
}

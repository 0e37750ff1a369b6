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
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/[\uac00-\ud7af]/g) > 0.2) return 'ko';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  if (share(/\p{Script=Hebrew}/gu) > 0.3) return 'he';
  if (share(/\p{Script=Greek}/gu) > 0.3) return 'el';
  if (share(/\p{Script=Thai}/gu) > 0.3) return 'th';
  if (looksEnglish(sample)) return 'en';
  const code = franc(sample.slice(0, 1000), { minLength: 20 });
  return code === 'und' ? null : (ISO639_3_TO_1[code] ?? null);
}

/** At least 30 words, a quarter or more of them English function words, all in Latin script: English. */
function looksEnglish(sample: string): boolean {
  const words = sample.slice(0, 1500).toLowerCase().match(/[a-z\u00c0-\u024f']+/g);
  if (!words || words.length < 30) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.25;
}

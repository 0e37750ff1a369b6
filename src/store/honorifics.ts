/**
 * Honorifics and courtesy titles dropped before speaker names are compared across articles.
 * Lower case, without the full stop; job titles ("minister", "chief") are not here: the quotes stage
 * moves those into Speaker.title, and they would merge different people if dropped.
 */
export const honorifics: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'madame', 'mme', 'mlle', 'monsieur',
  'dr', 'doctor', 'prof', 'professor',
  'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'fr', 'father', 'sr', 'sister',
  'hon', 'honourable', 'honorable', 'rt',
  'his', 'her', 'excellency', 'majesty', 'highness',
  'herr', 'frau', 'senor', 'senora', 'senorita',
  // Ambiguous ones that are also given names or surnames (Don, Lok, Tun, M) are left out.
  // Cambodian, Thai and other courtesy prefixes common in Southeast Asian English-language news.
  'samdech', 'techo', 'oknha', 'lok chumteav', 'khun', 'bapak', 'ibu', 'encik', 'datuk', 'dato', 'tan sri',
]);

/** Name suffixes kept (they tell father and son apart) but normalised to one spelling. */
export const nameSuffixes: Readonly<Record<string, string>> = {
  jr: 'jr',
  junior: 'jr',
  snr: 'sr',
  senior: 'sr',
  ii: 'ii',
  iii: 'iii',
  iv: 'iv',
};

/** Letters that Unicode decomposition does not fold to ASCII. */
export const foldedLetters: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h',
};

/** ISO 639-3 codes franc-min can return -> ISO 639-1, the form Article.language uses. Macro-language members map to their macro code. */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn',
  plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', hms: 'hm',
  ilo: 'ilo', rus: 'ru', ukr: 'uk', koi: 'kv', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa',
  pbu: 'ps', hin: 'hi', mar: 'mr', mai: 'hi', bho: 'hi', npi: 'ne', mag: 'hi', cmn: 'zh', jpn: 'ja', kor: 'ko',
  ell: 'el', heb: 'he', tha: 'th', ben: 'bn', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', guj: 'gu', pan: 'pa',
  amh: 'am', mya: 'my', sin: 'si', kat: 'ka', hye: 'hy', khm: 'km', lao: 'lo',
};

/** The commonest English function words: when they make up a large share of the words, the text is English and franc is skipped. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'by', 'at', 'his',
  'from', 'have', 'has', 'are', 'be', 'this', 'said', 'but', 'not', 'they', 'were', 'had', 'which', 'an', 'their', 'been',
  'would', 'will', 'who', 'she', 'her', 'we', 'there', 'or', 'its', 'than', 'about', 'after',
]);

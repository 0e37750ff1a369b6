/**
 * Word lists and patterns the checks read the text with.
 * Kept as data, apart from the logic, so a reviewer can see every cue the checks trust.
 */

/** Cues after a total that introduce parts which together make up all of it ("1,000 staff, made up of ..."). */
export const EXHAUSTIVE_CUES: readonly RegExp[] = [
  /\bmade up of\b/i,
  /\bcompris(?:ing|ed of|es)\b/i,
  /\bconsist(?:ing|ed|s) of\b/i,
  /\b(?:divided|split|broken down|breaking down|broke down|shared out|allocated)\s+(?:in)?to\b/i,
  /\b(?:divided|split|shared)\s+(?:between|among)\b/i,
  /\bbreakdown\b/i,
  /\bin (?:the )?following (?:way|proportions)\b/i,
];

/** Cues after a total that introduce some of its parts, not necessarily all ("1,000 arrested, including ..."). */
export const PARTIAL_CUES: readonly RegExp[] = [
  /\bof (?:whom|which|them|these|those)\b/i,
  /\bamong (?:whom|which|them|these|those)\b/i,
  /\bincluding\b/i,
  /\bincluded\b/i,
  /\bsuch as\b/i,
];

/** Punctuation that opens a breakdown list after a total: a colon or a spaced dash. */
export const LIST_OPENER = /(?::\s|\s[-–—]\s|\s\()/;

/** Words right before a figure that mark it as the grand total ("a total of 300", "in all, 300"). */
export const TOTAL_BEFORE = /\b(?:a total of|total(?:led|ling|s)?|in total|in all|all told|altogether|overall|combined|a combined|bringing the (?:total|number|tally|toll) to|taking the (?:total|number|tally|toll) to|making|a grand total of|the total (?:of|to|is|was|stands at|stood at))\s*$/i;

/** Words right after a figure that mark it as the grand total ("300 in all", "300 in total"). */
export const TOTAL_AFTER = /^\s*(?:in all|in total|all told|altogether|overall|combined|between them|together)\b/i;

/** Words that say the last part is the remainder, which makes a list exhaustive ("the rest", "the remaining 40"). */
export const REMAINDER = /\b(?:the rest|the remain(?:ing|der)|the other|others|another)\s*$/i;

/** Nouns that name people in general: a total counted in "people" can hold parts counted as "users" or "women". */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'individual', 'individuals', 'one', 'ones', 'total', 'figure', 'number', 'case', 'cases',
  'other', 'others', 'more', 'new', 'some', 'all', 'about', 'around', 'nearly', 'almost',
]);

/** Pairs of categories that between them cover a whole ("men" and "women"): siblings even without shared words. */
export const COMPLEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['man', 'woman'], ['male', 'female'], ['boy', 'girl'], ['adult', 'child'], ['adult', 'minor'], ['civilian', 'soldier'],
  ['civilian', 'combatant'], ['domestic', 'foreign'], ['local', 'foreign'], ['public', 'private'], ['full-time', 'part-time'],
  ['urban', 'rural'], ['inbound', 'outbound'], ['import', 'export'], ['home', 'away'], ['win', 'loss'], ['win', 'defeat'],
  ['yes', 'no'], ['for', 'against'], ['dead', 'injured'], ['killed', 'injured'], ['killed', 'wounded'], ['national', 'foreigner'],
  ['citizen', 'foreigner'], ['resident', 'visitor'], ['man', 'child'], ['woman', 'child'],
];

/** Words between two coordinated parts of one list ("487 users and 561 traffickers", "1,100 ..., while 1,200 ..."). */
export const LIST_JOINER = /^[\s,;]*(?:and|while|whereas|with|plus|as well as|along with|together with|compared (?:with|to)|against|versus|vs\.?|,|;)?[\s,;]*(?:and\s+)?(?:another|a further|the remaining|the rest|the other|some|about|around|nearly|almost|roughly|more than|over|under|fewer than|less than|at least|up to)?\s*$/i;

/** Tokens that end a counted noun phrase after a figure. */
export const NOUN_STOP: ReadonlySet<string> = new Set([
  'of', 'in', 'at', 'on', 'to', 'from', 'for', 'by', 'with', 'who', 'whom', 'which', 'that', 'and', 'or', 'but', 'were', 'was',
  'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did',
  'do', 'does', 'as', 'than', 'per', 'a', 'an', 'the', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'into', 'over',
  'under', 'after', 'before', 'since', 'during', 'while', 'where', 'when', 'across', 'between', 'among', 'respectively', 'each',
  'last', 'this', 'next', 'so', 'far', 'ago', 'more', 'fewer', 'less', 'up', 'down', 'out', 'off', 'about', 'around', 'said',
  'says', 'say', 'told', 'went', 'go', 'going', 'got', 'get', 'got', 'per', 'cent', 'percent', 'it', 'they', 'we', 'he', 'she',
]);

/** Determiners and hedges that may sit inside a counted noun phrase but say nothing of the category. */
export const NOUN_NOISE: ReadonlySet<string> = new Set(['more', 'new', 'other', 'further', 'additional', 'extra', 'some', 'such', 'own']);

/** Change verbs and nouns: "rose from 200 to 260", "a 30% increase". */
export const CHANGE_WORDS = /\b(?:ros[ea]|rise[sn]?|rising|increas(?:e[sd]?|ing)|gr[eo]w[sn]?|growing|growth|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:e[sd]?|ing)|soar(?:ed|s|ing)?|gain(?:ed|s|ing)?|up|fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|slump(?:ed|s|ing)?|plung(?:e[sd]?|ing)|cut|shr[aiu]nk|shrink(?:s|ing)?|down|slid|slide|lower|higher|reduc(?:e[sd]?|ing|tion))\b/i;

/** Words that state a direction: which way a change must go. */
export const DECREASE_WORDS = /\b(?:fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|slump(?:ed|s|ing)?|plung(?:e[sd]?|ing)|cut|shr[aiu]nk|shrink(?:s|ing)?|down|slid|slide|lower|reduc(?:e[sd]?|ing|tion))\b/i;

/** Multiplying verbs: "doubled to 400" is a ratio of 2. */
export const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bdoubl(?:ed|es|ing)\b/i, 2],
  [/\btripl(?:ed|es|ing)\b/i, 3],
  [/\bquadrupl(?:ed|es|ing)\b/i, 4],
  [/\bhalv(?:ed|es|ing)\b/i, 0.5],
];



/** Small irregular plurals for comparing counted nouns. */
export const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', teeth: 'tooth', feet: 'foot', mice: 'mouse',
  geese: 'goose', police: 'police', staff: 'staff', series: 'series', species: 'species', news: 'news', data: 'data',
};

/** Modifiers that hedge a noun rather than name a category: "alleged users" and "purported users" are one category. */
export const HEDGE_MODIFIERS: ReadonlySet<string> = new Set([
  'alleged', 'purported', 'suspected', 'reported', 'so-called', 'presumed', 'apparent', 'confirmed', 'estimated',
  'possible', 'likely', 'potential',
]);

/** Opening words of a sentence that carry a breakdown of the figure just before ("Of these, 40 were ..."). */
export const CONTINUATION_OPENER = /^\s*(?:(?:of|among) (?:these|them|those|the total|this|that|all of them|the [a-z]+)\b|(?:they|these|this|that|the total|the figure) (?:include[sd]?|comprise[sd]?|(?:was|were|is|are) made up of|consist(?:s|ed)? of)\b)/i;

/**
 * "The budget is made up of …": a sentence that opens with a noun of its own and a breakdown verb. It continues the figure
 * before only when the noun is that figure's noun or one of TOTAL_NOUNS (checked in check-sums).
 */
export const NOUN_CONTINUATION_OPENER = /^\s*the ([a-z]+) (?:include[sd]?|comprise[sd]?|(?:was|were|is|are|will be) (?:made up of|split between|divided between)|consist(?:s|ed)? of|(?:was|were|is|are) split between)\b/i;

/** Nouns that can stand for any stated total in a continuation: "the money is split between …". */
export const TOTAL_NOUNS: ReadonlySet<string> = new Set(['total', 'sum', 'amount', 'figure', 'money', 'package', 'funding', 'spending']);

/** Continuation openers that promise the whole breakdown rather than some of it. */
export const CONTINUATION_EXHAUSTIVE = /\b(?:comprise[sd]?|made up of|consist(?:s|ed)? of|split between|divided between)\b/i;

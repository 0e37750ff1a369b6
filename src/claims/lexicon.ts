/**
 * Word lists and patterns for the claims stage, kept as data apart from the rules that read them.
 * Every list is general English news vocabulary; none is keyed to a particular article.
 */
import type { Qualifier } from '../schema/claim.js';

/** Spelled cardinal numbers below a hundred. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written as words after a number ("86 million", "a hundred"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Multipliers glued to digits ("6m", "$1.2bn", "10k"); "m" and "b" are read as million/billion only where the context says money or a count. */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
]);

/** Multiplier abbreviations that are no English word, so they are read spaced from the digits too ("$3.5 bn"). */
export const SPACED_SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(['bn', 'mn', 'mln', 'bln', 'trn']);

/** Denominators of spelled fractions ("a third", "two-thirds", "three quarters"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

/**
 * Nouns a spelled fraction may qualify directly, the fraction being the claim ("a one-fifth stake", "a two-thirds
 * majority", "a one third discount"): shares, holdings and changes. Why a list: before any other noun a spelled
 * fraction is usually no figure ("half time", "a third term").
 */
export const FRACTION_SHARE_NOUNS: ReadonlySet<string> = new Set([
  'stake', 'stakes', 'share', 'shareholding', 'holding', 'interest', 'majority', 'minority', 'discount', 'reduction', 'cut',
  'increase', 'rise', 'fall', 'drop', 'decline', 'slice', 'portion', 'chunk', 'ownership',
]);

/** Comparatives after which a spelled fraction is a relative change ("two-thirds lower", "one-third more"). */
export const FRACTION_COMPARATIVES: ReadonlySet<string> = new Set([
  'lower', 'higher', 'less', 'more', 'fewer', 'cheaper', 'smaller', 'larger', 'bigger', 'greater', 'shorter', 'longer',
]);

/** Unicode vulgar fractions. */
export const FRACTION_CHARS: ReadonlyMap<string, number> = new Map([
  ['½', 0.5], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 0.25], ['¾', 0.75], ['⅕', 0.2], ['⅛', 0.125],
]);

/** Vague plural quantities, read as ranges: "dozens", "tens of thousands". [low, high] for one word; a scale word after "tens of" / "hundreds of" multiplies. */
export const VAGUE_PLURALS: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]],
  ['millions', [2e6, 999e6]], ['billions', [2e9, 999e9]], ['tens', [20, 99]],
]);

/** Qualifiers written before the number, longest first within each reading. */
export const PRE_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['not fewer than', 'at_least'],
  ['as little as', 'at_least'], ['as few as', 'at_least'], ['as low as', 'at_least'], ['no more than', 'at_most'], ['not more than', 'at_most'], ['at least', 'at_least'], ['a minimum of', 'at_least'],
  ['at most', 'at_most'], ['a maximum of', 'at_most'], ['up to', 'at_most'], ['as many as', 'at_most'], ['as much as', 'at_most'], ['as high as', 'at_most'],
  ['just over', 'more_than'], ['just above', 'more_than'], ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'],
  ['upwards of', 'more_than'], ['in excess of', 'more_than'], ['greater than', 'more_than'], ['higher than', 'more_than'], ['well over', 'more_than'],
  ['just under', 'less_than'], ['just below', 'less_than'], ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'],
  ['below', 'less_than'], ['lower than', 'less_than'], ['short of', 'less_than'],
  ['approximately', 'approximate'], ['approx', 'approximate'], ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'],
  ['some', 'approximate'], ['nearly', 'approximate'], ['almost', 'approximate'], ['close to', 'approximate'], ['an estimated', 'approximate'],
  ['estimated', 'approximate'], ['circa', 'approximate'], ['just about', 'approximate'],
  ['getting on for', 'approximate'], ['the best part of', 'approximate'], ['past', 'more_than'],
];

/** Qualifiers written after the number ("500 or more", "20-plus"). */
export const POST_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['or more', 'at_least'], ['or over', 'at_least'], ['or above', 'at_least'], ['plus', 'at_least'], ['or so', 'approximate'],
  ['or fewer', 'at_most'], ['or less', 'at_most'], ['or under', 'at_most'], ['odd', 'approximate'],
  ['and over', 'at_least'], ['and above', 'at_least'], ['and older', 'at_least'], ['or older', 'at_least'], ['and upwards', 'at_least'],
  ['and under', 'at_most'], ['and younger', 'at_most'], ['or younger', 'at_most'], ['and below', 'at_most'],
];

/** ISO 4217 codes for currency symbols and prefixes written before the number. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['£', 'GBP'], ['gbp', 'GBP'], ['€', 'EUR'], ['eur', 'EUR'], ['¥', 'JPY'], ['jpy', 'JPY'],
  ['cny', 'CNY'], ['rmb', 'CNY'], ['rs', 'INR'], ['inr', 'INR'], ['₹', 'INR'], ['hk$', 'HKD'], ['hkd', 'HKD'], ['c$', 'CAD'], ['ca$', 'CAD'], ['cad', 'CAD'],
  ['a$', 'AUD'], ['au$', 'AUD'], ['aud', 'AUD'], ['nz$', 'NZD'], ['nzd', 'NZD'], ['s$', 'SGD'], ['sgd', 'SGD'], ['r$', 'BRL'], ['brl', 'BRL'],
  ['chf', 'CHF'], ['sfr', 'CHF'], ['₩', 'KRW'], ['krw', 'KRW'], ['₽', 'RUB'], ['rub', 'RUB'], ['₺', 'TRY'], ['try', 'TRY'], ['₦', 'NGN'], ['ngn', 'NGN'],
  ['khr', 'KHR'], ['zar', 'ZAR'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['mxn', 'MXN'], ['₱', 'PHP'], ['php', 'PHP'], ['₫', 'VND'], ['฿', 'THB'],
  ['₿', 'BTC'], ['btc', 'BTC'], ['元', 'CNY'], ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'], ['₴', 'UAH'], ['₪', 'ILS'],
  ['pln', 'PLN'], ['czk', 'CZK'], ['huf', 'HUF'], ['ils', 'ILS'], ['twd', 'TWD'], ['thb', 'THB'], ['idr', 'IDR'], ['myr', 'MYR'], ['rm', 'MYR'],
  ['pkr', 'PKR'], ['bdt', 'BDT'], ['lkr', 'LKR'], ['egp', 'EGP'], ['aed', 'AED'], ['sar', 'SAR'], ['qar', 'QAR'], ['kwd', 'KWD'], ['kes', 'KES'],
  ['ugx', 'UGX'], ['tzs', 'TZS'], ['ghs', 'GHS'], ['uah', 'UAH'], ['kzt', 'KZT'], ['ars', 'ARS'], ['clp', 'CLP'],
  ['vnd', 'VND'], ['sgd', 'SGD'], ['isk', 'ISK'],
]);

/** Currency abbreviations written before the number in their usual mixed case ("KSh 500", "Rp 10,000", "Tk 200"); only in this case. */
export const MIXED_CASE_CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['KSh', 'KES'], ['Ksh', 'KES'], ['Rp', 'IDR'], ['Tk', 'BDT'], ['Rs', 'INR'], ['Sh', 'KES'], ['Dh', 'AED'], ['Dhs', 'AED'], ['zł', 'PLN'],
  ['DM', 'DEM'], ['FFr', 'FRF'], ['BFr', 'BEF'], ['SFr', 'CHF'], ['Dkr', 'DKK'], ['DKr', 'DKK'], ['Skr', 'SEK'], ['SKr', 'SEK'], ['Nkr', 'NOK'], ['NKr', 'NOK'],
]);

/** Letters written glued before "$" that name the dollar ("US$", "HK$", "C$"). */
export const DOLLAR_PREFIX_LETTERS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['hk', 'HKD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['nz', 'NZD'], ['s', 'SGD'], ['r', 'BRL'], ['nt', 'TWD'], ['mex', 'MXN'], ['usd', 'USD'], ['cad', 'CAD'], ['aud', 'AUD'], ['nzd', 'NZD'], ['hkd', 'HKD'], ['sgd', 'SGD'], ['mxn', 'MXN'], ['twd', 'TWD'],
]);

/**
 * Currency names written after the number, as word sequences (lower case) -> ISO code and the factor to the major unit.
 * Multi-word names come first so "hong kong dollars" wins over "dollars".
 */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string, number]> = [
  ['egyptian pounds', 'EGP', 1], ['egyptian pound', 'EGP', 1], ['lebanese pounds', 'LBP', 1], ['syrian pounds', 'SYP', 1], ['sudanese pounds', 'SDG', 1],
  ['indian rupees', 'INR', 1], ['pakistani rupees', 'PKR', 1], ['nepalese rupees', 'NPR', 1], ['mauritian rupees', 'MUR', 1],
  ['kenyan shillings', 'KES', 1], ['ugandan shillings', 'UGX', 1], ['tanzanian shillings', 'TZS', 1], ['somali shillings', 'SOS', 1],
  ['brazilian reais', 'BRL', 1], ['brazilian real', 'BRL', 1], ['south african rand', 'ZAR', 1], ['russian roubles', 'RUB', 1], ['russian rubles', 'RUB', 1],
  ['swedish kronor', 'SEK', 1], ['swedish krona', 'SEK', 1], ['norwegian kroner', 'NOK', 1], ['norwegian krone', 'NOK', 1], ['danish kroner', 'DKK', 1], ['danish krone', 'DKK', 1],
  ['icelandic kronur', 'ISK', 1], ['czech koruna', 'CZK', 1], ['czech crowns', 'CZK', 1], ['saudi riyals', 'SAR', 1], ['qatari riyals', 'QAR', 1], ['iranian rials', 'IRR', 1],
  ['uae dirhams', 'AED', 1], ['emirati dirhams', 'AED', 1], ['moroccan dirhams', 'MAD', 1], ['jordanian dinars', 'JOD', 1], ['kuwaiti dinars', 'KWD', 1], ['iraqi dinars', 'IQD', 1],
  ['algerian dinars', 'DZD', 1], ['tunisian dinars', 'TND', 1], ['serbian dinars', 'RSD', 1], ['libyan dinars', 'LYD', 1], ['israeli shekels', 'ILS', 1], ['new shekels', 'ILS', 1],
  ['nigerian naira', 'NGN', 1], ['ghanaian cedis', 'GHS', 1], ['zambian kwacha', 'ZMW', 1], ['malawian kwacha', 'MWK', 1], ['ethiopian birr', 'ETB', 1],
  ['argentine pesos', 'ARS', 1], ['argentinian pesos', 'ARS', 1], ['chilean pesos', 'CLP', 1], ['colombian pesos', 'COP', 1], ['cuban pesos', 'CUP', 1], ['dominican pesos', 'DOP', 1],
  ['peruvian soles', 'PEN', 1], ['venezuelan bolivars', 'VES', 1], ['polish zloty', 'PLN', 1], ['polish zlotys', 'PLN', 1], ['hungarian forints', 'HUF', 1], ['hungarian forint', 'HUF', 1],
  ['romanian lei', 'RON', 1], ['ukrainian hryvnias', 'UAH', 1], ['ukrainian hryvnia', 'UAH', 1], ['kazakh tenge', 'KZT', 1], ['thai baht', 'THB', 1], ['indonesian rupiah', 'IDR', 1],
  ['malaysian ringgit', 'MYR', 1], ['vietnamese dong', 'VND', 1], ['south korean won', 'KRW', 1], ['korean won', 'KRW', 1], ['bangladeshi taka', 'BDT', 1],
  ['zimbabwe dollars', 'ZWL', 1], ['zimbabwean dollars', 'ZWL', 1], ['jamaican dollars', 'JMD', 1], ['taiwanese dollars', 'TWD', 1], ['new taiwan dollars', 'TWD', 1],
  ['cfa francs', 'XOF', 1], ['rwandan francs', 'RWF', 1], ['congolese francs', 'CDF', 1], ['chinese renminbi', 'CNY', 1],
  ['hong kong dollars', 'HKD', 1], ['hong kong dollar', 'HKD', 1], ['canadian dollars', 'CAD', 1], ['canadian dollar', 'CAD', 1],
  ['australian dollars', 'AUD', 1], ['australian dollar', 'AUD', 1], ['new zealand dollars', 'NZD', 1], ['new zealand dollar', 'NZD', 1],
  ['singapore dollars', 'SGD', 1], ['us dollars', 'USD', 1], ['us dollar', 'USD', 1], ['chinese yuan', 'CNY', 1], ['dutch guilders', 'NLG', 1], ['japanese yen', 'JPY', 1], ['u . s . dollars', 'USD', 1], ['u . s . dollar', 'USD', 1], ['american dollars', 'USD', 1], ['taiwan dollars', 'TWD', 1],
  ['swiss francs', 'CHF', 1], ['swiss franc', 'CHF', 1], ['french francs', 'FRF', 1], ['belgian francs', 'BEF', 1], ['finnish markka', 'FIM', 1], ['markka', 'FIM', 1],
  ['deutsche marks', 'DEM', 1], ['deutschmarks', 'DEM', 1], ['marks', 'DEM', 1], ['pounds sterling', 'GBP', 1], ['sterling', 'GBP', 1],
  ['mexican pesos', 'MXN', 1], ['mexican peso', 'MXN', 1], ['philippine pesos', 'PHP', 1], ['pesos', 'MXN', 1], ['peso', 'MXN', 1],
  ['turkish lira', 'TRY', 1], ['lira', 'TRY', 1], ['liras', 'TRY', 1], ['sri lankan rupees', 'LKR', 1], ['sri lankan rupee', 'LKR', 1],
  ['dollars', 'USD', 1], ['dollar', 'USD', 1], ['bucks', 'USD', 1], ['quid', 'GBP', 1], ['euros', 'EUR', 1], ['euro', 'EUR', 1], ['pounds', 'GBP', 1], ['pound', 'GBP', 1],
  ['yen', 'JPY', 1], ['yuan', 'CNY', 1], ['renminbi', 'CNY', 1], ['rupees', 'INR', 1], ['rupee', 'INR', 1], ['francs', 'CHF', 1], ['franc', 'CHF', 1],
  ['roubles', 'RUB', 1], ['rubles', 'RUB', 1], ['rand', 'ZAR', 1], ['baht', 'THB', 1], ['riel', 'KHR', 1], ['riels', 'KHR', 1], ['dong', 'VND', 1],
  ['won', 'KRW', 1], ['ringgit', 'MYR', 1], ['rupiah', 'IDR', 1], ['naira', 'NGN', 1], ['shillings', 'KES', 1], ['kronor', 'SEK', 1], ['krona', 'SEK', 1], ['kroner', 'NOK', 1],
  ['krone', 'NOK', 1], ['zloty', 'PLN', 1], ['zlotys', 'PLN', 1], ['forint', 'HUF', 1], ['pesetas', 'ESP', 1], ['peseta', 'ESP', 1], ['guilders', 'NLG', 1],
  ['guilder', 'NLG', 1], ['colones', 'CRC', 1], ['colón', 'CRC', 1], ['lari', 'GEL', 1], ['kip', 'LAK', 1], ['dinars', 'DZD', 1], ['dirhams', 'AED', 1],
  ['shekels', 'ILS', 1], ['shekel', 'ILS', 1], ['riyals', 'SAR', 1], ['riyal', 'SAR', 1], ['rials', 'IRR', 1], ['reais', 'BRL', 1],
  ['hryvnias', 'UAH', 1], ['hryvnia', 'UAH', 1], ['taka', 'BDT', 1], ['cedis', 'GHS', 1], ['kwacha', 'ZMW', 1], ['birr', 'ETB', 1], ['tenge', 'KZT', 1],
  ['dirham', 'AED', 1], ['dinar', 'DZD', 1], ['koruna', 'CZK', 1], ['korunas', 'CZK', 1], ['lei', 'RON', 1], ['bolivars', 'VES', 1],
  ['bitcoins', 'BTC', 1], ['bitcoin', 'BTC', 1], ['satoshis', 'BTC', 1e-8], ['satoshi', 'BTC', 1e-8],
  ['cents', 'USD', 0.01], ['cent', 'USD', 0.01], ['pence', 'GBP', 0.01], ['penny', 'GBP', 0.01], ['pennies', 'GBP', 0.01], ['sen', 'MYR', 0.01],
];

/** Currency codes that are no English word, so they may be read in lower case too ("rmb 10", "usd 20"). */
export const UNAMBIGUOUS_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'aud', 'nzd', 'hkd', 'sgd', 'cad', 'chf', 'mxn', 'zar', 'sek', 'dkk', 'brl', 'krw', 'btc', 'ngn', 'khr']);

/** Scale letters written glued before a currency code in finance tables: "30 MUSD", "MEUR 5", "500 kEUR". */
export const CODE_SCALE_PREFIXES: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mm', 1e6], ['b', 1e9], ['bn', 1e9]]);

/** Glued minor-unit suffixes: "50p" (pence), "99c" (cents). */
export const MINOR_SUFFIXES: ReadonlyMap<string, string> = new Map([['p', 'GBP'], ['c', 'USD']]);

/** Words after a money figure that make it a rate: "$70 a share", "£5 per hour". */
export const RATE_DENOMINATORS: ReadonlySet<string> = new Set([
  'share', 'head', 'person', 'year', 'month', 'week', 'day', 'hour', 'barrel', 'ounce', 'tonne', 'ton', 'gallon', 'litre', 'liter', 'kilo', 'kg', 'unit',
  'night', 'ticket', 'household', 'pupil', 'student', 'patient', 'dozen', 'pound', 'annum', 'capita', 'minute', 'mile', 'seat', 'game', 'episode',
]);

export type UnitKind = 'measure' | 'duration' | 'age';

/** Measurement units: surface form (lower case) -> [canonical name, kind]. Multi-word forms are matched before single words. */
export const UNITS: ReadonlyArray<readonly [string, string, UnitKind]> = [
  ['degrees celsius', 'celsius', 'measure'], ['degree celsius', 'celsius', 'measure'], ['degrees centigrade', 'celsius', 'measure'], ['degrees fahrenheit', 'fahrenheit', 'measure'],
  ['degree fahrenheit', 'fahrenheit', 'measure'], ['deg celsius', 'celsius', 'measure'], ['deg fahrenheit', 'fahrenheit', 'measure'], ['degrees c', 'celsius', 'measure'],
  ['degrees f', 'fahrenheit', 'measure'], ['degrees farenheit', 'fahrenheit', 'measure'], ['degrees celcius', 'celsius', 'measure'], ['degree farenheit', 'fahrenheit', 'measure'], ['degree c', 'celsius', 'measure'], ['degree f', 'fahrenheit', 'measure'], ['deg c', 'celsius', 'measure'], ['deg f', 'fahrenheit', 'measure'],
  ['° c', 'celsius', 'measure'], ['° f', 'fahrenheit', 'measure'], ['°c', 'celsius', 'measure'], ['°f', 'fahrenheit', 'measure'], ['° celsius', 'celsius', 'measure'], ['° fahrenheit', 'fahrenheit', 'measure'],
  ['celsius', 'celsius', 'measure'], ['celcius', 'celsius', 'measure'], ['centigrade', 'celsius', 'measure'], ['centigrate', 'celsius', 'measure'], ['fahrenheit', 'fahrenheit', 'measure'], ['farenheit', 'fahrenheit', 'measure'],
  ['kilometres per hour', 'km/h', 'measure'], ['kilometers per hour', 'km/h', 'measure'], ['km per hour', 'km/h', 'measure'], ['km/h', 'km/h', 'measure'], ['km / h', 'km/h', 'measure'], ['km/hr', 'km/h', 'measure'], ['km / hr', 'km/h', 'measure'], ['km / s', 'km/s', 'measure'], ['m / s', 'm/s', 'measure'], ['kph', 'km/h', 'measure'], ['kmph', 'km/h', 'measure'],
  ['miles per hour', 'mph', 'measure'], ['miles an hour', 'mph', 'measure'], ['mile per hour', 'mph', 'measure'], ['mph', 'mph', 'measure'], ['knots', 'knots', 'measure'],
  ['metres per second', 'm/s', 'measure'], ['meters per second', 'm/s', 'measure'], ['m/s', 'm/s', 'measure'],
  ['square kilometres', 'km2', 'measure'], ['square kilometers', 'km2', 'measure'], ['sq km', 'km2', 'measure'], ['km2', 'km2', 'measure'], ['km²', 'km2', 'measure'],
  ['square metres', 'm2', 'measure'], ['square meters', 'm2', 'measure'], ['sq m', 'm2', 'measure'], ['m2', 'm2', 'measure'], ['m²', 'm2', 'measure'],
  ['square miles', 'sq mi', 'measure'], ['square mile', 'sq mi', 'measure'], ['sq miles', 'sq mi', 'measure'], ['square feet', 'sq ft', 'measure'], ['sq ft', 'sq ft', 'measure'],
  ['cubic feet', 'cu ft', 'measure'], ['cubic metres', 'm3', 'measure'], ['cubic meters', 'm3', 'measure'],
  ['metric tons', 'tonnes', 'measure'], ['metric tonnes', 'tonnes', 'measure'], ['metric ton', 'tonnes', 'measure'], ['tonnes', 'tonnes', 'measure'], ['tonne', 'tonnes', 'measure'],
  ['tons', 'tons', 'measure'], ['ton', 'tons', 'measure'], ['t', 'tonnes', 'measure'],
  ['kilometres', 'km', 'measure'], ['kilometers', 'km', 'measure'], ['kilometre', 'km', 'measure'], ['kilometer', 'km', 'measure'], ['km', 'km', 'measure'], ['kms', 'km', 'measure'],
  ['centimetres', 'cm', 'measure'], ['centimeters', 'cm', 'measure'], ['centimetre', 'cm', 'measure'], ['centimeter', 'cm', 'measure'], ['cm', 'cm', 'measure'],
  ['millimetres', 'mm', 'measure'], ['millimeters', 'mm', 'measure'], ['millimetre', 'mm', 'measure'], ['millimeter', 'mm', 'measure'], ['mm', 'mm', 'measure'],
  ['decimetres', 'dm', 'measure'], ['decimeters', 'dm', 'measure'], ['dm', 'dm', 'measure'], ['picometres', 'pm', 'measure'], ['picometers', 'pm', 'measure'], ['picometer', 'pm', 'measure'],
  ['metres', 'm', 'measure'], ['meters', 'm', 'measure'], ['metre', 'm', 'measure'], ['meter', 'm', 'measure'], ['m', 'm', 'measure'],
  ['miles', 'miles', 'measure'], ['mile', 'miles', 'measure'], ['mi', 'miles', 'measure'], ['yards', 'yards', 'measure'], ['yard', 'yards', 'measure'], ['yds', 'yards', 'measure'],
  ['feet', 'feet', 'measure'], ['foot', 'feet', 'measure'], ['ft', 'feet', 'measure'], ['inches', 'inches', 'measure'], ['inch', 'inches', 'measure'], ['in.', 'inches', 'measure'],
  ['kilograms', 'kg', 'measure'], ['kilogrammes', 'kg', 'measure'], ['kilogram', 'kg', 'measure'], ['kilos', 'kg', 'measure'], ['kilo', 'kg', 'measure'], ['kg', 'kg', 'measure'], ['kgs', 'kg', 'measure'],
  ['milligrams', 'mg', 'measure'], ['milligrammes', 'mg', 'measure'], ['mg', 'mg', 'measure'], ['micrograms', 'µg', 'measure'], ['microgram', 'µg', 'measure'], ['microgrammes', 'µg', 'measure'], ['µg', 'µg', 'measure'], ['μg', 'µg', 'measure'], ['mcg', 'µg', 'measure'],
  ['grams', 'g', 'measure'], ['grammes', 'g', 'measure'], ['gram', 'g', 'measure'], ['g', 'g', 'measure'],
  ['pounds', 'lb', 'measure'], ['lbs', 'lb', 'measure'], ['lb', 'lb', 'measure'], ['ounces', 'oz', 'measure'], ['ounce', 'oz', 'measure'], ['oz', 'oz', 'measure'], ['stone', 'stone', 'measure'],
  ['millilitres', 'ml', 'measure'], ['milliliters', 'ml', 'measure'], ['ml', 'ml', 'measure'], ['litres', 'litres', 'measure'], ['liters', 'litres', 'measure'], ['litre', 'litres', 'measure'], ['liter', 'litres', 'measure'],
  ['l', 'litres', 'measure'], ['ltr', 'litres', 'measure'], ['cc', 'cc', 'measure'], ['mpg', 'mpg', 'measure'],
  ['gallons', 'gallons', 'measure'], ['gallon', 'gallons', 'measure'], ['barrels', 'barrels', 'measure'], ['barrel', 'barrels', 'measure'], ['pints', 'pints', 'measure'],
  ['tablespoons', 'tablespoons', 'measure'], ['tablespoon', 'tablespoons', 'measure'], ['teaspoons', 'teaspoons', 'measure'], ['teaspoon', 'teaspoons', 'measure'], ['cups', 'cups', 'measure'], ['cup', 'cups', 'measure'],
  ['acres', 'acres', 'measure'], ['acre', 'acres', 'measure'], ['hectares', 'hectares', 'measure'], ['hectare', 'hectares', 'measure'], ['ha', 'hectares', 'measure'],
  ['terabytes', 'TB', 'measure'], ['gigabytes', 'GB', 'measure'], ['megabytes', 'MB', 'measure'], ['kilobytes', 'kB', 'measure'], ['tb', 'TB', 'measure'], ['gb', 'GB', 'measure'], ['mb', 'MB', 'measure'], ['kb', 'kB', 'measure'],
  ['megabits', 'Mbit', 'measure'], ['mbps', 'Mbps', 'measure'], ['kbps', 'kbps', 'measure'], ['gbps', 'Gbps', 'measure'], ['bit', 'bit', 'measure'], ['bits', 'bit', 'measure'],
  ['ghz', 'GHz', 'measure'], ['mhz', 'MHz', 'measure'], ['megapixels', 'megapixels', 'measure'], ['megapixel', 'megapixels', 'measure'],
  ['kilowatts', 'kW', 'measure'], ['megawatts', 'MW', 'measure'], ['gigawatts', 'GW', 'measure'], ['kw', 'kW', 'measure'], ['mw', 'MW', 'measure'], ['gw', 'GW', 'measure'], ['kwh', 'kWh', 'measure'], ['watts', 'W', 'measure'],
  ['volts', 'V', 'measure'], ['calories', 'calories', 'measure'], ['decibels', 'dB', 'measure'], ['radians', 'rad', 'measure'], ['rad', 'rad', 'measure'], ['drachma', 'drachma', 'measure'],
  ['nanometres', 'nm', 'measure'], ['nanometers', 'nm', 'measure'], ['nanometre', 'nm', 'measure'], ['nanometer', 'nm', 'measure'], ['nm', 'nm', 'measure'],
  ['micrometres', 'µm', 'measure'], ['micrometers', 'µm', 'measure'], ['micrometre', 'µm', 'measure'], ['micrometer', 'µm', 'measure'], ['microns', 'µm', 'measure'], ['micron', 'µm', 'measure'], ['µm', 'µm', 'measure'],
  ['nautical miles', 'nautical miles', 'measure'], ['nautical mile', 'nautical miles', 'measure'], ['light years', 'light years', 'measure'], ['light - years', 'light years', 'measure'], ['light - year', 'light years', 'measure'],
  ['square - foot', 'sq ft', 'measure'], ['square - feet', 'sq ft', 'measure'], ['square - mile', 'sq mi', 'measure'], ['square - metre', 'm2', 'measure'], ['square - meter', 'm2', 'measure'],
  ['square - kilometre', 'km2', 'measure'], ['square - kilometer', 'km2', 'measure'], ['cubic - metre', 'm3', 'measure'], ['cubic - meter', 'm3', 'measure'], ['cubic - foot', 'cu ft', 'measure'],
  ['square kilometre', 'km2', 'measure'], ['square kilometer', 'km2', 'measure'], ['square metre', 'm2', 'measure'], ['square meter', 'm2', 'measure'], ['square foot', 'sq ft', 'measure'],
  ['cubic metre', 'm3', 'measure'], ['cubic meter', 'm3', 'measure'], ['cubic foot', 'cu ft', 'measure'], ['cubic yards', 'cu yd', 'measure'], ['cubic centimetres', 'cm3', 'measure'],
  ['milligram', 'mg', 'measure'], ['millilitre', 'ml', 'measure'], ['milliliter', 'ml', 'measure'], ['pint', 'pints', 'measure'], ['quarts', 'quarts', 'measure'], ['quart', 'quarts', 'measure'],
  ['fluid ounces', 'fl oz', 'measure'], ['fl oz', 'fl oz', 'measure'], ['bushels', 'bushels', 'measure'], ['cl', 'cl', 'measure'], ['centilitres', 'cl', 'measure'], ['centiliters', 'cl', 'measure'],
  ['megatonnes', 'Mt', 'measure'], ['megatons', 'Mt', 'measure'], ['kilotonnes', 'kt', 'measure'], ['kilotons', 'kt', 'measure'], ['gigatonnes', 'Gt', 'measure'], ['gigatons', 'Gt', 'measure'],
  ['kilowatt hours', 'kWh', 'measure'], ['megawatt hours', 'MWh', 'measure'], ['gigawatt hours', 'GWh', 'measure'], ['terawatt hours', 'TWh', 'measure'],
  ['mwh', 'MWh', 'measure'], ['gwh', 'GWh', 'measure'], ['twh', 'TWh', 'measure'], ['terawatts', 'TW', 'measure'],
  ['kilowatt', 'kW', 'measure'], ['megawatt', 'MW', 'measure'], ['gigawatt', 'GW', 'measure'], ['watt', 'W', 'measure'], ['volt', 'V', 'measure'], ['kilovolts', 'kV', 'measure'], ['kv', 'kV', 'measure'],
  ['joules', 'J', 'measure'], ['kilojoules', 'kJ', 'measure'], ['megajoules', 'MJ', 'measure'], ['kilocalories', 'kcal', 'measure'], ['kcal', 'kcal', 'measure'], ['calorie', 'calories', 'measure'],
  ['gigahertz', 'GHz', 'measure'], ['megahertz', 'MHz', 'measure'], ['kilohertz', 'kHz', 'measure'], ['khz', 'kHz', 'measure'], ['hertz', 'Hz', 'measure'], ['hz', 'Hz', 'measure'],
  ['decibel', 'dB', 'measure'], ['db', 'dB', 'measure'], ['kelvin', 'kelvin', 'measure'], ['megabit', 'Mbit', 'measure'], ['gigabits', 'Gbit', 'measure'], ['gigabyte', 'GB', 'measure'], ['megabyte', 'MB', 'measure'], ['terabyte', 'TB', 'measure'], ['kilobyte', 'kB', 'measure'], ['petabytes', 'PB', 'measure'],
  ['degrees', 'degrees', 'measure'], ['degree', 'degrees', 'measure'], ['deg', 'degrees', 'measure'], ['°', 'degrees', 'measure'],
  ['millennia', 'millennia', 'duration'], ['centuries', 'centuries', 'duration'], ['century', 'centuries', 'duration'], ['decades', 'decades', 'duration'], ['decade', 'decades', 'duration'],
  ['years', 'years', 'duration'], ['year', 'years', 'duration'], ['yrs', 'years', 'duration'], ['months', 'months', 'duration'], ['month', 'months', 'duration'],
  ['weeks', 'weeks', 'duration'], ['week', 'weeks', 'duration'], ['days', 'days', 'duration'], ['day', 'days', 'duration'], ['nights', 'nights', 'duration'],
  ['hours', 'hours', 'duration'], ['hour', 'hours', 'duration'], ['hrs', 'hours', 'duration'], ['minutes', 'minutes', 'duration'], ['minute', 'minutes', 'duration'], ['mins', 'minutes', 'duration'],
  ['seconds', 'seconds', 'duration'], ['second', 'seconds', 'duration'], ['secs', 'seconds', 'duration'], ['milliseconds', 'milliseconds', 'duration'], ['millisecond', 'milliseconds', 'duration'], ['ms', 'milliseconds', 'duration'],
  ['yo', 'years', 'age'], ['y.o.', 'years', 'age'],
];

/** Unit abbreviations that may be read only when glued to the digits ("5km", "1.8m"), never as a free word ("in", "m", "g"). */
export const GLUED_ONLY_UNITS: ReadonlySet<string> = new Set(['m', 'g', 't', 'mi', 'ha', 'in.', 'dm', 'pm', 'ms', 'rad', 'c', 'f', 'mb', 'gb', 'kb', 'tb', 'mw', 'gw', 'kw', 'ft', 'oz', 'lb', 'nm', 'cl', 'db', 'hz', 'kv', 'mwh', 'gwh', 'twh', 'l', 'cc']);

/**
 * Unit symbols that may stand spaced after the number, as the SI style writes them ("200 m", "20 t", "12 MW"), when a word
 * that only a measure takes follows: a dimension word after a length ("200 m deep"), or "of" ("20 t of sand", "5 g of fat").
 */
export const SPACED_LENGTH_SYMBOLS: ReadonlySet<string> = new Set(['m', 'dm', 'ft', 'mi']);
export const SPACED_SYMBOLS_BEFORE_OF: ReadonlySet<string> = new Set(['m', 'dm', 'ft', 'mi', 'g', 't', 'oz', 'lb', 'ha', 'mb', 'gb', 'kb', 'tb', 'mw', 'gw', 'kw']);
/** Words after a length that say it is a dimension or a distance: "200 m deep", "40 m offshore". */
export const DIMENSION_WORDS: ReadonlySet<string> = new Set([
  'long', 'wide', 'high', 'tall', 'deep', 'thick', 'across', 'away', 'above', 'below', 'offshore', 'inland', 'underground', 'underwater',
  'apart', 'beneath', 'under', 'in', 'upstream', 'downstream', 'further', 'farther', 'short', 'higher', 'lower', 'deeper', 'longer', 'behind', 'ahead',
]);
/** Nouns after "in" that make the figure before a dimension: "30 m in length". */
export const DIMENSION_NOUNS: ReadonlySet<string> = new Set(['length', 'width', 'height', 'depth', 'diameter', 'circumference', 'radius', 'size', 'area', 'thickness', 'breadth']);

/** Words that make a sentence speak of temperature, so a spaced "C" or "F" after a figure is its scale ("30 C outside"). */
export const TEMPERATURE_CUES: ReadonlySet<string> = new Set([
  'temperature', 'temperatures', 'temp', 'temps', 'degree', 'degrees', 'thermostat', 'thermometer', 'mercury', 'celsius', 'fahrenheit', 'heatwave',
  'freezing', 'frost', 'weather', 'forecast', 'forecasters', 'highs', 'lows', 'oven', 'fever', 'outside',
]);

/** Verbs of a birthday: a bare figure after them is an age ("turned 18"). */
export const AGE_TURN_VERBS: ReadonlySet<string> = new Set(['turned', 'turns', 'turning', 'turn']);
/** People named by age and sex: "a girl of 16", "a man of 70" (not "a mother of three", which counts children). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'boy', 'girl', 'man', 'woman', 'child', 'teenager', 'baby', 'pensioner', 'youngster', 'lad',
]);
/** Life events dated by the age they happened at: "died at 83", "retired at 65", "married at 19". */
export const LIFE_EVENT_VERBS: ReadonlySet<string> = new Set([
  'died', 'dies', 'retired', 'retires', 'retire', 'retiring', 'married', 'marries', 'wed', 'widowed', 'orphaned', 'emigrated', 'debuted', 'enlisted', 'graduated',
]);

/** Words after a percent figure that make it percentage points. */
export const PERCENT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['percentage points', 'percentage points'], ['percentage point', 'percentage points'], ['per cent', 'percent'], ['percent', 'percent'],
  ['pct', 'percent'], ['pc', 'percent'], ['basis points', 'basis points'], ['basis point', 'basis points'], ['%', 'percent'],
];

/** Verbs and nouns that state a change: "rose 5%", "a 15 per cent jump". */
export const INCREASE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'increase', 'increased', 'increases', 'increasing', 'grew', 'grown', 'grow', 'grows', 'growing', 'growth',
  'jump', 'jumped', 'jumps', 'jumping', 'climb', 'climbed', 'climbs', 'climbing', 'gain', 'gained', 'gains', 'gaining', 'soar', 'soared', 'soaring',
  'surge', 'surged', 'surging', 'up', 'rally', 'rallied', 'advance', 'advanced', 'boost', 'boosted', 'raise', 'raised', 'hike', 'hiked', 'leap', 'leapt',
  'leaped', 'spike', 'spiked', 'added', 'expand', 'expanded', 'improve', 'improved', 'higher', 'more', 'increment', 'uplift', 'widen', 'widened',
]);
export const DECREASE_WORDS: ReadonlySet<string> = new Set([
  'fell', 'fallen', 'fall', 'falls', 'falling', 'drop', 'dropped', 'drops', 'dropping', 'decline', 'declined', 'declines', 'declining', 'decrease',
  'decreased', 'decreases', 'down', 'slip', 'slipped', 'slid', 'slide', 'slump', 'slumped', 'plunge', 'plunged', 'plummet', 'plummeted', 'tumble',
  'tumbled', 'sank', 'sunk', 'sink', 'shrank', 'shrunk', 'shrink', 'cut', 'cuts', 'reduce', 'reduced', 'reduction', 'lose', 'lost', 'loss', 'dip',
  'dipped', 'eased', 'ease', 'lower', 'lowered', 'fewer', 'less', 'narrowed', 'narrow', 'contract', 'contracted', 'retreat', 'retreated', 'weakened', 'crash', 'crashed',
]);

/** Verbs that change their object by an amount: "raising council tax by 4.9%", "cut the deficit by £2bn". */
export const RAISE_VERBS: ReadonlySet<string> = new Set([
  'raise', 'raises', 'raised', 'raising', 'lift', 'lifts', 'lifted', 'lifting', 'increase', 'increases', 'increased', 'increasing', 'boost', 'boosts',
  'boosted', 'boosting', 'hike', 'hikes', 'hiked', 'hiking',
]);
export const LOWER_VERBS: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reduced', 'reducing', 'lower', 'lowers', 'lowered', 'lowering', 'slash', 'slashes', 'slashed',
  'slashing', 'trim', 'trims', 'trimmed', 'trimming',
]);

/** "doubled", "tripled": a change stated as a multiple. */
export const MULTIPLE_VERBS: ReadonlyMap<string, [number, 'increase' | 'decrease']> = new Map([
  ['doubled', [2, 'increase']], ['doubling', [2, 'increase']], ['tripled', [3, 'increase']], ['trebled', [3, 'increase']], ['quadrupled', [4, 'increase']],
  ['halved', [0.5, 'decrease']], ['halving', [0.5, 'decrease']],
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words after a number that make it a time of day. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'bst', 'utc', 'est', 'edt', 'pst', 'cet', "o'clock", 'o’clock']);

/** Capitalised words that may precede a number without making it part of a name. */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'about', 'around', 'some', 'more', 'over', 'under', 'nearly', 'almost',
  'only', 'just', 'all', 'and', 'but', 'or', 'as', 'since', 'after', 'before', 'than', 'up', 'another', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'these', 'those', 'this', 'that', 'there', 'here', 'when', 'while', 'if', 'roughly', 'approximately', 'around', 'until', 'between', 'among', 'every',
  'each', 'least', 'most', 'almost', 'less', 'fewer', 'than', 'so', 'yet', 'then', 'now', 'also', 'still', 'even', 'another', 'another', 'estimated',
  'mr', 'mrs', 'ms', 'dr', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'of', 'per', 'cent', 'percent', 'last', 'first', 'next', 'with', 'without',
  'said', 'says', 'told', 'according', 'while', 'where', 'what', 'who', 'which', 'why', 'how', 'no', 'not', 'both', 'either', 'neither', 'many', 'few', 'several',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'overall', 'altogether', 'total',
]);

/** Words before a number that make it a label or a rank, not a quantity: "page 3", "No 10", "top 20". */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'page', 'pages', 'pp', 'chapter', 'section', 'article', 'clause', 'paragraph', 'para', 'room', 'flat', 'apartment', 'suite',
  'gate', 'platform', 'terminal', 'route', 'highway', 'interstate', 'motorway', 'junction', 'exit', 'flight', 'bus', 'no', 'nos', 'number', 'num', 'top',
  'version', 'vol', 'volume', 'issue', 'episode', 'series', 'season', 'level', 'grade', 'stage', 'phase', 'tier', 'category',
  'division', 'round', 'hole', 'lane', 'seat', 'row', 'district', 'ward', 'zone', 'item', 'figure', 'fig', 'table', 'appendix', 'annex',
  'schedule', 'resolution', 'proposition', 'prop', 'amendment', 'mk', 'type', 'code', 'size', 'channel', 'radio', 'studio', 'track',
  'verse', 'psalm', 'part', 'scene', 'pc', 'ps', 'windows', 'iphone', 'ipod', 'xbox', 'playstation', 'formula', 'apollo', 'boeing', 'airbus',
  'mig', 'ranked', 'rank', 'ranking', 'No', 'catch', 'vista', 'release', 'firefox', 'opera', 'build', 'rev',
]);

/** Words after a number that make it a label: "1 spot", "No 1 seed" handled by LABEL_WORDS; here "2 Street". */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'drive', 'dr', 'way', 'place', 'square', 'court', 'terrace', 'crescent', 'close', 'highway',
]);

/** Street words written before the street's name, after the house number: "33 Rue Majorelle", "12 Avenue Foch", "8 Calle Mayor". */
export const STREET_FIRST_WORDS: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'quai', 'chemin', 'allée', 'via', 'viale', 'piazza', 'corso', 'calle', 'avenida', 'plaza',
  'paseo', 'rua', 'praça',
]);

/** Idioms with "one" that do not state a quantity. Matched on the lower-cased words starting at "one" or the word before it. */
export const ONE_IDIOMS: ReadonlyArray<RegExp> = [
  /^(?:no|any|every|some|each|anyone|someone) one\b/, /^(?:no|any|every|some)-one\b/, /^(?:can|could|would|should|must|might|may|will|does|did) one\b/, /^number one\b/, /^one of\b/, /^one another\b/, /^one day\b/, /^one (?:thing|way|side|hand|time|point|by one|after another|or (?:two|the other|another)|more|too|which|who|that|whose|with|in|on|at|is|was|has|had|will|would|could|can|must|should|may|might|said|says|can't|cannot|does|did|and|but|if|to|for)\b/,
  /^(?:the|this|that|which|each|every|any|no|last|next|other|another|little|big|new|old|same|right|wrong|wise|loved|young|chosen) one\b/,
  /^one\W*$/, /^one[-–](?:off|time|to|on|way|man|party|stop|size|liner|armed|sided|nil|day|all)\b/,
];

/** Subject pronouns and determiners that cannot be a counted noun. */
export const NP_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'after',
  'before', 'since', 'until', 'during', 'across', 'through', 'throughout', 'between', 'among', 'against', 'about', 'around', 'than', 'as', 'per', 'via', 'like', 'near',
  'behind', 'ahead', 'beyond', 'within', 'along', 'inside', 'outside', 'toward', 'towards', 'upon', 'despite', 'amid', 'below', 'above', 'except',
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'there', 'here', 'where', 'when', 'while', 'what', 'why', 'how', 'if', 'because', 'so', 'yet', 'then', 'now',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'it', 'its', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'him', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'not', 'no', 'also', 'only', 'just', 'even', 'still',
  'each', 'every', 'all', 'both', 'either', 'neither', 'some', 'any', 'more', 'most', 'less', 'least', 'fewer', 'many', 'much', 'few', 'several', 'such', 'other', 'another',
  'said', 'says', 'say', 'told', 'tell', 'according', 'reported', 'including', 'included', 'excluding', 'compared', 'against', 'versus', 'vs', 'plus', 'minus',
  'ago', 'earlier', 'later', 'before', 'already', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'year', 'years', 'respectively', 'apiece', 'each', 'altogether', 'overall', 'total',
  'up', 'down', 'out', 'off', 'away', 'back', 'again', 'too', 'very', 'well', 'almost', 'nearly', 'about', 'roughly', 'approximately', 'around', 'some',
]);

/** Head words that cannot stand alone as the counted noun (adjectives and adverbs seen after numbers). */
export const NP_NON_HEADS: ReadonlySet<string> = new Set([
  'new', 'more', 'extra', 'additional', 'further', 'other', 'different', 'separate', 'big', 'small', 'large', 'major', 'minor', 'main', 'key', 'top',
  'old', 'young', 'high', 'low', 'long', 'short', 'tall', 'wide', 'deep', 'full', 'total', 'whole', 'own', 'alone', 'only', 'less', 'times', 'apiece', 'each',
  'respectively', 'altogether', 'overall', 'in', 'out', 'away', 'ahead', 'behind', 'later', 'earlier', 'ago', 'before', 'after', 'straight', 'consecutive',
]);

/** Nouns that are plural without an -s, so the counted noun phrase can end on them. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'data', 'media', 'crew', 'troops', 'youth', 'feet', 'teeth',
  'mice', 'geese', 'workforce', 'livestock', 'aircraft', 'offspring', 'dead', 'injured', 'wounded', 'homeless', 'unemployed', 'elderly', 'poor', 'faithful', 'public',
  'alumni', 'criteria', 'phenomena', 'bacteria', 'clergy', 'militia', 'infantry', 'poultry', 'equipment', 'head', 'strong',
]);

/** Common -s words that are not plural nouns (so they cannot end a counted noun phrase). */
export const NON_PLURAL_S: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'its', 'this', 'thus', 'plus', 'minus', 'always', 'across', 'less', 'unless', 'news', 'bus', 'gas', 'yes', 'perhaps', 'whereas', 'besides',
  'towards', 'afterwards', 'nevertheless', 'regardless', 'chaos', 'status', 'bonus', 'census', 'campus', 'virus', 'focus', 'process', 'success', 'access', 'business',
  'progress', 'congress', 'address', 'press', 'class', 'glass', 'grass', 'loss', 'boss', 'cross', 'mass', 'pass', 'crisis', 'analysis', 'basis', 'thesis', 'diagnosis',
  'series', 'species', 'means', 'politics', 'economics', 'physics', 'athletics', 'afterwards', 'overseas', 'various', 'previous', 'serious', 'famous', 'obvious',
  'anxious', 'numerous', 'dangerous', 'enormous', 'previous', 'gross', 'nervous', 'us', 'as', 'does', 'goes', 'says', 'makes', 'takes', 'gives', 'comes', 'seems',
  'remains', 'means', 'needs', 'wants', 'gets', 'puts', 'sets', 'runs', 'sells', 'costs', 'pays', 'shows', 'lists', 'hits', 'wins', 'loses', 'earns',
]);

/** Auxiliaries and adverbs that may sit between a counted noun and its verb ("people have been arrested"). */
export const AUX_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'not', 'also', 'already', 'now', 'reportedly', 'allegedly', 'since', 'all', 'still', 'then', 'just', 'recently', 'subsequently', 'later', 'either', 'each',
  'to', 'get', 'got', 'gotten', 'were', "'ve", 'never', 'ever', 'yet', 'so', 'far', 'currently', 'officially', 'initially', 'originally', 'apparently',
  'said', 'believed', 'thought', 'expected', 'estimated', 'feared', 'known', 'likely', 'due', 'set', 'about', 'going', 'been', 'being',
]);

/** Irregular past tenses and participles that can be the event of a claim. */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'sent', 'sold', 'cut', 'lost', 'won', 'paid', 'spent', 'made', 'took', 'taken', 'gave', 'given', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown', 'built',
  'bought', 'brought', 'held', 'hit', 'kept', 'left', 'led', 'met', 'put', 'ran', 'saw', 'seen', 'set', 'shot', 'thrown', 'threw', 'went', 'gone', 'came', 'become',
  'became', 'hurt', 'struck', 'stole', 'stolen', 'got', 'found', 'fled', 'fought', 'caught', 'drove', 'driven', 'flew', 'flown', 'ate', 'eaten', 'drank', 'fed',
  'bore', 'born', 'borne', 'broke', 'broken', 'chose', 'chosen', 'dealt', 'dug', 'drew', 'drawn', 'forgave', 'froze', 'frozen', 'hid', 'hidden', 'knew', 'known',
  'laid', 'lent', 'let', 'lit', 'meant', 'overtook', 'quit', 'read', 'rode', 'rang', 'sank', 'sunk', 'shut', 'slid', 'spoke', 'spoken', 'spread', 'stood', 'stuck',
  'swore', 'sworn', 'swept', 'swam', 'taught', 'tore', 'torn', 'told', 'thought', 'understood', 'woke', 'wore', 'worn', 'wrote', 'written', 'withdrew', 'withdrawn',
  'sought', 'shrank', 'shrunk', 'bid', 'bet', 'cost', 'split', 'shed', 'upheld', 'overthrew', 'undertook', 'outsold', 'rebuilt', 'slew', 'slain', 'beat', 'beaten',
  'leapt', 'fed', 'hung', 'heard', 'did', 'done', 'said', 'had', 'sat', 'lay', 'hired', 'employed', 'earned', 'died', 'killed', 'injured',
]);

/** Words that end in -ed but are not verbs. */
export const NON_VERB_ED: ReadonlySet<string> = new Set([
  'hundred', 'red', 'bed', 'need', 'speed', 'seed', 'feed', 'shed', 'wed', 'bred', 'naked', 'sacred', 'wicked', 'aged', 'indeed', 'ted', 'fred', 'ned', 'ahmed',
  'mohammed', 'muhammed', 'united', 'limited', 'based', 'related', 'several', 'kindred', 'rugged', 'ragged', 'crooked', 'beloved', 'learned', 'embed', 'exceed', 'proceed', 'succeed', 'breed', 'greed', 'weed', 'deed', 'creed', 'reed', 'bleed', 'unprecedented',
]);

/** Present-tense or base verbs that often carry a figure as object ("costs $5", "employs 300"). */
export const BASE_VERBS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'employ', 'employs', 'earn', 'earns', 'sell', 'sells', 'buy', 'buys', 'pay', 'pays', 'spend', 'spends', 'raise', 'raises', 'lose', 'loses',
  'win', 'wins', 'cut', 'cuts', 'kill', 'kills', 'hire', 'hires', 'reach', 'reaches', 'hit', 'hits', 'total', 'totals', 'exceed', 'exceeds', 'fetch', 'fetches',
  'attract', 'attracts', 'draw', 'draws', 'invest', 'invests', 'owe', 'owes', 'borrow', 'borrows', 'save', 'saves', 'receive', 'receives', 'get', 'gets',
  'make', 'makes', 'take', 'takes', 'give', 'gives', 'need', 'needs', 'require', 'requires', 'create', 'creates', 'add', 'adds', 'face', 'faces', 'serve', 'serves',
  'send', 'sends', 'charge', 'charges', 'offer', 'offers', 'house', 'houses', 'hold', 'holds', 'contain', 'contains', 'die', 'die', 'use', 'use', 'live', 'work',
  'own', 'owns', 'uses', 'play', 'plays', 'lives', 'works', 'go', 'leave', 'remain', 'remains', 'stay', 'join', 'joined',
  'visit', 'visits', 'watch', 'watched', 'reached', 'totalled', 'totaled', 'numbered', 'fined', 'jailed', 'sentenced', 'awarded', 'rise', 'rises', 'fall', 'falls',
  'grow', 'grows', 'climb', 'climbs', 'drop', 'drops', 'jump', 'jumps', 'surge', 'surges', 'increase', 'increases', 'decline', 'declines', 'stand', 'stands', 'stood',
]);

/** -ing words that introduce a list or a comparison, not an event. */
export const NON_EVENT_ING: ReadonlySet<string> = new Set(['opening', 'closing', 'remaining', 'coming', 'leading', 'outstanding', 'existing', 'ruling', 'governing', 'including', 'excluding', 'according', 'following', 'regarding', 'concerning', 'involving', 'during', 'being', 'having', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'spring', 'thing', 'king', 'ring', 'building', 'funding', 'meeting', 'spending', 'morning', 'ceiling', 'string', 'during', 'bring', 'sing', 'wing', 'ming', 'beijing', 'nanjing', 'ling', 'standing']);

/** Words that tie a figure to the verb of the clause before it ("more than 90 were jailed, along with 561 traffickers"). */
export const COORDINATORS: ReadonlyArray<string> = ['along with', 'together with', 'as well as', 'alongside', 'plus', 'and'];

/** Words that, right before a number, show a sports score or a vote tally context. */
export const SCORE_CONTEXT = /\b(?:win|wins|won|beat|beats|beaten|lose|loses|lost|defeat|defeated|defeats|draw|drew|victory|thrashing|lead|led|trail|trailed|score|scored|scoreline|half-time|full-time|goals?|match|game|set|sets|tie|ties|final|semi-final|quarter-final|leg|aggregate|innings|wickets?|runs?|vote|voted|votes|ruling|decision)\b/i;

/** Time anchors stated with a figure: matched in the claim's sentence, nearest first. */
export const ANCHOR_PATTERN = new RegExp(
  [
    String.raw`\b[Aa]s (?:of|at) (?:the (?:end|start|beginning) of )?(?:[A-Z][a-z]+(?: \d{1,2})?(?:,? \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?|(?:last|this) (?:year|month|week)|yesterday|today|now)`,
    String.raw`\b(?:last|this|next|the previous|the past|the last|the same) (?:year|month|week|quarter|decade|season|summer|winter|spring|autumn|fall|weekend|century|financial year|fiscal year|(?:[A-Z][a-z]+day))\b`,
    String.raw`\b(?:in|during|by|since|for|from|until|through|throughout|before|after) (?:the (?:first|second|third|fourth|final|last|latest) (?:quarter|half|six months|nine months|three months)(?: of (?:the year|\d{4}))?|(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:early |late |mid-)?(?:19|20)\d\d(?:[-/]\d{2,4})?)`,
    String.raw`\b(?:a|one|two|three|four|five|ten|\d+) (?:years?|months?|weeks?|days?|decades?) (?:ago|earlier|later|before)\b`,
    String.raw`\b(?:yesterday|today|tomorrow|(?:on|last|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|so far this year|year[- ]on[- ]year|(?:year|month|quarter|week)-(?:earlier|ago)|to date)\b`,
  ].join('|'),
  'g',
);

/** Quick test for a sentence that may hold a number: digits or a number word. */
export const NUMBER_HINT =
  /[0-9½¼¾⅓⅔⅕⅛]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|halves|thirds?|quarters?|fifths?|tenths?|doubled|tripled|trebled|quadrupled|halved|lakhs?|crores?)\b/i;

/** Words that, glued to a time unit by a hyphen, make a date reference rather than a duration: "year-earlier", "month-ago". */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'previous', 'prior', 'later', 'on', 'after']);

/** Words that end with a period without ending the sentence (lower-cased, without the final period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'cmdr', 'supt', 'insp', 'det', 'rev', 'hon', 'pres', 'sec', 'atty', 'fr', 'sgt', 'cpl', 'pvt', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'est', 'approx',
  'fig', 'vol', 'pp', 'ed', 'eds', 'al', 'cf', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'ft', 'mt',
  'ave', 'blvd', 'rd', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'mass', 'md', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Turns source phrases into speakers: one canonical person or group per article, with title and organisation.
 * Names join when one is a prefix or suffix of the other (so family-name-first names like "Choub Sok Chamreun" ~ "Sok Chamreun" work);
 * pronouns go to the nearest compatible person before them.
 */
import type { Speaker } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import { recordId } from '../text/ids.js';
import { classifyName, commonWordKind, genderOfGivenName, isKnownGivenName } from '../text/nlp.js';
import { spanAt } from '../text/spans.js';
import { tokenize, isCapitalized, type Token } from './tokens.js';
import { NAME_TITLES, TITLE_WORDS, TITLE_HEADS, ORG_WORDS, ORG_DESCRIPTORS, DETERMINERS, GROUP_NOUNS, SUBJECT_PRONOUNS, SPEAKER_SELF_PRONOUNS, HONORIFICS, EXTRA_TITLE_HEADS, TITLE_STOPS, ORG_SUFFIXES, LEADING_CONNECTIVES, CLAUSE_OPENERS, DAY_WORDS, POST_NOMINALS, REGION_ADJECTIVES, NON_BODY_MODIFIERS } from './lexicon.js';

/** One attribution's speaker evidence: the source phrase, or an earlier attribution whose speaker carries over. */
export interface SpeakerEvidence {
  readonly source: { readonly start: number; readonly end: number } | null;
  /** Index of an earlier evidence item whose speaker this one shares (floating quotes, follow-on statements). */
  readonly carry: number | null;
}

/** What a source phrase says about its speaker. */
export interface ParsedSource {
  readonly kind: 'person' | 'group' | 'pronoun' | 'self' | 'relative';
  /** The span naming the speaker: the name, the pronoun, or the group phrase. */
  readonly mention: { start: number; end: number };
  readonly name: string;
  readonly title: string | null;
  readonly organization: string | null;
  /** 'm' / 'f' from an honorific or pronoun. */
  readonly gender: 'm' | 'f' | null;
  /** For a phrase that refers back like a pronoun ("the 58-year-old"): what it is when it refers back to nobody. */
  readonly orElse?: ParsedSource;
}

const POSSESSIVE_PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | undefined>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ter', 'st']);
const LINKS = new Set(['of', 'at', 'for', 'with', 'from', 'in', 'to']);

/** Reads a source phrase: its name, title, organisation and kind. */
export function parseSource(text: string, start: number, end: number): ParsedSource | null {
  const tokens = tokenize(text, start, end);
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  // Brackets ("(R-Texas)", "(D-N.Y.)") add a party or place, not part of the name.
  const core = (comma >= 0 ? tokens.slice(0, comma) : tokens).filter((t, i, all) => !insideBrackets(all, i));
  while (core.length && !core[core.length - 1]!.word) core.pop();
  const appos = comma >= 0 ? tokens.slice(comma + 1).filter((t) => t.text !== ',' || false) : [];
  const coreWords = core.filter((t) => t.word);
  if (coreWords.length === 0) return null;
  // "The", "These": a determiner alone (a source cut short) names nobody.
  if (coreWords.every((t) => DETERMINERS.has(t.norm) && !SUBJECT_PRONOUNS[t.norm] && !POSSESSIVE_PRONOUNS[t.norm] && !SPEAKER_SELF_PRONOUNS.has(t.norm))) return null;
  const head = coreWords[coreWords.length - 1]!;
  if (coreWords.length === 1 && SUBJECT_PRONOUNS[head.norm]) {
    return { kind: 'pronoun', mention: head, name: head.norm, title: null, organization: null, gender: head.norm === 'he' ? 'm' : head.norm === 'she' ? 'f' : null };
  }
  // "its decision to …", "his call for …": a possessive pronoun before a noun cue stands for its subject pronoun.
  const owner = coreWords.length === 1 ? POSSESSIVE_PRONOUNS[head.norm] : undefined;
  if (owner) return { kind: 'pronoun', mention: head, name: owner, title: null, organization: null, gender: owner === 'he' ? 'm' : owner === 'she' ? 'f' : null };
  // "The 64-year-old", "the 41-year-old chart-topper": an age in place of a name refers back to a person, as "he" or "she" does.
  // With nobody before it to refer to, it stays an unnamed group.
  if (coreWords.length <= 4 && coreWords[0]!.norm === 'the' && /^\d{1,3}-year-old$/.test(coreWords[1]?.norm ?? '') && coreWords.slice(2).every((t) => !isCapitalized(t))) {
    const m = { start: coreWords[0]!.start, end: head.end };
    const group: ParsedSource = { kind: 'group', mention: m, name: text.slice(coreWords[1]!.start, head.end), title: null, organization: null, gender: null };
    return { kind: 'pronoun', mention: m, name: text.slice(m.start, m.end), title: null, organization: null, gender: null, orElse: group };
  }
  // "We all", "We want people to": a first-person phrase is the quoted speaker talking, never a separate source.
  // ("US officials" is no "us": a capitalised acronym before more words names a country or body.)
  const acronym = coreWords.length > 1 && /^\p{Lu}{2,}$/u.test(coreWords[0]!.text);
  const selfLed = SPEAKER_SELF_PRONOUNS.has(coreWords[0]!.norm) && !acronym && !coreWords.slice(1).some((t) => isCapitalized(t));
  if ((coreWords.length === 1 || selfLed) && SPEAKER_SELF_PRONOUNS.has(coreWords[0]!.norm)) return { kind: 'self', mention: head, name: head.norm, title: null, organization: null, gender: null };
  if (head.norm === 'who' || head.norm === 'which' || head.norm === 'that') return { kind: 'relative', mention: head, name: head.norm, title: null, organization: null, gender: null };

  // "the mayor's press secretary, Ana Ruiz": a title phrase before a name set off by commas; the name is the speaker.
  // So is a capitalised title ending in its head noun ("The Prime Minister, Tony Blair", "The Lord Chancellor, Lord Falconer").
  // And "The mayor of Leeds, Tom Fenn": a title linked to a place or body.
  const titleLinked = coreWords.some((t, i) => i > 0 && LINKS.has(t.norm) && !isCapitalized(coreWords[i - 1]!) && isTitleHead(coreWords[i - 1]!.norm));
  if (comma >= 0 && (!isCapitalized(head) || isTitleHead(head.norm) || titleLinked)) {
    const nameWords = appos.filter((t) => t.word);
    if (nameWords.length >= 2 && nameWords.length <= 4 && nameWords.every((t) => isCapitalized(t) || PARTICLES.has(t.norm))) {
      const inner = parseSource(text, nameWords[0]!.start, nameWords[nameWords.length - 1]!.end);
      if (inner && inner.kind === 'person') {
        const preInfo = readPreTitle(text, core.filter((t) => t.word || t.text === '-'));
        return { ...inner, title: inner.title ?? preInfo.title, organization: inner.organization ?? preInfo.organization };
      }
    }
  }
  const apposInfo = readApposition(text, appos);
  // A person: the phrase ends in a capitalised run (the name), possibly after titles.
  const possessive = /['’]s$/.test(head.text) || head.text.endsWith('’');
  // "Tony Blair's pledge to …", "the company's claim that …": the owner of a noun cue is the source, without the possessive.
  if (possessive && comma < 0 && coreWords.length > 0) {
    const cut = /['’]s$/.test(head.text) ? 2 : 1;
    if (head.end - cut > coreWords[0]!.start) {
      const owner = parseSource(text, coreWords[0]!.start, head.end - cut);
      if (owner) return owner;
    }
  }
  // "Officials said" / "Police say": a group noun capitalised only because it opens the sentence.
  const groupWord = coreWords.every((t) => GROUP_NOUNS.has(t.norm) || DETERMINERS.has(t.norm) || classifyName(t.norm) === 'demonym');
  // "the Trade and Industry Secretary", "the Foreign Secretary": a title after "the", with no name, is an unnamed office holder.
  if (DETERMINERS.has(coreWords[0]!.norm) && coreWords.length >= 3 && isCapitalized(head) && isTitleHead(head.norm) && coreWords.slice(1).every((t) => (isCapitalized(t) || t.norm === 'and') && !isKnownGivenName(t.text))) {
    const m = { start: coreWords[1]!.start, end: head.end };
    return { kind: 'group', mention: m, name: text.slice(m.start, m.end), title: null, organization: null, gender: null };
  }
  if (isCapitalized(head) && !possessive && !groupWord) {
    let i = core.length - 1;
    while (i >= 0 && (isCapitalized(core[i]!) || (core[i]!.word && PARTICLES.has(core[i]!.norm) && i > 0 && isCapitalized(core[i - 1]!)) || core[i]!.text === '-')) i--;
    let runStart = i + 1;
    const run = core.slice(runStart);
    // A company the lexicon knows by the whole run is that company, even when it opens with a title word ("General Motors").
    if (run.length >= 2 && classifyName(text.slice(run[0]!.start, run[run.length - 1]!.end)) === 'organization') {
      const m = { start: run[0]!.start, end: run[run.length - 1]!.end };
      const name = text.slice(m.start, m.end);
      return { kind: 'group', mention: m, name, title: null, organization: name, gender: null };
    }
    // Titles written in capitals before the name ("President", "Sen.", "National Police Chief") are not the name.
    let k = 0;
    // So is a hyphenated word whose second part is lower case ("Scrum-half Peter Stringer", "Co-founder Ana Ruiz"); names write both parts capitalised.
    while (k < run.length - 1 && (NAME_TITLES.has(run[k]!.norm) || TITLE_WORDS.has(run[k]!.norm) || ORG_WORDS.has(run[k]!.norm) || dayBeforeName(text, run, k) || /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(run[k]!.text))) k++;
    // A capitalised title inside the run ends what comes before it ("Home Secretary Charles Clarke", "East Midlands MEP Robert Smith").
    for (let j = run.length - 2; j >= k; j--) {
      if (run[j]!.word && (isTitleHead(run[j]!.norm) || HONORIFICS.has(run[j]!.norm))) {
        k = j + 1;
        break;
      }
    }
    // "Labour's Paul Flynn": a possessive inside the run is the organisation, not part of the name.
    let possessor: string | null = null;
    for (let j = run.length - 2; j >= k; j--) {
      if (/['’]s$/.test(run[j]!.text)) {
        possessor = text.slice(run[k]!.start, run[j]!.end).replace(/['’]s$/, '');
        k = j + 1;
        break;
      }
    }
    // "For the Lib Dems David Laws said", "Leeds United Peter Ridsdale": a body's name ending in its suffix, then a full name
    // opening with a known given name, is the organisation and the person.
    if (possessor === null) {
      for (let j = run.length - 3; j >= k; j--) {
        if (run[j]!.word && ORG_SUFFIXES.has(run[j]!.norm) && isKnownGivenName(run[j + 1]!.text)) {
          let from = k;
          while (from > 0 && ORG_WORDS.has(run[from - 1]!.norm)) from--;
          possessor = text.slice(run[from]!.start, run[j]!.end);
          k = j + 1;
          break;
        }
      }
    }
    const nameTokens = run.slice(k);
    // "Frank Field MP", "Guy Mansfield QC": post-nominal letters are a title written after the name.
    let postTitle: string | null = null;
    if (nameTokens.length > 2 && POST_NOMINALS.has(nameTokens[nameTokens.length - 1]!.norm) && /^\p{Lu}+$/u.test(nameTokens[nameTokens.length - 1]!.text)) {
      postTitle = nameTokens.pop()!.text;
    }
    if (nameTokens.length === 0) return null;
    // A lone function word capitalised at a sentence start ("If", "Despite", "I've") names nobody.
    const only = nameTokens.length === 1 ? nameTokens[0]!.norm : '';
    if (only && (TITLE_STOPS.has(only) || CLAUSE_OPENERS.has(only) || LEADING_CONNECTIVES.has(only) || SPEAKER_SELF_PRONOUNS.has(only.replace(/'.*$/, '')))) return null;
    // A lone capitalised word the lexicon knows as no name: a verb form or function word names nobody ("Asked about it, …");
    // a noun for people is an unnamed speaker ("Colleagues said", "Somebody told me").
    // (Only where nothing comes before it and the article never writes it after another capitalised word: "Mr. Singer", "The Fed",
    // "Shane Shook … Shook said" are names.)
    const common = only && nothingBefore(core, runStart + k) && !writtenAsSurname(text, nameTokens[0]!.text) ? commonWordKind(only) : null;
    if (common === 'function') return null;
    if (common === 'role') {
      const m = { start: nameTokens[0]!.start, end: nameTokens[0]!.end };
      return { kind: 'group', mention: m, name: text.slice(m.start, m.end), title: null, organization: null, gender: null };
    }
    const pre = core.slice(0, runStart + k).filter((t) => t.word || t.text === '-');
    // "Ana Ruiz at Barclays", "analyst Mike Powell of Dresdner Kleinwort": a full name before a link is the person, the body after it
    // their employer or home.
    const employed = personBeforeLink(text, core);
    if (employed) return employed;
    // "the Organisation for Economic Co-operation and Development": the run is the tail of a body's name opened by its head word.
    const bodyAt = linkedBodyStart(core, runStart);
    if (bodyAt !== null) {
      const whole = { start: core[bodyAt]!.start, end: core[core.length - 1]!.end };
      const orgName = text.slice(whole.start, whole.end);
      return { kind: 'group', mention: whole, name: orgName, title: null, organization: orgName, gender: null };
    }
    const nameIsOrg = isOrgName(nameTokens);
    const mention = { start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end };
    const preInfo = readPreTitle(text, pre);
    const name = text.slice(mention.start, mention.end);
    if (nameIsOrg) {
      // An organisation keeps the words a person's name would shed ("International Monetary Fund", "National Audit Office").
      const whole = { start: orgNameStart(core, runStart, core.length - 1), end: mention.end };
      const orgName = text.slice(whole.start, whole.end);
      return { kind: 'group', mention: whole, name: orgName, title: null, organization: orgName, gender: null };
    }
    const honor = pre.length ? pre[pre.length - 1]!.norm : '';
    // An honorific says the gender; failing that, a given name the lexicon knows as male or female ("Sarah Jones").
    const gender =
      HONORIFIC_GENDER[honor] ?? (nameTokens.length >= 2 ? genderOfGivenName(nameTokens[0]!.text) : null);
    // "a spokesman for Mr Blair", "the Bishop of Durham": the name completes a preposition, so the speaker is the phrase's head.
    const preWords = pre.filter((t) => t.word && !HONORIFICS.has(t.norm));
    const lastPre = preWords[preWords.length - 1];
    if (lastPre && LINKS.has(lastPre.norm) && preWords.length > 1) {
      const lead = DETERMINERS.has(preWords[0]!.norm) && !TITLE_WORDS.has(preWords[0]!.norm) && preWords.length > 2 ? preWords[1]! : preWords[0]!;
      const phrase = { start: lead.start, end: mention.end };
      return { kind: 'group', mention: phrase, name: text.slice(phrase.start, phrase.end), title: null, organization: HONORIFICS.has(honor) ? null : name, gender: null };
    }
    // A body or country the lexicon knows by this exact name ("Google", "Procter & Gamble", "Russia").
    const known = HONORIFICS.has(honor) ? null : classifyName(name);
    // "Sony Ericsson", "Disney Channel": a name opening with a company the lexicon knows is that company's.
    const ledByCompany = !HONORIFICS.has(honor) && nameTokens.length >= 2 && classifyName(nameTokens[0]!.text) === 'organization';
    if (known === 'organization' || known === 'country' || ledByCompany) {
      return { kind: 'group', mention, name, title: null, organization: name, gender: null };
    }
    if (!HONORIFICS.has(honor) && !preInfo.title && !apposInfo.title && isGroupName(text, nameTokens, pre)) {
      const whole = { start: orgNameStart(core, runStart, core.length - 1), end: mention.end };
      return { kind: 'group', mention: whole, name: text.slice(whole.start, whole.end), title: null, organization: null, gender: null };
    }
    return {
      kind: 'person',
      mention,
      name,
      title: apposInfo.title ?? preInfo.title ?? postTitle,
      organization: apposInfo.organization ?? preInfo.organization ?? possessor,
      gender,
    };
  }
  // A group: "officials", "a spokesperson for the ministry", "Pentagon officials", "O'Malley's campaign".
  const first = coreWords[0]!;
  const mention = { start: first.start, end: head.end };
  let org: string | null = null;
  const linkAt = coreWords.findIndex((t) => LINKS.has(t.norm));
  if (linkAt >= 0) {
    const after = coreWords.slice(linkAt + 1).filter((t) => !DETERMINERS.has(t.norm));
    if (after.length && isCapitalized(after[0]!)) org = text.slice(after[0]!.start, after[after.length - 1]!.end);
  } else {
    // (A hedge opening the sentence, "Nearly half those polled", names no body.)
    const caps = coreWords.filter((t, idx) => isCapitalized(t) && !(idx === 0 && (DETERMINERS.has(t.norm) || /^[a-z]{3,}ly$/.test(t.norm))));
    if (caps.length && caps.length < coreWords.length && namesBody(caps)) org = text.slice(caps[0]!.start, caps[caps.length - 1]!.end).replace(/['’]s$/, '');
  }
  const lead = DETERMINERS.has(first.norm) && coreWords.length > 1 ? coreWords[1]! : first;
  return { kind: 'group', mention, name: text.slice(lead.start, head.end).toLowerCase() === text.slice(lead.start, head.end) ? text.slice(lead.start, head.end) : text.slice(lead.start, head.end), title: null, organization: org ?? apposInfo.organization, gender: null };
}

/**
 * True when the capitalised words before a group noun can name the body the group belongs to ("Pentagon officials", "BBC
 * reporters"): not a person's name led by an honorific ("Mr Blair's spokesman"), not one adjective of nation or region
 * ("German carmaker", "British firms", "Western diplomats"), which says where the group is from, and not one modifier or
 * function word that is capitalised only because it opens the sentence ("Recent data", "Senior officials").
 */
function namesBody(caps: readonly Token[]): boolean {
  if (HONORIFICS.has(caps[0]!.norm)) return false;
  if (caps.length === 1) {
    const w = caps[0]!.text.replace(/['’]s$/, '');
    if (REGION_ADJECTIVES.has(w.toLowerCase()) || classifyName(`${w}s`) === 'demonym' || classifyName(`${w}es`) === 'demonym') return false;
    // "Recent data", "TV pundits", "Every analyst": a modifier or a function word, capitalised where it opens a sentence
    // (an acronym is a name however the lexicon reads it: "US officials", not the pronoun "us")
    if (NON_BODY_MODIFIERS.has(w.toLowerCase()) || (commonWordKind(w) === 'function' && !/^\p{Lu}{2,}$/u.test(w))) return false;
  }
  return true;
}

/** How far back a pronoun looks for a named person when no source fits (about two short paragraphs), and for the full names its surnames stand for. */
const PRONOUN_REACH = 600;
const FULL_NAME_REACH = 4000;
const NAME_RUN = /\b(?:(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})/gu;
const HONORIFIC_GENDER: Readonly<Record<string, 'm' | 'f' | undefined>> = { mr: 'm', sir: 'm', lord: 'm', baron: 'm', viscount: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', baroness: 'f', viscountess: 'f', countess: 'f' };

/**
 * The person named nearest before `before`, of a gender that fits: a run of capitalised words led by an honorific or by a given
 * name the lexicon knows ("Melanie", "Dr Ana Ruiz"), or the surname alone of such a run written earlier ("Anderson" after
 * "Bryan Anderson"). Why only those: a capitalised word alone may be a place, a party or a sentence opener, and a wrong speaker
 * is worse than none.
 */
function nearestNamedPerson(text: string, before: number, gender: 'm' | 'f' | null): ParsedSource | null {
  const from = Math.max(0, before - FULL_NAME_REACH);
  const near = before - PRONOUN_REACH;
  /** Surname -> the full name that gave it and its gender, for full names seen so far. */
  const surnames = new Map<string, { name: string; gender: 'm' | 'f' | null }>();
  let best: ParsedSource | null = null;
  for (const m of text.slice(from, before).matchAll(NAME_RUN)) {
    const honor = m[1]?.toLowerCase() ?? null;
    // "Trump's campaign": the name without its possessive.
    const name = m[2]!.split(/['’]s?(?=\s|$)/)[0]!;
    const words = name.split(/\s+/);
    const first = words[0]!;
    const start = from + m.index! + m[0].length - m[2]!.length;
    let gotGender: 'm' | 'f' | null;
    let full = name;
    if (honor) gotGender = HONORIFIC_GENDER[honor] ?? null;
    else if (first.length >= 3 && isKnownGivenName(first)) gotGender = genderOfGivenName(first);
    else if (words.length === 1 && surnames.has(name)) ({ name: full, gender: gotGender } = surnames.get(name)!);
    else continue;
    if (words.length > 1 && !honor) surnames.set(words[words.length - 1]!, { name, gender: gotGender });
    if (start < near) continue;
    if (gender && gotGender !== gender && !(honor && gotGender === null)) continue;
    best = { kind: 'person', mention: { start, end: start + name.length }, name: full, title: null, organization: null, gender: gotGender };
  }
  return best;
}

/** True when no word comes before index `at` of the source phrase. */
function nothingBefore(core: readonly Token[], at: number): boolean {
  return !core.slice(0, at).some((t) => t.word);
}

/** True when the article writes `word` right after another capitalised word ("Shane Shook"), as a surname is written. */
function writtenAsSurname(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!before) continue;
    // A capitalised word after a sentence break is capitalised for that reason, unless it is a known given name.
    if (isKnownGivenName(before[1]!) || !/(?:^|[.!?"“”:\n])\s*$/u.test(text.slice(Math.max(0, at - 30 - before[0].length), at - before[0].length))) return true;
  }
  return false;
}

/** Links after which a capitalised phrase names where a person works or comes from. */
const EMPLOYER_LINKS = new Set(['at', 'of', 'from', 'with']);

/**
 * A person's full name right before the first link of a source phrase, the link followed by a capitalised body or place ("Ana Ruiz
 * at Barclays", "analyst Mike Powell of Dresdner Kleinwort", "Junya Tanase of JPMorgan Chase bank in Tokyo"): the person, with the
 * body as organisation; null otherwise. The name is two to four capitalised words opening with a given name the lexicon knows, or
 * after an honorific or a title noun ("analyst Ken Sato at Nomura").
 * Why: the link rule reads "a spokesman for Mr Blair" as the phrase's head; after a full name the speaker is the named person, and
 * the run after the link ("Hypovereinsbank") is no part of the name.
 */
function personBeforeLink(text: string, core: readonly Token[]): ParsedSource | null {
  const words = core.filter((t) => t.word);
  const l = words.findIndex((t) => EMPLOYER_LINKS.has(t.norm));
  if (l < 2) return null;
  let first = l;
  while (first > 0 && (isCapitalized(words[first - 1]!) || (PARTICLES.has(words[first - 1]!.norm) && first > 1 && isCapitalized(words[first - 2]!)))) first--;
  // Titles written capitalised before the name ("Senior Economist Ana Ruiz") are no part of it.
  let nameFrom = first;
  while (nameFrom < l - 1 && (NAME_TITLES.has(words[nameFrom]!.norm) || TITLE_WORDS.has(words[nameFrom]!.norm) || isTitleHead(words[nameFrom]!.norm) || HONORIFICS.has(words[nameFrom]!.norm))) nameFrom++;
  const name = words.slice(nameFrom, l);
  if (name.length < 2 || name.length > 4) return null;
  if (name.some((t) => ORG_WORDS.has(t.norm) || GROUP_NOUNS.has(t.norm) || DETERMINERS.has(t.norm) || isTitleHead(t.norm) || /['’]s$/.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text))) return null;
  const before = words[nameFrom - 1];
  if (!isKnownGivenName(name[0]!.text) && !(before && (HONORIFICS.has(before.norm) || isTitleHead(before.norm)))) return null;
  // The body: capitalised words after the link (a determiner aside), joined by "of", "for", "the", "and" or "&" ("Campaign for
  // Tobacco-Free Kids"); a lower-case descriptor between two runs leaves the second ("IT firm Dimension Data").
  let body: Token[] = [];
  let i = l + 1;
  for (; i < words.length; i++) {
    const t = words[i]!;
    const next = words[i + 1];
    if (isCapitalized(t)) body.push(t);
    else if (body.length === 0 && DETERMINERS.has(t.norm) && !SUBJECT_PRONOUNS[t.norm]) continue;
    else if (body.length && /^(?:of|for|and|&|the)$/.test(t.text) && next && (isCapitalized(next) || (next.norm === 'the' && words[i + 2] && isCapitalized(words[i + 2]!)))) body.push(t);
    else if (descriptorBefore(words, i)) {
      body = [];
      if (!isCapitalized(next!)) i++;
    }
    else break;
  }
  if (body.length === 0) return null;
  const person = parseSource(text, words[0]!.start, name[name.length - 1]!.end);
  if (!person || person.kind !== 'person') return null;
  // A possessive ends the body only when a noun follows it ("Inbev's results"); "Standard & Poor's" ends the phrase as a name.
  const owned = i < words.length && !LINKS.has(words[i]!.norm);
  const written = text.slice(body[0]!.start, body[body.length - 1]!.end);
  const organization = owned ? written.replace(/['’]s$/, '') : written;
  return { ...person, organization: person.organization ?? organization };
}

/** True when one or two lower-case content words from `i` lead to a capitalised word ("research group MiraLab", "firm Dimension"). */
function descriptorBefore(words: readonly Token[], i: number): boolean {
  const plain = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && !LINKS.has(t.norm) && !DETERMINERS.has(t.norm) && !CLAUSE_OPENERS.has(t.norm) && t.norm !== 'and';
  if (!plain(words[i])) return false;
  const next = words[i + 1];
  if (next && isCapitalized(next)) return true;
  return plain(next) && !!words[i + 2] && isCapitalized(words[i + 2]!);
}

/**
 * Where an organisation's name starts in `core`: at its capitalised run (leading determiners, dates and honorifics aside, before `lastAt`),
 * reaching back over "and" or "&" to the run before it ("Securities and Exchange Commission", "Marks & Spencer Group").
 */
function orgNameStart(core: readonly Token[], runStart: number, lastAt: number): number {
  // Not part of a body's name: "the", "Mr", a preposition or month ("In January"), a role with a lower-case tail ("Newly-crowned").
  // A weekday may be ("Sunday Times").
  const shed = (t: Token) =>
    DETERMINERS.has(t.norm) || HONORIFICS.has(t.norm) || (TITLE_STOPS.has(t.norm) && !DAY_WORDS.has(t.norm)) || /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t.text);
  let i = runStart;
  if (i >= 2 && /^(?:and|&)$/.test(core[i - 1]!.text) && isCapitalized(core[i - 2]!) && !shed(core[i - 2]!)) {
    i -= 2;
    while (i > 0 && isCapitalized(core[i - 1]!) && !shed(core[i - 1]!)) i--;
  }
  while (i < lastAt && shed(core[i]!)) i++;
  return core[i]!.start;
}

/**
 * Where a body's name that ends in the capitalised run at `runStart` opens, when it is written as a head word, a link and what the
 * body is for ("Organisation for Economic Co-operation and Development", "Ministry of Trade and Industry"); null when the words before
 * the run are not such a name. Why: the run alone ("Development", "Industry") is no speaker, and a person is never named so.
 */
function linkedBodyStart(core: readonly Token[], runStart: number): number | null {
  let i = runStart;
  let linked = false;
  while (i > 0) {
    const prev = core[i - 1]!;
    if (prev.word && isCapitalized(prev) && !DETERMINERS.has(prev.norm)) i--;
    // "Friends of the Earth", "Bank for the Poor".
    else if (prev.norm === 'the' && i >= 3 && /^(?:of|for)$/.test(core[i - 2]!.norm) && isCapitalized(core[i - 3]!)) {
      linked = true;
      i -= 2;
    } else if (i >= 2 && isCapitalized(core[i - 2]!) && /^(?:and|&|of|for)$/.test(prev.norm)) {
      linked ||= prev.norm === 'of' || prev.norm === 'for';
      i--;
    } else break;
  }
  return linked && i < runStart && ORG_WORDS.has(core[i]!.norm) && isCapitalized(core[i]!) ? i : null;
}

/**
 * A day word that says when, before a name ("On Monday Tony Blair said", "Yesterday Ms Ruiz told", "Tuesday Intel said"): the next
 * word is a given name, an honorific or title the lexicon knows, or the rest is a body it knows by name. Otherwise the day is part of
 * the name ("Sunday Telegraph", "Sunday Times").
 */
function dayBeforeName(text: string, run: readonly Token[], k: number): boolean {
  if (!DAY_WORDS.has(run[k]!.norm) || k + 1 >= run.length) return false;
  const next = run[k + 1]!;
  if (isKnownGivenName(next.text) || HONORIFICS.has(next.norm) || NAME_TITLES.has(next.norm)) return true;
  const rest = classifyName(text.slice(next.start, run[run.length - 1]!.end));
  return rest === 'organization' || rest === 'country';
}

function insideBrackets(tokens: readonly Token[], i: number): boolean {
  let depth = 0;
  for (let k = 0; k <= i; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')') {
      if (k === i) return true;
      depth = Math.max(0, depth - 1);
    }
  }
  return depth > 0;
}

function isOrgName(tokens: readonly Token[]): boolean {
  if (tokens.length === 1 && /^[A-Z]{2,}$/.test(tokens[0]!.text)) return true;
  return tokens.some((t) => ORG_WORDS.has(t.norm) && t.norm !== 'state' && t.norm !== 'national' && t.norm !== 'co' && t.norm !== 'who');
}

// "National Police anti-drug chief" -> org "National Police", title "anti-drug chief"; "Ministry of Health undersecretary of state" likewise.
function readPreTitle(text: string, pre: readonly Token[]): { title: string | null; organization: string | null } {
  const words = titlePhrase(pre.filter((t) => t.word));
  if (words.length === 0) return { title: null, organization: null };
  // "Newly-crowned Australian Open champion", "Long-serving Labour MP": a modifier capitalised only because it opens the phrase
  // belongs to the title, and the organisation starts after it.
  let orgStart = 0;
  while (orgStart < words.length - 1 && isLeadingModifier(words[orgStart]!)) orgStart++;
  let orgEnd = -1;
  for (let i = orgStart; i < words.length; i++) {
    const t = words[i]!;
    if (isCapitalized(t) && !NAME_TITLES.has(t.norm) && !(TITLE_HEADS.has(t.norm) && i === words.length - 1)) orgEnd = i;
    else if (t.norm === 'of' && i > 0 && isCapitalized(words[i - 1]!) && words[i + 1] && isCapitalized(words[i + 1]!)) orgEnd = i;
    else break;
  }
  let organization: string | null = null;
  let titleFrom = 0;
  if (orgEnd >= 0) {
    const orgTokens = words.slice(orgStart, orgEnd + 1);
    const acronym = orgTokens.length === 1 && /^[A-Z]{2,}$/.test(orgTokens[0]!.text);
    const lastOrg = orgTokens[orgTokens.length - 1]!.norm;
    // A title written in title case ("Shadow Home Secretary") or a portfolio ("Home Affairs spokesman") holds no organisation;
    // nor does one generic word ("Party leader", "Campaign coordinator").
    const titleCase = isCapitalized(words[words.length - 1]!) && !/^[A-Z]{2,}$/.test(words[words.length - 1]!.text);
    const generic = orgTokens.length === 1 && !acronym && (ORG_WORDS.has(lastOrg) || TITLE_WORDS.has(lastOrg) || GROUP_NOUNS.has(lastOrg));
    const portfolio = TITLE_WORDS.has(lastOrg) && !orgTokens.some((t) => ORG_WORDS.has(t.norm));
    const isOrg = !generic && !portfolio && (titleCase
      ? acronym || orgTokens.some((t) => ORG_WORDS.has(t.norm))
      : orgTokens.length >= 2 || orgTokens.some((t) => ORG_WORDS.has(t.norm)) || acronym);
    if (isOrg && orgEnd < words.length - 1) {
      organization = text.slice(orgTokens[0]!.start, orgTokens[orgTokens.length - 1]!.end).replace(/['’]s$/, '');
      titleFrom = orgEnd + 1;
    }
  }
  const titleTokens = words.slice(titleFrom);
  let title = titleTokens.length ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : null;
  // An organisation written as a modifier is part of how the title reads ("National Police anti-drug chief", "Pentagon spokesman");
  // a full institutional name ("Ministry of Health") or a title with its own complement ("undersecretary of state") stands apart.
  if (organization && title && !/\bof\b/i.test(organization) && !/\bof\b/i.test(title)) title = text.slice(words[0]!.start, titleTokens[titleTokens.length - 1]!.end);
  return { title, organization };
}

/** A capitalised adverb or hyphenated modifier whose second part is lower case: "Newly-crowned", "Long-serving", "Recently". */
function isLeadingModifier(t: Token): boolean {
  return /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t.text) || /^(newly|recently|formerly|previously|currently|reportedly|allegedly|widely|highly)$/.test(t.norm);
}

/** A job-title head noun: "leader", "minister", "coach", capitalised "Chancellor"; honorifics are not. */
function isTitleHead(norm: string): boolean {
  if (HONORIFICS.has(norm)) return false;
  // "co-chairman", "vice-president", "ex-minister": a hyphenated word headed by a title noun.
  if (norm.includes('-') && !TITLE_HEADS.has(norm) && !EXTRA_TITLE_HEADS.has(norm)) return isTitleHead(norm.slice(norm.lastIndexOf('-') + 1));
  return TITLE_HEADS.has(norm) || EXTRA_TITLE_HEADS.has(norm) || (NAME_TITLES.has(norm) && norm !== 'former' && norm !== 'first' && norm !== 'vice' && norm !== 'prime');
}

/**
 * The title phrase at the end of the words before a name, or nothing: it must end in a title head noun (after any honorific),
 * optionally with an "of/for X" complement, and reaches back over modifiers only, never over a preposition, clause word or date.
 * Why: a source phrase often starts with a fronted adverbial ("Leaving a Brussels summit Mr Blair"), which is no title.
 */
export function titlePhrase(words: readonly Token[]): Token[] {
  let end = words.length;
  while (end > 0 && HONORIFICS.has(words[end - 1]!.norm)) end--;
  // The head: the last title noun, followed only by an "of/for" complement of capitalised words ("Secretary of State for Health").
  let head = -1;
  for (let i = end - 1; i >= 0; i--) {
    const t = words[i]!;
    if (isTitleHead(t.norm)) {
      head = i;
      break;
    }
    const ok = isCapitalized(t) || ((t.norm === 'of' || t.norm === 'for' || t.norm === 'the') && i > 0);
    if (!ok) return [];
  }
  if (head < 0) return [];
  for (let i = head + 1; i < end; i++) {
    const t = words[i]!;
    if (i === head + 1 && t.norm !== 'of' && t.norm !== 'for') return [];
    if (!isCapitalized(t) && t.norm !== 'of' && t.norm !== 'for' && t.norm !== 'the' && t.norm !== 'and') return [];
  }
  if (end > head + 1 && !isCapitalized(words[end - 1]!)) return [];
  let start = head;
  let seenCapital = isCapitalized(words[head]!);
  for (let i = head - 1; i >= 0 && head - i <= 7; i--) {
    const t = words[i]!;
    if (/^\p{N}/u.test(t.text)) break;
    if (TITLE_STOPS.has(t.norm) && !(t.norm === 'of' && i > 0 && isCapitalized(words[i - 1]!) && isCapitalized(words[i + 1]!))) break;
    if (HONORIFICS.has(t.norm) && !isCapitalized(words[i + 1]!)) break;
    if (isCapitalized(t)) seenCapital = true;
    // Lower-case modifiers ("shadow home", "anti-drug") sit next to the head; before an organisation only title words do.
    else if (seenCapital && !TITLE_WORDS.has(t.norm) && !t.norm.includes('-')) break;
    else if (/ly$/.test(t.norm) || DETERMINERS.has(t.norm) && !TITLE_WORDS.has(t.norm)) break;
    start = i;
  }
  while (start < end && LINKS.has(words[start]!.norm) || start < end && (words[start]!.norm === 'and' || words[start]!.norm === 'the')) start++;
  return words.slice(start, end);
}

/**
 * True when a capitalised name is an organisation, party or collective rather than a person: a plural acronym ("MPs"),
 * a company or institution suffix ("Acme Holdings", "Labour Party"), a known collective noun ("Democrats"), a determiner before it
 * ("the Tories"), or, across the article, only group usage ("the X said", "X, which", "X said its", "X are") and no person usage
 * ("Mr X", "X, who", a title before it).
 */
export function isGroupName(text: string, nameTokens: readonly Token[], pre: readonly Token[]): boolean {
  const words = nameTokens.filter((t) => t.word);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(last.text)) return true;
  if (words.length > 1 && ORG_SUFFIXES.has(last.norm)) return true;
  if (words.every((t) => GROUP_NOUNS.has(t.norm))) return true;
  const before = pre.filter((t) => t.word);
  const prev = before[before.length - 1];
  if (prev && (prev.norm === 'the' || prev.norm === 'these' || prev.norm === 'those' || /^\p{N}/u.test(prev.text))) return true;
  // Only a name that could be a collective is weighed on its article usage: one word, or a last word ending in -s.
  if (words.length > 1 && !/[^s']s$/.test(last.norm)) return false;
  const name = text.slice(words[0]!.start, last.end);
  let person = 0;
  let group = 0;
  // Pronouns and first-person quotes near the name: weaker than a group cue ("Labour said he was wrong" is about someone else).
  let weak = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
    const left = text.slice(Math.max(0, at - 30), at);
    const right = text.slice(end, end + 40);
    const prevWord = /([\p{L}.]+)\s+$/u.exec(left)?.[1] ?? '';
    const prevNorm = prevWord.toLowerCase().replace(/\.$/, '');
    if (HONORIFICS.has(prevNorm) || (/^\p{Lu}/u.test(prevWord) && isTitleHead(prevNorm))) person++;
    if (words.length === 1 && isGivenName(text, at, prevWord)) person++;
    // "Labour leader", "Microsoft chief", "Yukos shareholders": the name modifies a role or body noun.
    if (/^\s+(?:leader|leaders|spokesman|spokeswoman|spokesperson|chief|boss|chairman|party|government|shareholders|executives|officials|staff|members|headquarters|bosses)\b/.test(right)) group++;
    // "Moya took the set before his serve broke", "said Moya. "I was tired"": a personal pronoun in the sentence or "I" in the quote it closes or opens.
    const sentence = /^[^.!?]*/.exec(text.slice(end, end + 120))![0];
    if (/\b(?:he|she|his|him|himself|herself)\b/.test(sentence)) weak++;
    if (/^[^"“”]{0,40}["“][^"“”]{0,200}?\b(?:I|my|me|I'm|I've)\b/.test(text.slice(end, end + 260))) weak++;
    if (/\b(?:I|my|me|I'm|I've)\b[^"“”]{0,200}["”]\s*(?:,\s*)?(?:\w+\s+){0,2}$/.test(text.slice(Math.max(0, at - 260), at))) weak++;
    if (/^,\s+who\b/.test(right)) person++;
    // "the Tories said", "the Lib Dems, …" (not "the Blair government", where the name is a modifier).
    if (prevNorm === 'the' && (/^\s*[,.;:!?)]/.test(right) || /^\s+(?:said|says|say|have|has|had|are|were|is|was|will|would|could|did|also|want|wants|party|group|company|firm|club)\b/.test(right))) group++;
    if (/^,\s+which\b/.test(right) || /^\s+(?:\w+\s+)?(?:said|says|added|announced|confirmed|reported)\s+its\b/.test(right) || /^\s+itself\b/.test(right)) group++;
    if (/^\s+(?:are|were|have|say|want|think|believe|claim|insist|argue|hope|plan)\b/.test(right)) group++;
  }
  if (person > 0) return false;
  if (group > 0) return true;
  // A surname or well-known person in the lexicon ("Clinton", "Lincoln"); a lone given name is no evidence either way.
  if (classifyName(name) === 'person') return false;
  if (weak > 0) return false;
  // One word never written with a given name, honorific or title anywhere in the article is not a person's name.
  return words.length === 1;
}

/** True when the capitalised word before a name at `at` reads as a given name ("Tony Blair"), not a sentence opener or place adjective. */
function isGivenName(text: string, at: number, prevWord: string, allowOpener = false): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(prevWord)) return false;
  const norm = prevWord.toLowerCase();
  if (TITLE_STOPS.has(norm) || DETERMINERS.has(norm) || NAME_TITLES.has(norm) || TITLE_WORDS.has(norm) || ORG_WORDS.has(norm) || GROUP_NOUNS.has(norm)) return false;
  if (/(?:ish|ese|ian|ern|ic|al|new)$/.test(norm) || LEADING_CONNECTIVES.has(norm) || CLAUSE_OPENERS.has(norm)) return false;
  // A word the lexicon lists as a given name is one even where it opens a sentence ("Sarah Moya said").
  if (allowOpener || isKnownGivenName(prevWord)) return true;
  // A word opening a sentence or paragraph is capitalised for that reason alone.
  const lead = text.slice(Math.max(0, at - prevWord.length - 16), at - prevWord.length - 1);
  const title = /([\p{L}]+)\.?\s*$/u.exec(lead)?.[1]?.toLowerCase() ?? '';
  if (HONORIFICS.has(title) || NAME_TITLES.has(title)) return true;
  return !/(?:^|[.!?"“”:\n])\s*$/u.test(lead);
}

// ", executive director of NGO Khana," -> title "executive director", org "Khana".
function readApposition(text: string, appos: readonly Token[]): { title: string | null; organization: string | null } {
  const words = appos.filter((t) => t.word);
  if (words.length === 0) return { title: null, organization: null };
  let i = 0;
  // "Robert Jackson, 58, MP for Wantage": an age before the title is no part of it.
  if (/^\d{1,3}$/.test(words[0]!.text) && words.length > 1) i = 1;
  if (DETERMINERS.has(words[i]!.norm) && /^(a|an|the)$/.test(words[i]!.norm)) i++;
  const stop = words.findIndex((t, k) => k >= i && (LINKS.has(t.norm) || t.norm === 'who' || t.norm === 'which' || t.norm === 'whose'));
  const titleEnd = stop >= 0 ? stop : words.length;
  if (titleEnd <= i) return { title: null, organization: null };
  const titleWords = words.slice(i, titleEnd);
  // Only a real title: it must end in a title noun ("executive director", "spokeswoman").
  const hasHead = titleWords.some((t) => TITLE_HEADS.has(t.norm));
  if (!hasHead) return { title: null, organization: null };
  let organization: string | null = null;
  let titleStart = 0;
  // "Khana executive director", "Human Rights Watch's Asia director": a capitalised run before the title head is the organisation;
  // a title word written capitalised ("the Prime Minister", "Vice President") ends it.
  const caps: Token[] = [];
  for (const t of titleWords) {
    if (isCapitalized(t) && !TITLE_HEADS.has(t.norm) && !NAME_TITLES.has(t.norm)) caps.push(t);
    else break;
  }
  if (caps.length && caps.length < titleWords.length) {
    organization = text.slice(caps[0]!.start, caps[caps.length - 1]!.end).replace(/['’]s$/, '');
    titleStart = caps.length;
  }
  const tw = titleWords.slice(titleStart);
  const title = tw.length ? text.slice(tw[0]!.start, tw[tw.length - 1]!.end) : null;
  if (stop >= 0 && LINKS.has(words[stop]!.norm) && words[stop]!.norm !== 'who') {
    const rest = words.slice(stop + 1);
    const orgWords: Token[] = [];
    let skipped = 0;
    for (const t of rest) {
      if (isCapitalized(t) || (orgWords.length && (t.norm === 'of' || t.norm === 'and' || t.norm === 'for'))) orgWords.push(t);
      else if (orgWords.length === 0 && DETERMINERS.has(t.norm)) continue;
      else if (orgWords.length === 0 && skipped < 3) skipped++; // a descriptor before the name: "rights group Amnesty Watch"
      else break;
    }
    while (orgWords.length && !isCapitalized(orgWords[orgWords.length - 1]!)) orgWords.pop();
    // "MP for Witney", "senator for Vermont": what an elected member sits for is a constituency, not a body; it stays in the title.
    const seat = words[stop]!.norm === 'for' && tw.length > 0 && REPRESENTATIVE_TITLES.has(tw[tw.length - 1]!.norm);
    if (seat && orgWords.length) return { title: text.slice(tw[0]!.start, orgWords[orgWords.length - 1]!.end), organization };
    if (orgWords.length) organization = stripDescriptor(text.slice(orgWords[0]!.start, orgWords[orgWords.length - 1]!.end)).replace(/['’]s$/, '');
  }
  return { title, organization };
}

/** Titles of elected members, whose "for X" names the seat ("MP for Witney", "MEP for London"). */
const REPRESENTATIVE_TITLES: ReadonlySet<string> = new Set([
  'mp', 'mps', 'mep', 'msp', 'am', 'mla', 'td', 'senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep',
  'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'alderman', 'member',
]);

function stripDescriptor(org: string): string {
  const lower = org.toLowerCase();
  for (const d of ORG_DESCRIPTORS) {
    if (lower.startsWith(d + ' ') && org.length > d.length + 1) return org.slice(d.length + 1);
  }
  return org;
}

interface Entity {
  kind: 'person' | 'group';
  name: string;
  nameTokens: string[];
  title: string | null;
  organization: string | null;
  gender: 'm' | 'f' | null;
  mentions: Array<{ start: number; end: number }>;
  first: { start: number; end: number };
  forms: Set<string>;
}

export interface ResolvedSpeakers {
  /** For each evidence item, the index into speakers, or null. */
  readonly speakerOf: Array<number | null>;
  readonly speakers: Speaker[];
}

/** Resolves each attribution's source to a speaker of the article; evidence must be in text order. */
export function resolveSpeakers(text: string, docId: string, evidence: readonly SpeakerEvidence[]): ResolvedSpeakers {
  const entities: Entity[] = [];
  const speakerOf: Array<number | null> = [];
  // Where each person was last mentioned, for pronouns.
  const lastSeen: Array<{ entity: number; at: number }> = [];
  const seen = (entity: number, at: number): void => {
    lastSeen.push({ entity, at });
  };

  evidence.forEach((ev, idx) => {
    if (!ev.source) {
      speakerOf.push(ev.carry !== null ? speakerOf[ev.carry] ?? null : null);
      return;
    }
    let parsed = parseSource(text, ev.source.start, ev.source.end);
    // "dairy farmers who said …": a relative pronoun after a group noun stands for that group (a name before it is read below).
    if (parsed?.kind === 'relative' && !nameBeforeRelative(text, ev.source.start)) {
      const group = groupBeforeRelative(text, ev.source.start);
      const inner = group ? parseSource(text, group.start, group.end) : null;
      if (inner && inner.kind === 'group') parsed = { ...inner, mention: parsed.mention };
    }
    if (!parsed || parsed.kind === 'self') {
      speakerOf.push(null);
      return;
    }
    if (parsed.kind === 'pronoun') {
      const want = parsed.name === 'they' || parsed.name === 'it' ? 'group' : 'person';
      let found: number | null = null;
      for (let k = lastSeen.length - 1; k >= 0; k--) {
        const cand = entities[lastSeen[k]!.entity]!;
        if (lastSeen[k]!.at > parsed.mention.start) continue;
        if (want === 'person' && cand.kind !== 'person') continue;
        if (want === 'group' && cand.kind !== 'group') continue;
        if (want === 'person' && cand.gender && parsed.gender && cand.gender !== parsed.gender) continue;
        found = lastSeen[k]!.entity;
        break;
      }
      // No earlier source fits: the nearest person the text names before the pronoun, if the lexicon or an honorific vouches for the name.
      // (Not for an age, "the 17-year-old singer": it names the story's subject, seldom the last name printed before it.)
      if (found === null && want === 'person' && !parsed.orElse) {
        const named = nearestNamedPerson(text, parsed.mention.start, parsed.gender);
        if (named) found = joinPerson(entities, named);
      }
      if (found !== null || !parsed.orElse) {
        if (found !== null) {
          const e = entities[found]!;
          if (!e.gender && parsed.gender) e.gender = parsed.gender;
          e.mentions.push(parsed.mention);
          seen(found, parsed.mention.start);
        }
        speakerOf.push(found);
        return;
      }
      parsed = parsed.orElse;
    }
    if (parsed.kind === 'relative') {
      // "Smith, who said …": the name just before the relative pronoun.
      const name = nameBeforeRelative(text, ev.source.start);
      if (!name) {
        speakerOf.push(null);
        return;
      }
      const inner = parseSource(text, name.start, name.end);
      if (!inner || inner.kind !== 'person') {
        speakerOf.push(null);
        return;
      }
      const found = joinPerson(entities, inner);
      entities[found]!.mentions.push(parsed.mention);
      seen(found, parsed.mention.start);
      speakerOf.push(found);
      return;
    }
    if (parsed.kind === 'person') {
      const found = joinPerson(entities, parsed);
      seen(found, parsed.mention.start);
      speakerOf.push(found);
      return;
    }
    const key = parsed.name.toLowerCase().replace(/^(the|a|an)\s+/, '');
    // "Holt said" after "Megan Holt, regional organiser, said": a lone word the article already uses as a person's surname.
    const people = isBareName(parsed.name) ? entities.map((e, i) => (isSurnameOf(key, e) ? i : -1)).filter((i) => i >= 0) : [];
    const person = people.length === 1 ? people[0]! : -1;
    if (person >= 0) {
      entities[person]!.mentions.push(parsed.mention);
      seen(person, parsed.mention.start);
      speakerOf.push(person);
      return;
    }
    let found = entities.findIndex((e) => e.kind === 'group' && e.forms.has(key));
    if (found < 0) {
      entities.push({ kind: 'group', name: parsed.name, nameTokens: [key], title: null, organization: parsed.organization, gender: null, mentions: [parsed.mention], first: parsed.mention, forms: new Set([key]) });
      found = entities.length - 1;
    } else entities[found]!.mentions.push(parsed.mention);
    seen(found, parsed.mention.start);
    speakerOf.push(found);
    void idx;
  });

  mergeSurnameGroups(entities, speakerOf);
  mergeTitleGroups(entities, speakerOf);
  completeNames(text, entities);
  addNameMentions(text, entities);
  mergeSameFirstMention(entities, speakerOf);
  const speakers: Speaker[] = entities.map((e) => ({
    id: recordId('speaker', docId, 'quotes', e.first.start, e.first.end),
    name: e.name,
    kind: e.kind,
    title: e.title,
    organization: e.organization,
    mentions: dedupeSpans(text, e.mentions),
  }));
  return { speakerOf, speakers };
}

/** The capitalised name right before a relative pronoun at `at` ("Ann Lee, who …"), as offsets, or null. */
function nameBeforeRelative(text: string, at: number): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, at - 120), at);
  const m = /((?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+)*\p{Lu}[\p{L}\p{M}'’.\-]*)\s*,?\s*$/u.exec(before);
  if (!m) return null;
  const start = at - before.length + m.index;
  return { start, end: start + m[1]!.length };
}

/**
 * The group noun phrase right before a relative pronoun at `at` ("dairy farmers who", "the 30 percent of voters who"): up to four
 * lower-case words ending in a plural noun, cut at a verb, preposition or conjunction before them. Null when there is none.
 */
function groupBeforeRelative(text: string, at: number): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, at - 80), at);
  const m = /((?:[\p{L}\d][\p{L}\d’'%.,-]*\s+){0,3}[\p{Ll}][\p{L}’'-]*s)\s*,?\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // Keep the trailing run of noun-phrase words: stop at a verb, a preposition or a conjunction.
  let keep = words.length;
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (/^(of|in|to|for|with|by|from|among|on|at|and|or|but|than|as|is|are|was|were|has|have|had|said|says|that|which|who)$/.test(w) || /[a-z]{3,}ed$/.test(w) || /[,.]$/.test(w)) break;
    keep = i;
  }
  const head = words[words.length - 1]!.toLowerCase();
  if (/(ss|us|is|ous)$/.test(head) || /^(this|was|has|is|his|its|yes|thus|always|perhaps|news|says)$/.test(head)) return null;
  const phrase = words.slice(keep).join(' ');
  const start = at - before.length + m.index + m[1]!.length - phrase.length;
  return { start, end: start + phrase.length };
}

/** One capitalised word, not an acronym ("Holt", not "NASA" or "the company"). */
function isBareName(name: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name);
}

/** True when `key` is the last word of a person's name of two or more words. */
function isSurnameOf(key: string, e: Entity): boolean {
  return e.kind === 'person' && e.nameTokens.length >= 2 && e.nameTokens[e.nameTokens.length - 1] === key;
}

/**
 * Folds a one-word "group" into the person whose surname it is, when the surname came first ("Holt said …" before the article
 * names "Megan Holt"); why: a lone capitalised word with no person cue reads as an organisation until the full name is seen.
 */
function mergeSurnameGroups(entities: Entity[], speakerOf: Array<number | null>): void {
  for (let g = entities.length - 1; g >= 0; g--) {
    const e = entities[g]!;
    if (e.kind !== 'group' || !isBareName(e.name)) continue;
    const key = e.name.toLowerCase();
    const people = entities.map((p, i) => (isSurnameOf(key, p) ? i : -1)).filter((i) => i >= 0);
    // Two people sharing the surname: which one is meant is not knowable here.
    if (people.length !== 1) continue;
    foldEntity(entities, speakerOf, g, people[0]!);
  }
}

/**
 * Folds an office named without a name ("The Foreign Secretary told …", "the minister said") into the one person the article
 * names with that title ("Foreign Secretary Jack Straw", "health minister Ana Ruiz"): the title's last words are the office.
 * Why only with exactly one such person: with two ministers, "the minister" could be either.
 */
function mergeTitleGroups(entities: Entity[], speakerOf: Array<number | null>): void {
  for (let g = entities.length - 1; g >= 0; g--) {
    const e = entities[g]!;
    if (e.kind !== 'group') continue;
    const office = nameKey(e.name).filter((w, i) => i > 0 || !DETERMINERS.has(w));
    if (office.length === 0 || !isTitleHead(office[office.length - 1]!)) continue;
    const people = entities
      .map((p, i) => (p.kind === 'person' && p.title !== null && endsWithWords(nameKey(p.title), office) ? i : -1))
      .filter((i) => i >= 0);
    if (people.length !== 1) continue;
    foldEntity(entities, speakerOf, g, people[0]!);
  }
}

/**
 * Folds entities that open at the same mention into one, the person kept over a group: a speaker's id is made from its first
 * mention, so two entities there would be two records under one id ("Rabah Yusuf" read once as a person, once, through "who", as
 * a group), and the store would keep only the first.
 */
function mergeSameFirstMention(entities: Entity[], speakerOf: Array<number | null>): void {
  for (let g = entities.length - 1; g > 0; g--) {
    const e = entities[g]!;
    const i = entities.findIndex((x, k) => k < g && x.first.start === e.first.start && x.first.end === e.first.end);
    if (i < 0) continue;
    if (e.kind === 'person' && entities[i]!.kind !== 'person') foldEntity(entities, speakerOf, i, g);
    else foldEntity(entities, speakerOf, g, i);
  }
}

/** Moves entity g's mentions into entity `into`, removes g and renumbers the evidence that pointed at either. */
function foldEntity(entities: Entity[], speakerOf: Array<number | null>, g: number, into: number): void {
  const e = entities[g]!;
  entities[into]!.mentions.push(...e.mentions);
  if (e.first.start < entities[into]!.first.start) entities[into]!.first = e.first;
  entities.splice(g, 1);
  for (let i = 0; i < speakerOf.length; i++) {
    const s = speakerOf[i];
    if (s === null || s === undefined) continue;
    if (s === g) speakerOf[i] = into > g ? into - 1 : into;
    else if (s > g) speakerOf[i] = s - 1;
  }
}

/** True when `tail` is the last words of `words`. */
function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  return tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);
}

function nameKey(name: string): string[] {
  return name.replace(/['’]s$/, '').split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, '')).filter(Boolean);
}

/** True when a is a prefix or a suffix of b (as word lists). */
function isAffix(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  const prefix = a.every((w, i) => b[i] === w);
  const suffix = a.every((w, i) => b[b.length - a.length + i] === w);
  return prefix || suffix;
}

function joinPerson(entities: Entity[], p: ParsedSource): number {
  const key = nameKey(p.name);
  let found = -1;
  // A part of two people's names ("Orwin" after "Nadia Orwin" and "Paul Orwin") names neither for sure; "Hillary Clinton" and
  // "Hillary Rodham Clinton" share a first name, so they are one person's forms.
  const firstNames = new Set<string>();
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.kind !== 'person') continue;
    if (isAffix(key, e.nameTokens) || isAffix(e.nameTokens, key)) {
      if (found < 0) found = i;
      if (key.length < e.nameTokens.length) firstNames.add(e.nameTokens[0]!);
      else break;
    }
  }
  if (firstNames.size > 1) found = entities.findIndex((e) => e.kind === 'person' && e.nameTokens.join(' ') === key.join(' '));
  if (found < 0) {
    entities.push({ kind: 'person', name: p.name, nameTokens: key, title: p.title, organization: p.organization, gender: p.gender, mentions: [p.mention], first: p.mention, forms: new Set([key.join(' ')]) });
    return entities.length - 1;
  }
  const e = entities[found]!;
  if (key.length > e.nameTokens.length) {
    e.name = p.name;
    e.nameTokens = key;
  }
  e.title ??= p.title;
  e.organization ??= p.organization;
  e.gender ??= p.gender;
  e.mentions.push(p.mention);
  e.forms.add(key.join(' '));
  return found;
}

/**
 * Gives a person known only by a surname ("Mr Hallam") the full name the article writes elsewhere ("Peter Hallam"), when it writes
 * exactly one such given name; why: the canonical name is the fullest form, and the first mention is often not a quote's source.
 */
function completeNames(text: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.kind !== 'person' || e.nameTokens.length !== 1) continue;
    const surname = e.name.replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(surname)) continue;
    const found = new Map<string, { start: number; end: number }>();
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? ' ') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')) continue;
      const given = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
      if (!given || text[at - 1] !== ' ' || !isGivenName(text, at, given[1]!, true)) continue;
      found.set(given[1]!, { start: at - 1 - given[1]!.length, end });
    }
    // "Anil" after "Anil Ambani", "Paula" after "Paula Radcliffe": a name the article never writes as a surname may be a given name
    // it writes in full elsewhere.
    if (found.size === 0) for (const [family, span] of familyNamesAfter(text, surname)) found.set(family, span);
    if (found.size !== 1) continue;
    const span = [...found.values()][0]!;
    const full = text.slice(span.start, span.end);
    const key = nameKey(full);
    if (entities.some((o) => o !== e && o.kind === 'person' && o.forms.has(key.join(' ')))) continue;
    e.name = full;
    e.nameTokens = key;
    e.forms.add(key.join(' '));
    e.mentions.push(span);
  }
}

// Every other place the article writes a person's name in a form already seen for them ("Sok Chamreun", "David Harding").
/** Where `given` is followed by a capitalised word that can be a family name ("Anil Ambani"): that word -> the span of both. */
function familyNamesAfter(text: string, given: string): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /\p{Lu}[\p{L}'’-]*\s$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
    // A family name: capitalised, maybe O'Neill or Kar-Wai, never with a possessive 's ("Mike Ruddock's" -> "Ruddock").
    const next = /^ (\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+|-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/u.exec(text.slice(at + given.length, at + given.length + 40));
    if (!next) continue;
    const norm = next[1]!.toLowerCase();
    if (DAY_WORDS.has(norm) || TITLE_STOPS.has(norm) || TITLE_WORDS.has(norm) || ORG_WORDS.has(norm) || ORG_SUFFIXES.has(norm) || commonWordKind(norm) !== null) continue;
    out.set(next[1]!, { start: at, end: at + given.length + 1 + next[1]!.length });
  }
  return out;
}

function addNameMentions(text: string, entities: Entity[]): void {
  // Lower-cased once, not once per person: on long documents that copy was most of the stage.
  const lower = text.toLowerCase();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const forms = [...e.forms].filter((f) => f.length >= 3);
    for (const form of forms) {
      for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + form.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (!/^\p{Lu}/u.test(text[at]!)) continue;
        e.mentions.push({ start: at, end: at + form.length });
      }
    }
  }
}

function dedupeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start >= prev.start && s.end <= prev.end) continue;
    out.push(spanAt(text, s.start, s.end));
  }
  return out;
}

/**
 * Turns source phrases into speakers: one canonical person or group per article, with title and organisation.
 * Names join when one is a prefix or suffix of the other (so family-name-first names like "Choub Sok Chamreun" ~ "Sok Chamreun" work);
 * pronouns go to the nearest compatible person before them.
 */
import type { Speaker } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import { recordId } from '../text/ids.js';
import { spanAt } from '../text/spans.js';
import { tokenize, isCapitalized, type Token } from './tokens.js';
import { NAME_TITLES, TITLE_WORDS, TITLE_HEADS, ORG_WORDS, ORG_DESCRIPTORS, DETERMINERS, GROUP_NOUNS, SUBJECT_PRONOUNS, SPEAKER_SELF_PRONOUNS } from './lexicon.js';

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
}

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ter', 'st']);
const LINKS = new Set(['of', 'at', 'for', 'with', 'from', 'in']);

/** Reads a source phrase: its name, title, organisation and kind. */
export function parseSource(text: string, start: number, end: number): ParsedSource | null {
  const tokens = tokenize(text, start, end).filter((t) => t.text !== '’' && t.text !== "'" || true);
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  // Brackets ("(R-Texas)", "(D-N.Y.)") add a party or place, not part of the name.
  const core = (comma >= 0 ? tokens.slice(0, comma) : tokens).filter((t, i, all) => !insideBrackets(all, i));
  while (core.length && !core[core.length - 1]!.word) core.pop();
  const appos = comma >= 0 ? tokens.slice(comma + 1).filter((t) => t.text !== ',' || false) : [];
  const coreWords = core.filter((t) => t.word);
  if (coreWords.length === 0) return null;
  const head = coreWords[coreWords.length - 1]!;
  if (coreWords.length === 1 && SUBJECT_PRONOUNS[head.norm]) {
    return { kind: 'pronoun', mention: head, name: head.norm, title: null, organization: null, gender: head.norm === 'he' ? 'm' : head.norm === 'she' ? 'f' : null };
  }
  if (coreWords.length === 1 && SPEAKER_SELF_PRONOUNS.has(head.norm)) return { kind: 'self', mention: head, name: head.norm, title: null, organization: null, gender: null };
  if (head.norm === 'who' || head.norm === 'which' || head.norm === 'that') return { kind: 'relative', mention: head, name: head.norm, title: null, organization: null, gender: null };

  const apposInfo = readApposition(text, appos);
  // A person: the phrase ends in a capitalised run (the name), possibly after titles.
  const possessive = /['’]s$/.test(head.text) || head.text.endsWith('’');
  // "Officials said" / "Police say": a group noun capitalised only because it opens the sentence.
  const groupWord = coreWords.every((t) => GROUP_NOUNS.has(t.norm) || DETERMINERS.has(t.norm));
  if (isCapitalized(head) && !possessive && !groupWord) {
    let i = core.length - 1;
    while (i >= 0 && (isCapitalized(core[i]!) || (core[i]!.word && PARTICLES.has(core[i]!.norm) && i > 0 && isCapitalized(core[i - 1]!)) || core[i]!.text === '-')) i--;
    let runStart = i + 1;
    const run = core.slice(runStart);
    // Titles written in capitals before the name ("President", "Sen.", "National Police Chief") are not the name.
    let k = 0;
    while (k < run.length - 1 && (NAME_TITLES.has(run[k]!.norm) || TITLE_WORDS.has(run[k]!.norm) || ORG_WORDS.has(run[k]!.norm))) k++;
    const nameTokens = run.slice(k);
    if (nameTokens.length === 0) return null;
    const pre = core.slice(0, runStart + k).filter((t) => t.word || t.text === '-');
    const nameIsOrg = isOrgName(nameTokens);
    const mention = { start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end };
    const preInfo = readPreTitle(text, pre);
    const name = text.slice(mention.start, mention.end);
    if (nameIsOrg) {
      return { kind: 'group', mention, name, title: null, organization: name, gender: null };
    }
    const honor = pre.length ? pre[pre.length - 1]!.norm : '';
    const gender = honor === 'mr' ? 'm' : honor === 'mrs' || honor === 'ms' || honor === 'miss' ? 'f' : null;
    return {
      kind: 'person',
      mention,
      name,
      title: apposInfo.title ?? preInfo.title,
      organization: apposInfo.organization ?? preInfo.organization,
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
    const caps = coreWords.filter((t, idx) => isCapitalized(t) && !(idx === 0 && DETERMINERS.has(t.norm)));
    if (caps.length && caps.length < coreWords.length) org = text.slice(caps[0]!.start, caps[caps.length - 1]!.end).replace(/['’]s$/, '');
  }
  const lead = DETERMINERS.has(first.norm) && coreWords.length > 1 ? coreWords[1]! : first;
  return { kind: 'group', mention, name: text.slice(lead.start, head.end).toLowerCase() === text.slice(lead.start, head.end) ? text.slice(lead.start, head.end) : text.slice(lead.start, head.end), title: null, organization: org ?? apposInfo.organization, gender: null };
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
  const words = pre.filter((t) => t.word && !DETERMINERS.has(t.norm) || (t.word && t !== pre[0]));
  if (words.length === 0) return { title: null, organization: null };
  let orgEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (isCapitalized(t) && !NAME_TITLES.has(t.norm) && !(TITLE_HEADS.has(t.norm) && i === words.length - 1)) orgEnd = i;
    else if (t.norm === 'of' && i > 0 && isCapitalized(words[i - 1]!) && words[i + 1] && isCapitalized(words[i + 1]!)) orgEnd = i;
    else break;
  }
  let organization: string | null = null;
  let titleFrom = 0;
  if (orgEnd >= 0) {
    const orgTokens = words.slice(0, orgEnd + 1);
    const isOrg = orgTokens.length >= 2 || orgTokens.some((t) => ORG_WORDS.has(t.norm)) || /^[A-Z]{2,}$/.test(orgTokens[0]!.text);
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

// ", executive director of NGO Khana," -> title "executive director", org "Khana".
function readApposition(text: string, appos: readonly Token[]): { title: string | null; organization: string | null } {
  const words = appos.filter((t) => t.word);
  if (words.length === 0) return { title: null, organization: null };
  let i = 0;
  if (DETERMINERS.has(words[0]!.norm) && /^(a|an|the)$/.test(words[0]!.norm)) i = 1;
  const stop = words.findIndex((t, k) => k >= i && (LINKS.has(t.norm) || t.norm === 'who' || t.norm === 'which' || t.norm === 'whose'));
  const titleEnd = stop >= 0 ? stop : words.length;
  if (titleEnd <= i) return { title: null, organization: null };
  const titleWords = words.slice(i, titleEnd);
  // Only a real title: it must end in a title noun ("executive director", "spokeswoman").
  const hasHead = titleWords.some((t) => TITLE_HEADS.has(t.norm));
  if (!hasHead) return { title: null, organization: null };
  let organization: string | null = null;
  let titleStart = 0;
  // "Khana executive director", "Human Rights Watch's Asia director": a capitalised run before the title head is the organisation.
  const caps: Token[] = [];
  for (const t of titleWords) {
    if (isCapitalized(t) && !TITLE_HEADS.has(t.norm)) caps.push(t);
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
    if (orgWords.length) organization = stripDescriptor(text.slice(orgWords[0]!.start, orgWords[orgWords.length - 1]!.end));
  }
  return { title, organization };
}

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
    const parsed = parseSource(text, ev.source.start, ev.source.end);
    if (!parsed || parsed.kind === 'self') {
      speakerOf.push(null);
      return;
    }
    if (parsed.kind === 'pronoun') {
      const want = parsed.name === 'they' ? 'group' : 'person';
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
      if (found !== null) {
        const e = entities[found]!;
        if (!e.gender && parsed.gender) e.gender = parsed.gender;
        e.mentions.push(parsed.mention);
        seen(found, parsed.mention.start);
      }
      speakerOf.push(found);
      return;
    }
    if (parsed.kind === 'relative') {
      // "Smith, who said …": the name just before the relative pronoun.
      const before = text.slice(Math.max(0, ev.source.start - 120), ev.source.start);
      const m = /((?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+)*\p{Lu}[\p{L}\p{M}'’.\-]*)\s*,?\s*$/u.exec(before);
      if (!m) {
        speakerOf.push(null);
        return;
      }
      const s = ev.source.start - before.length + m.index;
      const inner = parseSource(text, s, s + m[1]!.length);
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
    let found = entities.findIndex((e) => e.kind === 'group' && e.forms.has(key));
    if (found < 0) {
      entities.push({ kind: 'group', name: parsed.name, nameTokens: [key], title: null, organization: parsed.organization, gender: null, mentions: [parsed.mention], first: parsed.mention, forms: new Set([key]) });
      found = entities.length - 1;
    } else entities[found]!.mentions.push(parsed.mention);
    seen(found, parsed.mention.start);
    speakerOf.push(found);
    void idx;
  });

  addNameMentions(text, entities);
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
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.kind !== 'person') continue;
    if (isAffix(key, e.nameTokens) || isAffix(e.nameTokens, key)) {
      found = i;
      break;
    }
  }
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

// Every other place the article writes a person's name in a form already seen for them ("Sok Chamreun", "David Harding").
function addNameMentions(text: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const forms = [...e.forms].filter((f) => f.length >= 3);
    const lower = text.toLowerCase();
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

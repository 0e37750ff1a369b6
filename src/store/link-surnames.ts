import type { Database } from 'better-sqlite3';
import { recordId } from '../text/ids.js';
import { preferDisplayName } from './normalize-name.js';
import type { PersonRows } from './person-rows.js';

/** The first and last words of a person's name key, the words a one-word mention can stand for; null for one-word keys. */
export function nameEnds(nameKey: string): { first: string; last: string } | null {
  const words = nameKey.split(' ').filter((w) => w.length > 0);
  return words.length < 2 ? null : { first: words[0]!, last: words[words.length - 1]! };
}

/** Re-points one-word speaker mentions ("Mr Howard") at the one full name they can stand for; see `prepareSurnameLinks`. */
export interface SurnameLinks {
  /**
   * Links every one-word person mention keyed `word` (with its quotes and claims) to the single person whose name
   * starts or ends with that word, or to the one-word person `word` when there is none or more than one, and
   * deletes the person rows left without a reference. Idempotent; the result depends only on the stored rows.
   */
  link(words: Iterable<string>): void;
  /** The same for every one-word person mention in the database (after a migration). */
  linkAll(): void;
}

/**
 * Speakers across articles: an article that calls someone only "Mr Howard" links to "Michael Howard" when the
 * database holds exactly one person whose name starts or ends with "Howard" and some article names in full.
 * Why only then: with two candidates nothing in the row says which one is meant, and a wrong merge puts words in
 * someone's mouth, so an ambiguous surname keeps a row of its own. Why the first word too: family-name-first names
 * ("Mr Wang" for Wang Yi) and lone given names (a sports report's "Paula") are written that way.
 * Why recomputed per word rather than decided once at insert: whether a surname is unique changes as articles
 * come and go (a second Howard arrives, the only Howard article is re-run without him), and recomputing the words
 * a write touched keeps the links what a fresh run over the same articles would give, whatever the order.
 */
export function prepareSurnameLinks(db: Database, people: PersonRows): SurnameLinks {
  const s = {
    mentions: db.prepare("SELECT id, speaker_id, name FROM article_speakers WHERE name_key = ? AND kind = 'person'"),
    // Persons some article names in full: a row kept alive only by one-word links does not count.
    candidates: db.prepare(
      `SELECT id FROM speakers s WHERE kind = 'person' AND (last_word = @word OR first_word = @word)
         AND EXISTS (SELECT 1 FROM article_speakers x WHERE x.speaker_id = s.id AND x.name_key = s.name_key) LIMIT 2`,
    ),
    pointSpeaker: db.prepare('UPDATE article_speakers SET speaker_id = ? WHERE id = ?'),
    pointQuotes: db.prepare('UPDATE quotes SET speaker_id = ? WHERE article_speaker_id = ?'),
    pointClaims: db.prepare('UPDATE claims SET speaker_id = ? WHERE article_speaker_id = ?'),
    oneWordKeys: db.prepare("SELECT DISTINCT name_key FROM article_speakers WHERE kind = 'person' AND name_key IS NOT NULL AND instr(name_key, ' ') = 0"),
  };

  const linkWord = (word: string): void => {
    const mentions = s.mentions.all(word) as Array<{ id: string; speaker_id: string; name: string }>;
    if (mentions.length === 0) return;
    const found = s.candidates.all({ word }) as Array<{ id: string }>;
    const own = recordId('person', word);
    const target = found.length === 1 ? found[0]!.id : own;
    if (target === own) people.upsert(own, mentions.map((m) => m.name).reduce((a, b) => preferDisplayName(a, b)), word, 'person', null, null);
    const left = new Set<string>();
    for (const m of mentions) {
      if (m.speaker_id === target) continue;
      s.pointSpeaker.run(target, m.id);
      s.pointQuotes.run(target, m.id);
      s.pointClaims.run(target, m.id);
      left.add(m.speaker_id);
    }
    if (target !== own) left.add(own);
    for (const id of left) people.removeIfUnused(id);
  };

  return {
    link(words) {
      for (const word of new Set(words)) linkWord(word);
    },
    linkAll() {
      for (const row of s.oneWordKeys.all() as Array<{ name_key: string }>) linkWord(row.name_key);
    },
  };
}

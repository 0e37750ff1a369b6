import type { Database } from 'better-sqlite3';
import { preferDisplayName } from './normalize-name.js';

/** The speakers table's rows as the store keeps them, for the writer and the surname links alike. */
export interface PersonRows {
  /** Inserts a speakers row, or gives the existing one the better of its shown name and `name` (preferDisplayName). */
  upsert(id: string, name: string, nameKey: string, kind: string, firstWord: string | null, lastWord: string | null): void;
  /** Deletes a speakers row that no article speaker, quote or claim points at any more. */
  removeIfUnused(id: string): void;
}

export function preparePersonRows(db: Database): PersonRows {
  const nameOf = db.prepare('SELECT name FROM speakers WHERE id = ?');
  // Bound by position: a person row is written for every speaker of every document.
  const insert = db.prepare('INSERT INTO speakers (id, name, name_key, kind, first_word, last_word) VALUES (?, ?, ?, ?, ?, ?)');
  const rename = db.prepare('UPDATE speakers SET name = ? WHERE id = ?');
  const removeUnused = db.prepare(
    'DELETE FROM speakers WHERE id = @id AND NOT EXISTS (SELECT 1 FROM article_speakers WHERE speaker_id = @id) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = @id) AND NOT EXISTS (SELECT 1 FROM claims WHERE speaker_id = @id)',
  );
  return {
    upsert(id, name, nameKey, kind, firstWord, lastWord) {
      const known = nameOf.get(id) as { name: string } | undefined;
      if (!known) insert.run(id, name, nameKey, kind, firstWord, lastWord);
      else if (preferDisplayName(known.name, name) !== known.name) rename.run(name, id);
    },
    removeIfUnused(id) {
      removeUnused.run({ id });
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { Article, Paragraph } from '../schema/article.js';
import { Sentence } from '../schema/sentence.js';
import { Claim } from '../schema/claim.js';
import { Quote, Speaker } from '../schema/quote.js';
import { Finding } from '../schema/finding.js';
import { Diagnostic } from '../schema/diagnostic.js';
import { Span } from '../schema/span.js';
import { Result } from '../schema/result.js';
import { virtualTableNotes } from './migrations.js';

export interface ColumnDoc {
  readonly name: string;
  /** Declared SQL type, with NOT NULL / PRIMARY KEY when declared. */
  readonly type: string;
  /** "articles.id" when the column is a foreign key. */
  readonly references: string | null;
  /** From the `-- comment` on the column's line in the DDL, else from the zod field it stores. */
  readonly description: string;
}

export interface TableDoc {
  readonly name: string;
  readonly kind: 'table' | 'view' | 'virtual table';
  readonly description: string;
  readonly columns: readonly ColumnDoc[];
  readonly indexes: readonly string[];
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The zod record each table stores, so a column named as a Result field takes its description from `.describe()`. */
const recordOfTable: Readonly<Record<string, AnyObject>> = {
  sources: Result as unknown as AnyObject,
  articles: Article as unknown as AnyObject,
  paragraphs: Paragraph as unknown as AnyObject,
  sentences: Sentence as unknown as AnyObject,
  claims: Claim as unknown as AnyObject,
  quotes: Quote as unknown as AnyObject,
  article_speakers: Speaker as unknown as AnyObject,
  speaker_mentions: Span as unknown as AnyObject,
  findings: Finding as unknown as AnyObject,
  errors: Diagnostic as unknown as AnyObject,
};

/**
 * Every table, view and FTS index of a migrated database with a description of each column.
 * Why read the live database: the docs then describe exactly what the migrations create, and a column
 * added without a description shows up as an empty string that the tests reject.
 */
export function describeSchema(db: Database): TableDoc[] {
  const objects = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all() as Array<{ type: 'table' | 'view'; name: string; sql: string }>;
  const virtualNames = objects.filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql)).map((o) => o.name);
  const isShadow = (name: string): boolean => virtualNames.some((v) => name.startsWith(`${v}_`));
  const docs: TableDoc[] = [];
  for (const o of objects) {
    if (isShadow(o.name)) continue;
    const virtual = /^CREATE VIRTUAL TABLE/i.test(o.sql);
    const note = virtualTableNotes[o.name];
    const comments = virtual ? new Map(Object.entries(note?.columns ?? {})) : columnComments(o.sql, o.type);
    const fks = o.type === 'table' && !virtual ? (db.prepare(`PRAGMA foreign_key_list(${quoteId(o.name)})`).all() as Array<{ table: string; from: string; to: string }>) : [];
    const info = db.prepare(`PRAGMA table_info(${quoteId(o.name)})`).all() as Array<{ name: string; type: string; notnull: number; pk: number }>;
    const record = recordOfTable[o.name];
    const columns = info.map((c) => {
      const fk = fks.find((f) => f.from === c.name);
      const pkParts = info.filter((x) => x.pk > 0).length;
      const pk = c.pk === 0 ? '' : pkParts > 1 ? `PRIMARY KEY (part ${c.pk} of ${pkParts})` : 'PRIMARY KEY';
      const type = [c.type || (virtual ? 'TEXT' : ''), pk || (c.notnull ? 'NOT NULL' : '')].filter(Boolean).join(' ');
      return {
        name: c.name,
        type,
        references: fk ? `${fk.table}.${fk.to ?? 'rowid'}` : null,
        description: comments.get(c.name) ?? (record ? describeField(record, c.name) : ''),
      };
    });
    const indexes =
      o.type === 'table' && !virtual
        ? (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(o.name) as Array<{ sql: string }>).map((r) => r.sql)
        : [];
    docs.push({
      name: o.name,
      kind: virtual ? 'virtual table' : o.type,
      description: virtual ? note?.description ?? '' : objectComment(o.sql),
      columns,
      indexes,
    });
  }
  return docs;
}

/** The comment on the CREATE line: `CREATE TABLE x ( -- what it holds`. */
function objectComment(sql: string): string {
  const first = sql.split('\n')[0] ?? '';
  const at = first.indexOf('--');
  return at < 0 ? '' : first.slice(at + 2).trim();
}

/** Column name -> the `-- comment` on its line (the first word of a table's column line, or a view's `AS alias`), or its `/* comment *\/`. */
function columnComments(sql: string, type: 'table' | 'view'): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of sql.split('\n').slice(1)) {
    const at = line.indexOf(' -- ');
    if (at < 0) continue;
    const code = line.slice(0, at).trim().replace(/,$/, '').trim();
    const comment = line.slice(at + 4).trim();
    const name = type === 'view' ? /\bAS\s+(\w+)$/i.exec(code)?.[1] : /^(\w+)/.exec(code)?.[1];
    if (name && !/^(PRIMARY|UNIQUE|FOREIGN|CHECK|CONSTRAINT)$/i.test(name)) out.set(name, comment);
  }
  // Columns added by ALTER TABLE carry a block comment instead (src/store/migrations.ts, version 3).
  if (type === 'table') for (const m of sql.matchAll(/[,(]\s*(\w+)\s[^,/]*\/\*\s*([\s\S]*?)\s*\*\//g)) out.set(m[1]!, m[2]!);
  return out;
}

/** The `.describe()` text of the record field a snake_case column stores, with the allowed values of an enum. */
export function describeField(record: AnyObject, column: string): string {
  const field = column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
  const schema = record.shape[field] as z.ZodType | undefined;
  if (!schema) return '';
  let description: string | undefined;
  let values: string[] | null = null;
  let current: z.ZodType | undefined = schema;
  while (current) {
    description ??= current.description;
    const def = current._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string> };
    if (def.type === 'enum' && def.entries) values = Object.values(def.entries);
    // An array of records without its own description: say what each element is.
    current = def.innerType ?? def.element;
  }
  const text = description ?? '';
  return values ? `${text}${text ? ' ' : ''}One of: ${values.join(', ')}.` : text;
}

function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

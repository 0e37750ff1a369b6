import type { Writable } from 'node:stream';

/** How query, export, search and speakers print rows. */
export type RowFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const ROW_FORMATS: readonly RowFormat[] = ['table', 'csv', 'json', 'jsonl'];

/** Rows as SQLite returns them in raw mode: one array per row, in column order. */
export interface RowSet {
  readonly columns: readonly string[];
  readonly rows: Iterable<readonly unknown[]>;
}

export interface WriteRowsOptions {
  /** Table format only: longest cell shown before it is cut with "…" (0: never cut). */
  readonly maxWidth?: number;
}

/**
 * Writes rows to a stream in the chosen format and returns how many were written.
 * CSV, JSON and JSONL stream row by row (an export of millions of rows never sits in memory) and wait for
 * the stream to drain; the table needs every row first to size its columns.
 */
export async function writeRows(out: Writable, set: RowSet, format: RowFormat, options: WriteRowsOptions = {}): Promise<number> {
  if (format === 'table') {
    const rows = [...set.rows];
    await write(out, renderTable(set.columns, rows, options.maxWidth ?? 60));
    return rows.length;
  }
  const keys = uniqueKeys(set.columns);
  let n = 0;
  let buffer = '';
  const push = async (chunk: string): Promise<void> => {
    buffer += chunk;
    if (buffer.length >= 1 << 16) {
      await write(out, buffer);
      buffer = '';
    }
  };
  if (format === 'csv') await push(set.columns.map(csvField).join(',') + '\r\n');
  if (format === 'json') await push('[');
  for (const row of set.rows) {
    if (format === 'csv') await push(row.map(csvField).join(',') + '\r\n');
    else {
      const line = JSON.stringify(toObject(keys, row));
      await push(format === 'jsonl' ? line + '\n' : `${n === 0 ? '\n' : ',\n'}  ${line}`);
    }
    n++;
  }
  if (format === 'json') await push(n === 0 ? ']\n' : '\n]\n');
  if (buffer) await write(out, buffer);
  return n;
}

/** An aligned text table: a header, a rule, one line per row; numbers right-aligned, NULL spelled out. */
export function renderTable(columns: readonly string[], rows: readonly (readonly unknown[])[], maxWidth = 60): string {
  const cells = rows.map((r) => r.map((v) => tableCell(v, maxWidth)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ''))));
  const isNumber = (v: unknown): boolean => typeof v === 'number' || typeof v === 'bigint';
  const numeric = columns.map((_, i) => rows.some((r) => isNumber(r[i])) && rows.every((r) => r[i] === null || r[i] === undefined || isNumber(r[i])));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (numeric[i] ? pad(v, widths[i]!, 'left') : i === values.length - 1 ? v : pad(v, widths[i]!, 'right')))
      .join('  ')
      .trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r) => line(r))];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n') + '\n';
}

/** One CSV field (RFC 4180): NULL is empty, text with a comma, quote or line break is quoted. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Buffer.isBuffer(value) ? value.toString('base64') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Parses CSV written by csvField back into rows of strings (for round-trip checks and small imports). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function tableCell(value: unknown, maxWidth: number): string {
  if (value === null || value === undefined) return 'NULL';
  const text = (Buffer.isBuffer(value) ? `<${value.length} bytes>` : String(value)).replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
  return maxWidth > 0 && [...text].length > maxWidth ? [...text].slice(0, maxWidth - 1).join('') + '…' : text;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, w: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return side === 'left' ? fill + text : text + fill;
}

/** Column names made unique for JSON objects: `SELECT a.id, b.id` gives "id" and "id_2". */
function uniqueKeys(columns: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const n = (seen.get(c) ?? 0) + 1;
    seen.set(c, n);
    return n === 1 ? c : `${c}_${n}`;
  });
}

function toObject(keys: readonly string[], row: readonly unknown[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    const v = row[i];
    o[k] = Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? Number(v) : v ?? null;
  });
  return o;
}

function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}

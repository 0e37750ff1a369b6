import type { Readable } from 'node:stream';

/** One line of a stream: its text without the line break (null when it was over the limit), its 1-based number, and its size in bytes with the break. */
export interface StreamLine {
  readonly text: string | null;
  readonly number: number;
  readonly bytes: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a UTF-8 byte stream into lines, one at a time, as the caller asks for them.
 * Why not node:readline: its async iterator reads ahead up to 1,024 lines before it pauses the stream, so a
 * JSONL file of web pages (a megabyte a line) put close to a gigabyte in memory while the workers were busy.
 * Here the stream is read a chunk at a time only when the next line is wanted, and one line is held, as bytes.
 * Splitting on the 0x0A byte is safe in UTF-8, where that byte is never part of another character.
 * A line longer than `maxLineBytes` is not kept: its bytes are dropped as they come and it is yielded with text
 * null, so one runaway line cannot exhaust memory and the lines after it are still read.
 */
export async function* readLines(input: Readable | AsyncIterable<Uint8Array | string>, maxLineBytes = Infinity): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  let number = 0;
  /** Appends a piece of the current line, or drops it once the line is over the limit. */
  const hold = (piece: Buffer) => {
    held += piece.length;
    if (held > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else if (!tooLong && piece.length > 0) parts.push(piece);
  };
  /** Ends the current line; `breakBytes` is 1 when a line break ended it, 0 at the end of the stream. */
  const finish = (breakBytes: number): StreamLine => {
    number++;
    let text: string | null = null;
    if (!tooLong) {
      const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      const end = line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.length - 1 : line.length;
      text = line.toString('utf8', 0, end);
    }
    const out = { text, number, bytes: held + breakBytes };
    parts = [];
    held = 0;
    tooLong = false;
    return out;
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      hold(chunk.subarray(from, at));
      yield finish(1);
      from = at + 1;
    }
    if (from < chunk.length) hold(chunk.subarray(from));
  }
  if (held > 0 || tooLong) yield finish(0);
}

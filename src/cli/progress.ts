import type { BatchCounts, BatchEvent } from '../pipeline/batch/events.js';

/** How `tally run` reports while it works: a redrawn bar, JSON lines, or nothing. */
export type LogMode = 'bar' | 'json' | 'quiet';

export interface ProgressReporter {
  onEvent(e: BatchEvent): void;
  /** Clears the bar so the summary prints on a clean line. */
  close(): void;
}

interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** "auto" becomes a bar on a terminal and JSON lines otherwise (CI logs, pipes, files). */
export function chooseLogMode(requested: 'auto' | LogMode, stream: Stream): LogMode {
  if (requested !== 'auto') return requested;
  return stream.isTTY ? 'bar' : 'json';
}

export function createReporter(mode: LogMode, stream: Stream, now: () => number = Date.now): ProgressReporter {
  if (mode === 'json') return jsonReporter(stream, now);
  if (mode === 'bar') return barReporter(stream, now);
  return { onEvent() {}, close() {} };
}

/** One JSON object per line per event, each stamped with the time; 'document' events carry the per-document counts. */
function jsonReporter(stream: Stream, now: () => number): ProgressReporter {
  return {
    onEvent(e) {
      if (e.event === 'progress') {
        stream.write(JSON.stringify({ time: new Date(now()).toISOString(), ...e, ...rates(e.counts, e.elapsedMs, e.totalBytes) }) + '\n');
        return;
      }
      stream.write(JSON.stringify({ time: new Date(now()).toISOString(), ...e }) + '\n');
    },
    close() {},
  };
}

/** A single redrawn line on stderr: bar (by bytes when the total is known), documents, docs/s, MB/s, ETA; errors print above it. */
function barReporter(stream: Stream, now: () => number): ProgressReporter {
  let last = 0;
  let drawn = false;
  let totalBytes: number | null = null;
  let latest: { counts: BatchCounts; elapsedMs: number } | null = null;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = (force: boolean) => {
    if (!latest) return;
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    clear();
    stream.write(formatBar(latest.counts, latest.elapsedMs, totalBytes, Math.max(40, (stream.columns ?? 80) - 1)));
    drawn = true;
  };
  return {
    onEvent(e) {
      if (e.event === 'start') totalBytes = e.totalBytes;
      else if (e.event === 'error') {
        clear();
        stream.write(`tally: ${e.message.includes(e.source) ? e.message : `${e.source}: ${e.message}`}\n`);
        draw(true);
      } else if (e.event === 'progress') {
        if (e.totalBytes !== null) totalBytes = e.totalBytes;
        latest = { counts: e.counts, elapsedMs: e.elapsedMs };
        draw(false);
      } else if (e.event === 'done') {
        latest = { counts: e.counts, elapsedMs: e.elapsedMs };
        draw(true);
        stream.write('\n');
        drawn = false;
      }
    },
    close() {
      clear();
    },
  };
}

/** Throughput and ETA from running counts; the ETA needs the input's total size and is null without it. */
export function rates(counts: BatchCounts, elapsedMs: number, totalBytes: number | null): { docsPerSec: number; mbPerSec: number; etaSeconds: number | null } {
  const secs = Math.max(elapsedMs, 1) / 1000;
  const bytesPerSec = counts.bytes / secs;
  const etaSeconds = totalBytes !== null && bytesPerSec > 0 ? Math.max(0, Math.round((totalBytes - counts.bytes) / bytesPerSec)) : null;
  return { docsPerSec: round1(counts.documents / secs), mbPerSec: round2(bytesPerSec / 1e6), etaSeconds };
}

export function formatBar(counts: BatchCounts, elapsedMs: number, totalBytes: number | null, width: number): string {
  const r = rates(counts, elapsedMs, totalBytes);
  const fraction = totalBytes ? Math.min(1, counts.bytes / totalBytes) : null;
  const failed = counts.failed ? `  ${counts.failed} failed` : '';
  const tail = ` ${counts.documents.toLocaleString('en-US')} docs  ${r.docsPerSec.toFixed(0)} docs/s  ${r.mbPerSec.toFixed(2)} MB/s  ${r.etaSeconds === null ? formatDuration(elapsedMs / 1000) : `ETA ${formatDuration(r.etaSeconds)}`}${failed}`;
  const percent = fraction === null ? '' : `${String(Math.floor(fraction * 100)).padStart(3)}%`;
  // A narrow terminal gets the figures without the bar.
  if (fraction === null || width < tail.length + 18) return `${percent}${fraction === null ? tail.trimStart() : tail}`.slice(0, width);
  const barWidth = Math.max(10, Math.min(30, width - tail.length - 8));
  const filled = Math.round(fraction * barWidth);
  const bar = `[${'='.repeat(Math.max(0, filled - 1))}${filled > 0 ? (filled === barWidth ? '=' : '>') : ''}${' '.repeat(barWidth - filled)}]`;
  return `${bar} ${String(Math.floor(fraction * 100)).padStart(3)}%${tail}`.slice(0, width);
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

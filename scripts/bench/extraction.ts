/**
 * npm run bench -- extraction [--rounds N]
 * Speed of the Article stage (decode + extract) over the readability and newspaper dev pages in one process:
 * pages/s, MB/s and p95 ms per page; then @mozilla/readability on linkedom over the same pages in the same
 * run, as the reference, and the ratio. Pages per CPU-second (user + system) are printed too: on a shared,
 * loaded machine they move far less than wall-clock figures. Then the plain-text path (BBC and PolNeAR dumps):
 * documents and MB per CPU-second.
 */
import { defaultOptions } from '../../src/pipeline/options.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/article/index.js';
import { decodeDocument } from '../../src/sources/index.js';
import { loadPages, repoRoot, runPage, type EvalPage } from '../eval/extraction.js';

interface Timing {
  pagesPerSec: number;
  pagesPerCpuSec: number;
  mbPerSec: number;
  p95: number;
  failures: number;
}

function time(pages: EvalPage[], rounds: number, fn: (p: EvalPage) => boolean): Timing {
  const per: number[] = [];
  let failures = 0;
  let bytes = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) {
      const t0 = performance.now();
      if (!fn(page)) failures++;
      per.push(performance.now() - t0);
      bytes += page.bytes.length;
    }
  }
  const secs = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = Math.max(1e-6, (cpu.user + cpu.system) / 1e6);
  per.sort((a, b) => a - b);
  return { pagesPerSec: per.length / secs, pagesPerCpuSec: per.length / cpuSecs, mbPerSec: bytes / 1e6 / secs, p95: per[Math.floor(per.length * 0.95)] ?? 0, failures: failures / rounds };
}

/** Rates over all rounds together (total pages over total time); p95 and failures as the worst round's. */
function mergeRounds(rounds: readonly Timing[]): Timing {
  const secs = rounds.reduce((n, t) => n + 1 / t.pagesPerSec, 0);
  const cpuSecs = rounds.reduce((n, t) => n + 1 / t.pagesPerCpuSec, 0);
  const mbSecs = rounds.reduce((n, t) => n + t.mbPerSec / t.pagesPerSec, 0);
  return {
    pagesPerSec: rounds.length / secs,
    pagesPerCpuSec: rounds.length / cpuSecs,
    mbPerSec: mbSecs / secs,
    p95: Math.max(...rounds.map((t) => t.p95)),
    failures: Math.max(...rounds.map((t) => t.failures)),
  };
}

function line(name: string, t: Timing): string {
  return `${name.padEnd(26)} ${t.pagesPerSec.toFixed(1).padStart(8)} pages/s ${t.pagesPerCpuSec.toFixed(1).padStart(8)} pages/CPU-s ${t.mbPerSec.toFixed(2).padStart(7)} MB/s  p95 ${t.p95.toFixed(1).padStart(6)} ms  failures ${t.failures}`;
}

export default async function benchExtraction(args: string[]): Promise<boolean> {
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
  const pages = loadPages();
  if (pages.length === 0) {
    process.stdout.write('bench extraction: skipped, ../shared/data is absent.\n');
    return true;
  }
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const decoder = new TextDecoder();
  const ours = (p: EvalPage) => runPage(p).article !== null;
  const theirs = (p: EvalPage) => {
    try {
      const { document } = parseHTML(decoder.decode(p.bytes));
      return new Readability(document as never).parse() !== null;
    } catch {
      return false;
    }
  };
  // Warm both up (JIT, lazy imports) before timing.
  time(pages.slice(0, 30), 1, ours);
  time(pages.slice(0, 30), 1, theirs);
  // Rounds alternate between the two, so a neighbour's load that comes and goes weighs on both alike.
  const ourRounds: Timing[] = [];
  const theirRounds: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    ourRounds.push(time(pages, 1, ours));
    theirRounds.push(time(pages, 1, theirs));
  }
  const a = mergeRounds(ourRounds);
  const b = mergeRounds(theirRounds);
  const mb = pages.reduce((n, p) => n + p.bytes.length, 0) / 1e6;
  process.stdout.write(
    [
      `${pages.length} pages, ${mb.toFixed(1)} MB, one process, node ${process.version}`,
      line('tally extractArticle', a),
      line('readability + linkedom', b),
      `ratio (pages/s): ${(a.pagesPerSec / b.pagesPerSec).toFixed(2)}x; by CPU time: ${(a.pagesPerCpuSec / b.pagesPerCpuSec).toFixed(2)}x`,
    ].join('\n') + '\n',
  );
  benchPlainText(rounds);
  return true;
}

/** Every .txt file under a folder, sorted, without recursion limits (the BBC set nests one level). */
function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (name.endsWith('.txt') && name !== 'README.TXT') out.push(path);
    }
  }
  return out.sort();
}

/** The plain-text path: decode + extractArticle over the BBC and PolNeAR dumps; the best round's CPU time counts. */
function benchPlainText(rounds: number): void {
  const data = join(repoRoot(), '..', 'shared', 'data');
  const files = [...textFiles(join(data, 'bbc')), ...textFiles(join(data, 'polnear'))].map((path) => ({ path, bytes: readFileSync(path) }));
  if (files.length === 0) return;
  const runAll = () => {
    for (const f of files) {
      try {
        const doc = decodeDocument(f.bytes, { location: f.path });
        extractArticle(doc, { docId: f.path, text: doc.body, options: defaultOptions, report: () => {} });
      } catch {
        // Bad input is the eval's business; the bench only times.
      }
    }
  };
  runAll(); // warm-up
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    runAll();
    const cpu = process.cpuUsage(cpu0);
    best = Math.min(best, (cpu.user + cpu.system) / 1e6);
  }
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  process.stdout.write(`plain text (BBC + PolNeAR): ${files.length} docs, ${mb.toFixed(1)} MB: ${(files.length / best).toFixed(0)} docs/CPU-s, ${(mb / best).toFixed(1)} MB/CPU-s (best of ${rounds} rounds)\n`);
}

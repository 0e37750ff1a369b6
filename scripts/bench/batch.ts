/**
 * npm run bench -- batch [--quick] [--profile] [--skip-memory] [--skip-glue] [--rounds N]
 *
 * The batch engine end to end: `tally run` (the real CLI, in a child process) into a fresh SQLite file over the
 * BBC set (2,225 plain-text articles) and the HTML pages of ../shared/data (readability-pages source.html and
 * newspaper html), with 1 and 2 workers (and 1 worker held to one core by taskset, where it exists); a naive glue baseline (@mozilla/readability + linkedom for HTML, then
 * compromise's full parse, numbers, quotations and people on every article, one thread, no database) on the same
 * inputs; peak RSS over the BBC set repeated 10 times and the HTML pages 3 times (each as one JSONL stream with
 * distinct ids); and, with --profile, a CPU profile of one single-threaded run summarised by area and function.
 *
 * Each measurement runs in its own child process that reports its own wall time, CPU time (all threads) and peak
 * RSS (process.resourceUsage), so figures are not polluted by this parent. Figures depend on the machine and on
 * what else runs on it: the load average is printed beside them. With --rounds N every engine runs N times, the engines
 * taking turns, and each row is the run with the median wall time: a virtual machine's speed drifts over minutes, and
 * timing one engine after the other lets that drift into the ratios. Against the glue, throughput is documents per second
 * on the same input. Returns false when a target is missed.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
const SHARED = resolve(ROOT, '..', 'shared', 'data');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SELF = fileURLToPath(import.meta.url);

/** One child's own account of itself. */
interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

interface Corpus {
  name: string;
  /** Arguments to `tally run` that select the corpus. */
  args: string[];
  /** The same documents as paths, for the glue baseline. */
  files: string[];
}

interface Row {
  corpus: string;
  engine: string;
  docs: number;
  inputMb: number;
  textMb: number;
  usage: Usage;
  /** One-minute load average when the measurement ended: wall-clock figures mean little when it is above the core count. */
  load: number;
}

export default async function batch(args: string[]): Promise<boolean> {
  if (!existsSync(SHARED)) {
    process.stdout.write(`bench batch: skipped, ${SHARED} is absent (the shared data sets are not in a user's clone).\n`);
    return true;
  }
  const quick = args.includes('--quick');
  const work = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  try {
    const corpora = [bbcCorpus(quick), htmlCorpus(quick)];
    const rows: Row[] = [];
    const load = () => loadavg()[0]!.toFixed(1);
    process.stdout.write(`bench batch: ${availableParallelism()} cores, load average ${load()} at start${quick ? ', quick (a sample of each corpus)' : ''}\n`);
    const rounds = Math.max(1, Number(args[args.indexOf('--rounds') + 1]) || 1);
    const runs: Row[][] = [];
    for (let round = 0; round < rounds; round++) {
      const these: Row[] = [];
      for (const corpus of corpora) {
        for (const workers of [1, 2]) these.push(await runTally(corpus, workers, work, round));
        if (PIN) these.push(await runTally(corpus, 1, work, round, PIN));
        if (!args.includes('--skip-glue')) these.push(await runGlue(corpus));
      }
      runs.push(these);
    }
    if (rounds > 1) process.stdout.write(`${rounds} rounds, engines taking turns; each row is the run with the median wall time\n`);
    rows.push(...runs[0]!.map((_, k) => medianByWall(runs.map((r) => r[k]!))));
    const memory: Row[] = [];
    if (!args.includes('--skip-memory')) {
      memory.push(await runMemory(work, bbcCorpus(quick), quick ? 2 : 10, 'text', 'bbc'));
      memory.push(await runMemory(work, htmlCorpus(quick), 3, 'html', 'html'));
    }
    process.stdout.write(`load average ${load()} at end\n\n`);
    const ok = report(rows, memory);
    if (args.includes('--profile')) await profile(corpora[0]!, work);
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function bbcCorpus(quick: boolean): Corpus {
  const root = join(SHARED, 'bbc');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(root, d.name, f)))
    .sort();
  if (!quick) return { name: 'bbc (2,225 txt)', args: [root, '--exclude', 'README.TXT'], files };
  const sample = files.filter((_, i) => i % 5 === 0);
  return { name: `bbc sample (${sample.length} txt)`, args: sample, files: sample };
}

function htmlCorpus(quick: boolean): Corpus {
  const pages = readdirSync(join(SHARED, 'readability-pages'))
    .map((d) => join(SHARED, 'readability-pages', d, 'source.html'))
    .filter((p) => existsSync(p));
  const news = readdirSync(join(SHARED, 'newspaper', 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(SHARED, 'newspaper', 'html', f));
  const files = [...pages, ...news].sort();
  const chosen = quick ? files.filter((_, i) => i % 4 === 0) : files;
  return { name: `html (${chosen.length} pages)`, args: chosen, files: chosen };
}

/** The run with the median wall time (the lower middle one of an even count). */
function medianByWall(runs: readonly Row[]): Row {
  const sorted = [...runs].sort((a, b) => a.usage.wallMs - b.usage.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * `taskset -c 0` where it exists (Linux) on a machine of two cores or more: it runs a child on one core only, so the
 * scaling from one core to two can be measured as well as the scaling from one worker to two on the same cores.
 */
const PIN: string[] | null = availableParallelism() >= 2 && existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : null;

/** The row name of a 1-worker run held to one core. */
const ONE_CORE = 'tally, 1 worker, 1 core';

async function runTally(corpus: Corpus, workers: number, work: string, round = 0, pin: string[] | null = null): Promise<Row> {
  const db = join(work, `${basename(corpus.name).replace(/\W+/g, '-')}-${workers}-${pin ? 'pinned-' : ''}${round}.db`);
  const { usage, stdout } = await child(['--child-cli', 'run', ...corpus.args, '--db', db, '--workers', String(workers), '--log', 'quiet', '--format', 'json', '--no-cache'], [], pin);
  const out = JSON.parse(stdout) as { documents: number; bytes: number; textChars: number; failed: number };
  const engine = pin ? ONE_CORE : `tally, ${workers} worker${workers > 1 ? 's' : ''}`;
  return { corpus: corpus.name, engine, docs: out.documents, inputMb: out.bytes / 1e6, textMb: out.textChars / 1e6, usage, load: loadavg()[0]! };
}

async function runGlue(corpus: Corpus): Promise<Row> {
  const list = join(tmpdir(), `tally-glue-${process.pid}-${corpus.files.length}.txt`);
  writeFileSync(list, corpus.files.join('\n'));
  try {
    const { usage, stdout } = await child(['--child-glue', list]);
    const out = JSON.parse(stdout) as { documents: number; bytes: number; textChars: number };
    return { corpus: corpus.name, engine: 'naive glue, 1 thread', docs: out.documents, inputMb: out.bytes / 1e6, textMb: out.textChars / 1e6, usage, load: loadavg()[0]! };
  } finally {
    rmSync(list, { force: true });
  }
}

/**
 * A corpus `times` times over, as one JSONL file with distinct ids, so nothing is skipped: memory must stay flat
 * however many documents a run reads. HTML pages go in as "html" (a megabyte or more a line for some), text as "text".
 */
async function runMemory(work: string, corpus: Corpus, times: number, field: 'text' | 'html', label: string): Promise<Row> {
  const jsonl = join(work, `${label}-x${times}.jsonl`);
  const out = createWriteStream(jsonl);
  for (let k = 0; k < times; k++) {
    for (const f of corpus.files) {
      const line = JSON.stringify({ id: `${relative(SHARED, f)}#${k}`, [field]: readFileSync(f, 'utf8') }) + '\n';
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => out.end(r));
  const db = join(work, `memory-${label}.db`);
  const { usage, stdout } = await child(['--child-cli', 'run', jsonl, '--db', db, '--workers', '2', '--log', 'quiet', '--format', 'json']);
  rmSync(jsonl, { force: true });
  const res = JSON.parse(stdout) as { documents: number; bytes: number; textChars: number };
  return { corpus: `${label} x${times} (${res.documents.toLocaleString('en-US')} docs, ${(res.bytes / 1e6).toFixed(0)} MB JSONL)`, engine: 'tally, 2 workers', docs: res.documents, inputMb: res.bytes / 1e6, textMb: res.textChars / 1e6, usage, load: loadavg()[0]! };
}

function report(rows: Row[], memory: readonly Row[]): boolean {
  const lines = [
    '| corpus | engine | docs | input MB | docs/s | input MB/s | text MB/s | text MB per CPU-s | peak RSS MB | load |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const fmt = (r: Row) => {
    const s = r.usage.wallMs / 1000;
    return `| ${r.corpus} | ${r.engine} | ${r.docs.toLocaleString('en-US')} | ${r.inputMb.toFixed(1)} | ${(r.docs / s).toFixed(1)} | ${(r.inputMb / s).toFixed(2)} | ${(r.textMb / s).toFixed(2)} | ${(r.textMb / (r.usage.cpuMs / 1000)).toFixed(2)} | ${r.usage.maxRssMb.toFixed(0)} | ${r.load.toFixed(1)} |`;
  };
  for (const r of rows) lines.push(fmt(r));
  for (const m of memory) lines.push(fmt(m));
  process.stdout.write(lines.join('\n') + '\n\n');

  const targets: Array<[string, boolean, string]> = [];
  const corpora = [...new Set(rows.map((r) => r.corpus))];
  for (const c of corpora) {
    const one = rows.find((r) => r.corpus === c && r.engine === 'tally, 1 worker');
    const two = rows.find((r) => r.corpus === c && r.engine === 'tally, 2 workers');
    const glue = rows.find((r) => r.corpus === c && r.engine.startsWith('naive glue'));
    if (!one || !two) continue;
    const rate = (r: Row) => r.textMb / (r.usage.wallMs / 1000);
    // Per core: article text per CPU-second of the whole process (main thread + workers), so a busy machine does not count against us.
    const perCore = one.textMb / (one.usage.cpuMs / 1000);
    targets.push([`${c}: >= 1 MB/s of article text per core`, perCore >= 1, `${perCore.toFixed(2)} MB per CPU-second`]);
    targets.push([`${c}: 2 workers >= 1.7x one`, rate(two) / rate(one) >= 1.7, `${(rate(two) / rate(one)).toFixed(2)}x wall-clock, both on all ${availableParallelism()} cores`]);
    // One worker alone already keeps more than one core busy (the writer thread, the main thread reading inputs, V8's
    // collector threads), so on two cores the ratio above measures how much of the second core one worker leaves idle.
    // Held to one core, the 1-worker run shows what a second core and a second worker add together.
    const pinned = rows.find((r) => r.corpus === c && r.engine === ONE_CORE);
    if (pinned && availableParallelism() === 2) {
      targets.push([`${c}: 2 workers on 2 cores >= 1.7x 1 worker on 1 core`, rate(two) / rate(pinned) >= 1.7, `${(rate(two) / rate(pinned)).toFixed(2)}x wall-clock (the 1-worker run held to one core by taskset)`]);
    }
    if (glue) {
      // Throughput against the glue is documents per second over the same input. Article text per second would reward
      // the extractor that keeps more furniture: Readability's text runs longer than tally's on the same pages.
      const docRate = (r: Row) => r.docs / (r.usage.wallMs / 1000);
      const cpuRatio = glue.usage.cpuMs / glue.docs / (one.usage.cpuMs / one.docs);
      targets.push([
        `${c}: >= 5x the naive glue`,
        docRate(two) / docRate(glue) >= 5,
        `${(docRate(two) / docRate(glue)).toFixed(1)}x documents/s (2 workers), ${(docRate(one) / docRate(glue)).toFixed(1)}x (1 worker), ${cpuRatio.toFixed(1)}x CPU per document; ${(rate(two) / rate(glue)).toFixed(1)}x in article text/s (the glue keeps ${((glue.textMb / glue.docs / (two.textMb / two.docs) - 1) * 100).toFixed(0)}% more text per document)`,
      ]);
    }
    for (const r of [one, two]) targets.push([`${c}, ${r.engine}: peak RSS < 500 MB`, r.usage.maxRssMb < 500, `${r.usage.maxRssMb.toFixed(0)} MB`]);
  }
  for (const m of memory) targets.push([`${m.corpus}: peak RSS < 500 MB`, m.usage.maxRssMb < 500, `${m.usage.maxRssMb.toFixed(0)} MB`]);
  for (const [what, ok, value] of targets) process.stdout.write(`${ok ? 'PASS' : 'MISS'}  ${what}: ${value}\n`);
  const busiest = Math.max(...[...rows, ...memory].map((r) => r.load));
  if (busiest > availableParallelism()) {
    process.stdout.write(`note: the load average reached ${busiest.toFixed(1)} on ${availableParallelism()} cores, so wall-clock figures (docs/s, the 2-worker and glue ratios) are not meaningful; compare CPU figures.\n`);
  }
  return targets.every(([, ok]) => ok);
}

/** Runs one single-threaded `tally run` under --cpu-prof and prints where the time goes, by area and by function. */
async function profile(corpus: Corpus, work: string): Promise<void> {
  const dir = join(work, 'prof');
  const db = join(work, 'profile.db');
  await child(['--child-cli', 'run', ...corpus.args, '--db', db, '--workers', '0', '--log', 'quiet', '--format', 'json'], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return;
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const { byArea, byFunction, totalMs } = summariseProfile(prof);
  process.stdout.write(`\nCPU profile (${corpus.name}, --workers 0, one thread, ${(totalMs / 1000).toFixed(1)} s sampled): self time by area\n`);
  for (const [area, ms] of byArea.slice(0, 14)) process.stdout.write(`  ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${area}\n`);
  process.stdout.write('top functions (self time)\n');
  for (const [fn, ms] of byFunction.slice(0, 15)) process.stdout.write(`  ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${fn}\n`);
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per node, summed by area (a src/ folder, a package, or V8/GC) and by function. */
export function summariseProfile(prof: CpuProfile): { byArea: Array<[string, number]>; byFunction: Array<[string, number]>; totalMs: number } {
  const self = new Map<number, number>();
  for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i]!, (self.get(prof.samples[i]!) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let totalMs = 0;
  for (const node of prof.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    totalMs += ms;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = node.callFrame.url ? `${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : '';
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim();
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { byArea: sorted(areas), byFunction: sorted(fns), totalMs };
}

function areaOf(url: string, fn: string): string {
  if (!url) return fn === '(garbage collector)' ? 'V8 garbage collector' : fn === '(program)' || fn === '(idle)' ? `V8 ${fn}` : `native ${fn || '(anonymous)'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `package ${pkg[1]}`;
  const src = /\/dist\/src\/([^/]+)(?:\/([^/]+))?/.exec(url);
  if (src) return `src/${src[1]}${src[2] && !src[2].endsWith('.js') ? `/${src[2]}` : ''}`;
  if (url.startsWith('node:')) return 'node internals';
  return shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '').replace(/^.*node_modules\//, '');
}

/** Runs this script again in child mode and returns what the child measured about itself and printed. */
function child(args: string[], nodeFlags: string[] = [], pin: string[] | null = null): Promise<{ usage: Usage; stdout: string }> {
  const usageFile = join(tmpdir(), `tally-bench-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((done, fail) => {
    const command = [...(pin ?? []), process.execPath, ...nodeFlags, SELF, usageFile, ...args];
    const proc = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('close', (code) => {
      try {
        const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage;
        rmSync(usageFile, { force: true });
        if (code !== 0 && code !== 1) return fail(new Error(`bench child exited ${code}: ${stderr.slice(-2000)}`));
        done({ usage, stdout });
      } catch (err) {
        fail(new Error(`bench child left no measurement (exit ${code}): ${(err as Error).message}\n${stderr.slice(-2000)}`));
      }
    });
  });
}

/** Child mode: measure this process from start to exit, then either run the CLI in-process or the glue baseline. */
async function childMain(usageFile: string, mode: string, rest: string[]): Promise<void> {
  const started = performance.now();
  process.on('exit', () => {
    const ru = process.resourceUsage();
    writeFileSync(usageFile, JSON.stringify({ wallMs: performance.now() - started, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, maxRssMb: ru.maxRSS / 1024 } satisfies Usage));
  });
  if (mode === '--child-cli') {
    process.argv = [process.argv[0]!, CLI, ...rest];
    await import(CLI);
  } else if (mode === '--child-glue') {
    await naiveGlue(readFileSync(rest[0]!, 'utf8').split('\n').filter(Boolean));
  }
}

/**
 * The baseline a newsroom developer would glue together in an afternoon: Readability on a linkedom DOM for HTML,
 * then compromise's full parse with numbers, quotations and people on every article, one document at a time.
 */
async function naiveGlue(files: string[]): Promise<void> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const nlp = (await import('compromise')).default as unknown as (text: string) => {
    numbers(): { json(): unknown[] };
    quotations(): { json(): unknown[] };
    people(): { json(): unknown[] };
    json(): unknown[];
  };
  let bytes = 0;
  let textChars = 0;
  let found = 0;
  for (const file of files) {
    const raw = readFileSync(file);
    bytes += raw.length;
    let text = raw.toString('utf8');
    if (file.endsWith('.html') || file.endsWith('.htm')) {
      try {
        const { document } = parseHTML(text);
        const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
        text = article?.textContent ?? '';
      } catch {
        text = '';
      }
    }
    textChars += text.length;
    const doc = nlp(text);
    found += doc.json().length + doc.numbers().json().length + doc.quotations().json().length + doc.people().json().length;
  }
  process.stdout.write(JSON.stringify({ documents: files.length, bytes, textChars, found }) + '\n');
}

if (process.argv[1] === SELF && process.argv[3]?.startsWith('--child-')) {
  await childMain(process.argv[2]!, process.argv[3], process.argv.slice(4));
}

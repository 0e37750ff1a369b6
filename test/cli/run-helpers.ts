import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** Runs the built CLI to completion and returns its exit code and output. */
export function runCli(args: string[], opts: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Starts the CLI and returns the child, for tests that interrupt it. */
export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

const PLACES = ['Riverside', 'Northgate', 'Eastbrook', 'Millford', 'Lakeview', 'Hillcrest', 'Westmoor', 'Stonebridge'];

/** Writes n distinct news-style stories (each with figures, a quote and a total) into dir/<topic>/NNN.txt. */
export function writeCorpus(dir: string, n: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const topic = ['council', 'schools', 'transport'][i % 3]!;
    const a = 20 + (i % 17);
    const b = 10 + (i % 11);
    const text = [
      `${place} ${topic} report number ${i}`,
      `Officials in ${place} said ${a + b} residents had applied for the new scheme by the end of March, including ${a} families and ${b} single people.`,
      `"The response has been far stronger than we expected," said Maria Lopez, the programme's director, at a briefing on Thursday.`,
      `The scheme, which costs about $${(i % 9) + 2} million a year, was approved by the ${topic} committee in ${2010 + (i % 12)}. Nearly half of the applicants live in the older districts of ${place}.`,
    ].join('\n\n');
    mkdirSync(join(dir, topic), { recursive: true });
    const path = join(dir, topic, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text + '\n');
    paths.push(path);
  }
  return paths;
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './run-helpers.js';

describe('output piped into a reader that stops early (tally ... | head)', () => {
  it('exits 0 without a stack trace when stdout closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-pipe-'));
    try {
      // Enough documents that output continues long after the reader has gone.
      const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `The council approved ${i + 10} new homes on Monday, officials said. About 40% of them will be social housing.` }));
      const input = join(dir, 'docs.jsonl');
      writeFileSync(input, lines.join('\n'));
      const child = spawn(process.execPath, [CLI, 'extract', input, '--format', 'jsonl'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** npm run eval -- <suite...>: scores tally against the dev sets in ../shared/data; exits 1 when a score falls below its pinned floor. */
const suites: Record<string, () => Promise<{ default: (args: string[]) => Promise<boolean> }>> = {
  extraction: () => import('./extraction.js'),
  robustness: () => import('./robustness.js'),
  quotes: () => import('./quotes.js'),
  claims: () => import('./claims.js'),
  checks: () => import('./checks.js'),
  fixtures: () => import('./fixtures.js'),
};

const [name, ...rest] = process.argv.slice(2);
const names = name && name !== 'all' ? [name] : Object.keys(suites);
let ok = true;
for (const n of names) {
  const load = suites[n];
  if (!load) {
    process.stderr.write(`eval: unknown suite "${n}"; one of: ${Object.keys(suites).join(', ')}\n`);
    process.exit(2);
  }
  ok = (await (await load()).default(rest)) && ok;
}
process.exitCode = ok ? 0 : 1;

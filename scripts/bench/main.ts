/** npm run bench -- <suite...>: speed and memory of each stage and of the batch engine. */
const suites: Record<string, () => Promise<{ default: (args: string[]) => Promise<boolean> }>> = {
  extraction: () => import('./extraction.js'),
  batch: () => import('./batch.js'),
  quotes: () => import('./quotes.js'),
  claims: () => import('./claims.js'),
  store: () => import('./store.js'),
  'long-documents': () => import('./long-documents.js'),
};

const [name, ...rest] = process.argv.slice(2);
const names = name && name !== 'all' ? [name] : Object.keys(suites);
let ok = true;
for (const n of names) {
  const load = suites[n];
  if (!load) {
    process.stderr.write(`bench: unknown suite "${n}"; one of: ${Object.keys(suites).join(', ')}\n`);
    process.exit(2);
  }
  ok = (await (await load()).default(rest)) && ok;
}
process.exitCode = ok ? 0 : 1;

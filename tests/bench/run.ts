/**
 * `npm run bench [-- name …]`: runs benchmarks in tests/bench/<name>.bench.ts. Each one
 * prints its figures and ratios against a baseline measured in the same run, and whether
 * each target is met. Benchmarks never fail on a time (exit code is for crashes only).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

// Names come first; everything from the first option on belongs to the benchmarks (`search --meetings 20000`).
const firstOption = process.argv.slice(2).findIndex((a) => a.startsWith('-'));
const requested = process.argv.slice(2, firstOption < 0 ? undefined : 2 + firstOption);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n=== bench: ${name} ===`);
  const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as {
    run(args: string[]): Promise<void>;
  };
  await module.run(process.argv.slice(2));
}

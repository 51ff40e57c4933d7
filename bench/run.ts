// `npm run bench`: runs every bench/*.bench.ts and prints one row per figure.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './stats';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !only || file.includes(only))
  .sort();

const format = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3));
const header = ['figure', 'median', 'p99/max', 'unit', 'runs', 'note'];
console.log(header.join(' | '));
console.log(header.map(() => '---').join(' | '));
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run: () => Promise<BenchRow[]> };
  for (const row of await mod.run()) {
    console.log(
      [
        row.name,
        format(row.median),
        `${format(row.tail)} (${row.tailLabel})`,
        row.unit,
        row.runs,
        row.note ?? '',
      ].join(' | '),
    );
  }
}

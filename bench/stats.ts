/** One row of `npm run bench`: a figure with its median and tail over several runs. */
export interface BenchRow {
  name: string;
  median: number;
  /** p99 when there are enough samples for it to mean something, else the maximum. */
  tail: number;
  tailLabel: 'p99' | 'max';
  unit: string;
  runs: number;
  note?: string;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarise(name: string, samples: readonly number[], unit: string, note?: string): BenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  const many = sorted.length >= 100;
  return {
    name,
    median: quantile(sorted, 0.5),
    tail: many ? quantile(sorted, 0.99) : (sorted.at(-1) as number),
    tailLabel: many ? 'p99' : 'max',
    unit,
    runs: sorted.length,
    ...(note !== undefined && { note }),
  };
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

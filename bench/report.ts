export interface Row {
  label: string;
  /** Slots returned (NaN for summary rows). */
  slots: number;
  /** Wall-clock milliseconds per request. */
  ms: number[];
  /** CPU milliseconds this process used per request: the part the code controls on a busy machine. */
  cpuMs: number[];
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const COLUMNS = ['n', 'slots', 'p50 ms', 'p95 ms', 'max ms', 'cpu p50', 'cpu p95'];

export function printTable(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((r) => r.label.length), 8);
  const cell = (v: number | string) =>
    (typeof v === 'number' ? (Number.isNaN(v) ? '' : v.toFixed(1)) : v).padStart(8);
  console.log(`${'scenario'.padEnd(width)}${COLUMNS.map(cell).join('')}`);
  console.log('-'.repeat(width + 8 * COLUMNS.length));
  for (const r of rows) {
    const values = [
      String(r.ms.length),
      Number.isNaN(r.slots) ? '' : String(r.slots),
      percentile(r.ms, 50),
      percentile(r.ms, 95),
      Math.max(...r.ms),
      percentile(r.cpuMs, 50),
      percentile(r.cpuMs, 95),
    ];
    console.log(`${r.label.padEnd(width)}${values.map(cell).join('')}`);
  }
}

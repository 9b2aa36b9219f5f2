/** Latency summaries for the benchmark's tables. */
export type Summary = { n: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile of ascending `sorted` samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export type Row = { scenario: string; measure: string; summary: Summary };

/** A Markdown table (it reads well in a terminal and pastes into docs/benchmarks.md as is). */
export function formatTable(rows: readonly Row[], targetMs: number): string {
  const ms = (v: number) => v.toFixed(1);
  const lines = [
    "| scenario | measure | n | p50 ms | p95 ms | p99 ms | max ms | p95 ≤ " + targetMs + " ms |",
    "|---|---|--:|--:|--:|--:|--:|:-:|",
    ...rows.map(({ scenario, measure, summary: s }) =>
      `| ${scenario} | ${measure} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.p95 <= targetMs ? "yes" : "**no**"} |`,
    ),
  ];
  return lines.join("\n");
}

/** Runs `once` `warmup` times unmeasured, then `runs` times measured, one after another. */
export async function measure(runs: number, warmup: number, once: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return samples;
}

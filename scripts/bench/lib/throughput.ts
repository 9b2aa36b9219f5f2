import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

export type ThroughputResult = {
  page: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/** autocannon against one URL: `connections` keep-alive connections for `seconds`. */
export async function loadTest(page: string, url: string, cookie: string, connections: number, seconds: number): Promise<ThroughputResult> {
  const r = await autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 30 });
  return {
    page,
    connections,
    seconds,
    requests: r.requests.total,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** The process and its descendants (next start may fork a worker). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples the server's resident memory (the whole process tree) until stopped; reports the peak in MiB. */
export function watchRss(pid: number, everyMs = 200): { peakMiB: () => number; stop: () => void } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, processTree(pid).reduce((sum, p) => sum + rssKb(p), 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return { peakMiB: () => Math.round(peak / 1024), stop: () => clearInterval(timer) };
}

export function formatThroughput(rows: readonly ThroughputResult[]): string {
  return [
    "| page | connections | req/s | p50 ms | p97.5 ms | p99 ms | requests | errors | non-2xx | ≥ 150 req/s, p99 < 500 ms (at 50) |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    ...rows.map((r) => {
      const aim = r.connections === 50 ? (r.reqPerSec >= 150 && r.p99 < 500 ? "yes" : "**no**") : "";
      return `| ${r.page} | ${r.connections} | ${r.reqPerSec.toFixed(1)} | ${r.p50} | ${r.p975} | ${r.p99} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${aim} |`;
    }),
  ].join("\n");
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same operations, so a failing
 * run replays with `npm run fuzz -- --seed N`. Not for anything secret.
 */
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** One key, with probability proportional to its weight. */
  weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K;
};

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(items.length)]!;
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [k, w] of entries) {
        x -= w;
        if (x < 0) return k;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

/** A worker's own stream, derived from the run's seed (so adding a worker changes no other's ops). */
export const workerSeed = (seed: number, worker: number): number => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(worker + 1, 0xc2b2ae35)) >>> 0;

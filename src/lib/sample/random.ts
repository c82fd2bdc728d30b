/**
 * Seeded pseudo-random numbers for the sample generator: the same seed gives the same numbers on
 * every machine, so the sample data is reproducible byte for byte. Never `Math.random`.
 */

/** A stream of pseudo-random numbers and the draws the generator needs. */
export interface Random {
  /** A number in [0, 1). */
  next: () => number;
  /** A whole number in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** A number in [min, max). */
  between: (min: number, max: number) => number;
  /** True with the given probability (0–1). */
  chance: (probability: number) => boolean;
  /** A standard normal draw (mean 0, standard deviation 1). */
  normal: () => number;
  /** One element of a non-empty list, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** One element of a non-empty list, with probability proportional to its weight. */
  weighted: <T>(items: readonly T[], weight: (item: T) => number) => T;
  /** A new list with the same elements in a random order (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
}

/**
 * A 32-bit hash of a seed and any labels (FNV-1a over their text, then a finaliser), used to give
 * each county, site and table its own stream so that one part never shifts another's numbers.
 */
export function hashSeed(seed: number, ...labels: (string | number)[]): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  const text = labels.join("\u0000");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A seeded stream using sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit). */
export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a freshly seeded sfc32 are poorly mixed; discard them.
  for (let i = 0; i < 15; i++) next();

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    normal: () => {
      // Box–Muller; 1 - next() keeps the logarithm away from zero.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError("Cannot pick from an empty list.");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weight) => {
      if (items.length === 0) throw new RangeError("Cannot pick from an empty list.");
      let total = 0;
      for (const item of items) total += weight(item);
      let target = next() * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return items[items.length - 1]!;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
  return random;
}

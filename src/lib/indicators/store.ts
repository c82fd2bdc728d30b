/**
 * The published values held column by column: one typed array per field, in blocks of 65,536
 * rows, with the few distinct texts (indicator ids, levels, codes, periods, statuses) kept once
 * in dictionaries. A national build publishes 14.7 million values; as one object each they took
 * about 2 GB of the heap and a quarter of the render's time in garbage collection, as columns
 * they take 44 bytes a value. Objects are made only when asked for, one at a time
 * (`at`, iteration), and are equal field for field to what compute produced. Pure.
 */
import { emptyReason, reportingOf, type ValueSink } from "./core.ts";
import { statusOf, targetNumber } from "./status.ts";
import {
  LEVELS,
  type IndicatorMeta,
  type IndicatorValue,
  type Level,
  type NoDataReason,
  type Status,
} from "./types.ts";

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

const STATUSES: readonly Status[] = ["met", "behind", "no-target", "no-data"];
// Index 0 is "no reason" (the value exists).
const REASONS: readonly (NoDataReason | undefined)[] = [
  undefined,
  "no-sites-in-scope",
  "not-reported",
  "zero-denominator",
];
/** `reporting` column's mark for a value not built from sites (funds, inspections). */
const NO_REPORTING = 0xffffffff;

/** Bytes a row takes in a block: its fields' sizes below. */
const ROW_BYTES = 3 * 8 + 3 * 4 + 2 * 2 + 4 * 1;

/**
 * One block of rows: a typed array per field, views of one part of a larger buffer (see
 * `reserve`). The widest fields come first, so every view starts where its type must.
 */
class Block {
  /** The buffer the columns are views of, and where in it the block starts (for `shared`). */
  readonly buffer: ArrayBufferLike;
  readonly offset: number;
  // NaN stands for null: a share is never NaN (a zero denominator gives null and a reason).
  readonly value: Float64Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly code: Uint32Array;
  readonly reporting: Uint32Array;
  readonly expected: Uint32Array;
  readonly period: Uint16Array;
  readonly target: Uint16Array;
  readonly indicator: Uint8Array;
  readonly level: Uint8Array;
  readonly status: Uint8Array;
  readonly reason: Uint8Array;
  constructor(buffer: ArrayBufferLike, offset: number) {
    this.buffer = buffer;
    this.offset = offset;
    // Where the next field's column starts, `bytes` a row; each column is BLOCK rows long.
    let next = offset;
    const at = (bytes: number) => {
      const start = next;
      next += bytes * BLOCK;
      return start;
    };
    this.value = new Float64Array(buffer, at(8), BLOCK);
    this.numerator = new Float64Array(buffer, at(8), BLOCK);
    this.denominator = new Float64Array(buffer, at(8), BLOCK);
    this.code = new Uint32Array(buffer, at(4), BLOCK);
    this.reporting = new Uint32Array(buffer, at(4), BLOCK);
    this.expected = new Uint32Array(buffer, at(4), BLOCK);
    this.period = new Uint16Array(buffer, at(2), BLOCK);
    this.target = new Uint16Array(buffer, at(2), BLOCK);
    this.indicator = new Uint8Array(buffer, at(1), BLOCK);
    this.level = new Uint8Array(buffer, at(1), BLOCK);
    this.status = new Uint8Array(buffer, at(1), BLOCK);
    this.reason = new Uint8Array(buffer, at(1), BLOCK);
  }
}

/** A growing list of distinct values, each with its number. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly numbers = new Map<T, number>();
  private readonly limit: number;
  private readonly what: string;
  constructor(limit: number, what: string) {
    this.limit = limit;
    this.what = what;
  }
  numberOf(item: T): number {
    let n = this.numbers.get(item);
    if (n === undefined) {
      n = this.items.length;
      if (n >= this.limit) throw new RangeError(`ValueStore: more than ${this.limit} distinct ${this.what}`);
      this.items.push(item);
      this.numbers.set(item, n);
    }
    return n;
  }
  find(item: T): number | undefined {
    return this.numbers.get(item);
  }
}

const LEVEL_NUMBER = new Map(LEVELS.map((level, i) => [level, i]));
const STATUS_NUMBER = new Map(STATUSES.map((status, i) => [status, i]));
const REASON_NUMBER = new Map(REASONS.map((reason, i) => [reason, i]));

/**
 * A value's fields as `ValueStore.readInto` leaves them: an `IndicatorValue`'s, with its
 * reporting as two counts (`reporting` null for a value not built from sites, `expected` then 0)
 * and `reason` always present (undefined when the value exists).
 */
export type ValueFields = Omit<IndicatorValue, "reporting" | "reason"> & {
  reporting: number | null;
  expected: number;
  reason: NoDataReason | undefined;
};

/** Fields to read values into, one at a time (see `ValueStore.readInto`, `fieldsOf`). */
export function valueFields(): ValueFields {
  return {
    indicator: "",
    level: "city",
    code: "",
    period: "",
    numerator: 0,
    denominator: 0,
    value: null,
    target: null,
    status: "no-data",
    reporting: null,
    expected: 0,
    reason: undefined,
  };
}

/** A value object's fields, written into `fields` (the same as `readInto` gives for it once stored). */
export function fieldsOf(v: IndicatorValue, fields: ValueFields): ValueFields {
  fields.indicator = v.indicator;
  fields.level = v.level;
  fields.code = v.code;
  fields.period = v.period;
  fields.numerator = v.numerator;
  fields.denominator = v.denominator;
  fields.value = v.value;
  fields.target = v.target;
  fields.status = v.status;
  fields.reporting = v.reporting === null ? null : v.reporting.reporting;
  fields.expected = v.reporting === null ? 0 : v.reporting.expected;
  fields.reason = v.reason;
  return fields;
}

/**
 * A store as another thread receives it (`ValueStore.shared`, `ValueStore.fromShared`): its
 * blocks, views of shared memory, and its dictionaries and runs, which are small and copied.
 * Everything in it can be posted to a worker thread.
 */
export interface SharedValues {
  count: number;
  blocks: { buffer: SharedArrayBuffer; offset: number }[];
  indicators: string[];
  codes: string[];
  periods: string[];
  targets: (number | null)[];
  runs: number[][];
}

/** Published values as the pages and downloads take them: a store, or (tests, the browser) an array. */
export type Values = ValueStore | readonly IndicatorValue[];

/**
 * Whether published values are a store. Not `instanceof`: Astro bundles its own copy of this
 * module, so the store the build made is no instance of the pages' `ValueStore` class (they
 * copied every value into a store of their own, once in each render process).
 */
export function isValueStore(values: Values): values is ValueStore {
  return !Array.isArray(values);
}

/** Every published value, in the order they were added. */
export class ValueStore implements Iterable<IndicatorValue>, ValueSink {
  private readonly blocks: Block[] = [];
  /** Blocks made ahead and not yet written to (`reserve`). */
  private readonly spare: Block[] = [];
  private count = 0;
  readonly #indicators = new Dictionary<string>(0xff, "indicators");
  readonly #codes = new Dictionary<string>(0xffffffff, "codes");
  readonly #periods = new Dictionary<string>(0xffff, "periods");
  readonly #targets = new Dictionary<number | null>(0xffff, "targets");
  /** Whether its blocks are made in memory that worker threads can share (`shared`). */
  readonly #inSharedMemory: boolean;
  /** Set once the store is shared: its values may no longer change (another thread reads them). */
  #frozen = false;
  /**
   * Where each indicator's values are, by indicator number: runs of positions as flat
   * [start, end) pairs. Compute adds an indicator's values together, so each has a run or a
   * few; `ofIndicator` reads them instead of scanning every value once per indicator (36 scans
   * of 14.7 M values at national scale took 20 s of the render).
   */
  readonly #runs: number[][] = [];

  /**
   * An empty store. With `sharedMemory`, its blocks are made in a SharedArrayBuffer, so that
   * `shared` can hand them to worker threads without a copy (a build's render shards: 0.7 GB
   * at national scale, once instead of once per thread); the browser has none without
   * cross-origin isolation, so the default is ordinary memory.
   */
  constructor(options: { sharedMemory?: boolean } = {}) {
    this.#inSharedMemory = options.sharedMemory ?? false;
  }

  /**
   * The store `shared` handed over, in another thread: the same values, read from the same
   * memory (never copied). It cannot change, like the store it came from.
   */
  static fromShared(parts: SharedValues): ValueStore {
    const store = new ValueStore({ sharedMemory: true });
    for (const { buffer, offset } of parts.blocks) store.blocks.push(new Block(buffer, offset));
    store.count = parts.count;
    for (const text of parts.indicators) store.#indicators.numberOf(text);
    for (const code of parts.codes) store.#codes.numberOf(code);
    for (const period of parts.periods) store.#periods.numberOf(period);
    for (const target of parts.targets) store.#targets.numberOf(target);
    store.#runs.push(...parts.runs);
    store.#frozen = true;
    return store;
  }

  /**
   * What a worker thread needs to read this store's values (`fromShared`), without copying
   * them. The store must have been made with `sharedMemory`. From then on it cannot change:
   * adding or clearing throws, since another thread reads the same memory.
   */
  shared(): SharedValues {
    if (!this.#inSharedMemory)
      throw new Error("ValueStore: only a store made with { sharedMemory: true } can be shared");
    this.#frozen = true;
    return {
      count: this.count,
      blocks: this.blocks.map(({ buffer, offset }) => ({ buffer: buffer as SharedArrayBuffer, offset })),
      indicators: [...this.#indicators.items],
      codes: [...this.#codes.items],
      periods: [...this.#periods.items],
      targets: [...this.#targets.items],
      runs: this.#runs.map((runs) => [...runs]),
    };
  }

  /** A store holding `values`, in their order. */
  static from(values: Iterable<IndicatorValue>): ValueStore {
    const store = new ValueStore();
    for (const value of values) store.add(value);
    return store;
  }

  /**
   * Makes room for `rows` more values in one buffer. Each buffer V8 is given counts towards its
   * next full garbage collection: filled block by block, the 224 blocks of a national build
   * (650 MB) cost about ten collections of the whole heap, 3–4 s; in one buffer, one. Room made
   * and never written is never touched, so the system gives it no memory. Without a reservation,
   * the store makes room for as many values again as it holds (one block at first).
   */
  reserve(rows: number): void {
    const blocks = Math.ceil(rows / BLOCK) - this.spare.length;
    if (blocks <= 0) return;
    const bytes = blocks * BLOCK * ROW_BYTES;
    const buffer = this.#inSharedMemory ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    const made = Array.from({ length: blocks }, (_, k) => new Block(buffer, k * BLOCK * ROW_BYTES));
    // Taken from the end: the first made is the first used.
    this.spare.unshift(...made.reverse());
  }

  /**
   * Forgets every value, keeping the room they took, to hold another indicator's: `anju compute`
   * makes one indicator's values at a time, and a new store of 90 MB for each of 18 indicators
   * cost a full garbage collection each (V8 collects when a program takes that much memory
   * outside its heap).
   */
  clear(): void {
    this.#unfrozen();
    // The blocks in use go back to the spare ones, the first used last (taken from the end).
    this.spare.push(...this.blocks.reverse());
    this.blocks.length = 0;
    this.count = 0;
    this.#runs.length = 0;
  }

  #unfrozen(): void {
    if (this.#frozen) throw new Error("ValueStore: a shared store's values cannot change");
  }

  /** How many values it holds. */
  get length(): number {
    return this.count;
  }

  /** Appends one value (its fields are copied; the object is not kept). */
  add(v: IndicatorValue): void {
    this.#put(
      this.#indicators.numberOf(v.indicator),
      LEVEL_NUMBER.get(v.level)!,
      this.#codes.numberOf(v.code),
      this.#periods.numberOf(v.period),
      v.numerator,
      v.denominator,
      v.value ?? Number.NaN,
      this.#targets.numberOf(v.target),
      STATUS_NUMBER.get(v.status)!,
      v.reporting === null ? NO_REPORTING : v.reporting.reporting,
      v.reporting === null ? 0 : v.reporting.expected,
      REASON_NUMBER.get(v.reason)!,
    );
  }

  /**
   * Appends the value `valueOf` makes of a site indicator's sums (core.ts, `ValueSink`), without
   * making it: compute writes the build's values through here, 14.7 million objects fewer at
   * national scale. The same fields as `add(valueOf(…))`, tested.
   */
  addSums(
    meta: IndicatorMeta,
    level: Level,
    code: string,
    period: string,
    numerator: number,
    denominator: number,
    reporting: number,
    expected: number,
  ): void {
    const empty = denominator === 0;
    this.#put(
      this.#indicators.numberOf(meta.id),
      LEVEL_NUMBER.get(level)!,
      this.#codes.numberOf(code),
      this.#periods.numberOf(period),
      numerator,
      denominator,
      empty ? Number.NaN : numerator / denominator,
      this.#targets.numberOf(targetNumber(meta.target)),
      STATUS_NUMBER.get(statusOf(numerator, denominator, meta.target))!,
      reporting,
      expected,
      empty ? REASON_NUMBER.get(emptyReason(expected, reporting))! : 0,
    );
  }

  #put(
    indicator: number,
    level: number,
    code: number,
    period: number,
    numerator: number,
    denominator: number,
    value: number,
    target: number,
    status: number,
    reporting: number,
    expected: number,
    reason: number,
  ): void {
    this.#unfrozen();
    const row = this.count & MASK;
    if (row === 0) {
      if (this.spare.length === 0) this.reserve(Math.max(BLOCK, this.count));
      this.blocks.push(this.spare.pop()!);
    }
    const block = this.blocks[this.blocks.length - 1]!;
    block.indicator[row] = indicator;
    const runs = (this.#runs[indicator] ??= []);
    // A value right after its indicator's last run extends it; any other starts a run.
    if (runs.at(-1) === this.count) runs[runs.length - 1] = this.count + 1;
    else runs.push(this.count, this.count + 1);
    block.level[row] = level;
    block.code[row] = code;
    block.period[row] = period;
    block.numerator[row] = numerator;
    block.denominator[row] = denominator;
    block.value[row] = value;
    block.target[row] = target;
    block.status[row] = status;
    block.reporting[row] = reporting;
    block.expected[row] = expected;
    block.reason[row] = reason;
    this.count++;
  }

  /**
   * The fields of the value at position `i` (0-based, in the order added), written into
   * `fields` instead of a new object: for writing every value out (the indicators file) without
   * making 14.7 million objects. The texts are the store's own, shared by every value.
   */
  readInto(i: number, fields: ValueFields): ValueFields {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`ValueStore: no value at ${i} of ${this.count}`);
    const block = this.blocks[i >>> BLOCK_BITS]!;
    const row = i & MASK;
    const stored = block.value[row]!;
    const reporting = block.reporting[row]!;
    fields.indicator = this.#indicators.items[block.indicator[row]!]!;
    fields.level = LEVELS[block.level[row]!]!;
    fields.code = this.#codes.items[block.code[row]!]!;
    fields.period = this.#periods.items[block.period[row]!]!;
    fields.numerator = block.numerator[row]!;
    fields.denominator = block.denominator[row]!;
    fields.value = Number.isNaN(stored) ? null : stored;
    fields.target = this.#targets.items[block.target[row]!]!;
    fields.status = STATUSES[block.status[row]!]!;
    fields.reporting = reporting === NO_REPORTING ? null : reporting;
    fields.expected = block.expected[row]!;
    fields.reason = REASONS[block.reason[row]!];
    return fields;
  }

  /** The value at position `i` (0-based, in the order added), as a new object. */
  at(i: number): IndicatorValue {
    const f = this.readInto(i, this.#scratch);
    const value: IndicatorValue = {
      indicator: f.indicator,
      level: f.level,
      code: f.code,
      period: f.period,
      numerator: f.numerator,
      denominator: f.denominator,
      value: f.value,
      target: f.target,
      status: f.status,
      reporting: f.reporting === null ? null : reportingOf(f.reporting, f.expected),
    };
    if (f.reason !== undefined) value.reason = f.reason;
    return value;
  }
  readonly #scratch = valueFields();

  *[Symbol.iterator](): Iterator<IndicatorValue> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  /** The runs of positions one indicator's values take (start, end, start, end, …); none for an unknown one. */
  #runsOf(id: string): readonly number[] {
    const n = this.#indicators.find(id);
    return n === undefined ? [] : (this.#runs[n] ?? []);
  }

  /** The values of one indicator, in the order added (the others are skipped without being made). */
  *ofIndicator(id: string): Generator<IndicatorValue> {
    const runs = this.#runsOf(id);
    for (let r = 0; r < runs.length; r += 2) for (let i = runs[r]!; i < runs[r + 1]!; i++) yield this.at(i);
  }

  /**
   * The values of one indicator, in the order added, each read into `fields` (one object for all:
   * each is valid until the next is read). For a pass over millions of values that needs no
   * object of its own for any (a national indicator's verify file reads 1.2 million).
   */
  *fieldsOfIndicator(id: string, fields: ValueFields = valueFields()): Generator<ValueFields> {
    const runs = this.#runsOf(id);
    for (let r = 0; r < runs.length; r += 2)
      for (let i = runs[r]!; i < runs[r + 1]!; i++) yield this.readInto(i, fields);
  }

  /** How many values one indicator has. */
  countOf(id: string): number {
    const runs = this.#runsOf(id);
    let count = 0;
    for (let r = 0; r < runs.length; r += 2) count += runs[r + 1]! - runs[r]!;
    return count;
  }

  /** The indicator id, level and code of the value at `i`, without making its object. */
  indicatorAt(i: number): string {
    return this.#indicators.items[this.indicatorNumberAt(i)]!;
  }
  levelAt(i: number): Level {
    return LEVELS[this.levelNumberAt(i)]!;
  }
  codeAt(i: number): string {
    return this.#codes.items[this.codeNumberAt(i)]!;
  }

  /** The numbers of the indicator, level and code of the value at `i` (see `numberOf`): for grouping without making objects. */
  indicatorNumberAt(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]!.indicator[i & MASK]!;
  }
  levelNumberAt(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]!.level[i & MASK]!;
  }
  codeNumberAt(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]!.code[i & MASK]!;
  }

  /** The period text of the value at `i`. */
  periodAt(i: number): string {
    return this.#periods.items[this.blocks[i >>> BLOCK_BITS]!.period[i & MASK]!]!;
  }

  /** The number the store gave an indicator id, a level or a code; undefined when it holds none. */
  numberOf(kind: "indicator" | "level" | "code", text: string): number | undefined {
    if (kind === "level") return LEVEL_NUMBER.get(text as Level);
    return (kind === "indicator" ? this.#indicators : this.#codes).find(text);
  }

  /** The indicator id, level or code a number stands for. */
  textOf(kind: "indicator" | "level" | "code", n: number): string {
    if (kind === "level") return LEVELS[n]!;
    return (kind === "indicator" ? this.#indicators : this.#codes).items[n]!;
  }
}

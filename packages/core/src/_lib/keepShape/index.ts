/**
 * Instances kept for their hidden class (see {@link keepShape}). A few small
 * objects, for the life of the module.
 */
const keptInstances = new Set<object>();

/**
 * Keeps one instance of a class alive so its hidden class (V8's "map") is
 * never collected. V8 drops a hidden class once no object has it, and with
 * it every function it optimized for that class: the validator's tables and
 * the ledger's sums are made afresh for each dataset and dropped after it,
 * so after a major garbage collection the next dataset ran in unoptimized
 * code until it was compiled again (a third of `validateDataset`'s CPU time
 * at 100 k customers, measured with `--trace-deopt`: "weak objects"). Call
 * it once per class, at module level, with an instance made by the class's
 * constructor, so it has the same hidden class as every later one.
 *
 * @returns the instance
 * @example
 * keepShape(new IdTable(0))
 * @throws never
 */
export function keepShape<T extends object>(instance: T): T {
  keptInstances.add(instance);
  return instance;
}

/**
 * How many instances {@link keepShape} holds (for tests, and so the list is
 * read: a bundler must not drop writes to it).
 *
 * @example
 * keptShapeCount() //=> 8
 * @throws never
 */
export function keptShapeCount(): number {
  return keptInstances.size;
}

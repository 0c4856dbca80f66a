/**
 * A map's entries sorted by key in code-unit order (the order `<` gives, the
 * same on every locale), for the per-customer, per-owner and per-source
 * lists whose order must not depend on input order.
 *
 * @example
 * sortedEntries(new Map([['bob', 1], ['alice', 2]])) //=> [['alice', 2], ['bob', 1]]
 * @throws never
 */
export function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

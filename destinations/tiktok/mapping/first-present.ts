/**
 * "The first of these paths that holds a value", in mapping-kit: a chain `@if {exists: a, then: a, else: <rest>}`,
 * one level per path. Keep chains short: actions-core validates every @if's fields twice (once as a plain object,
 * once as directives), so each level doubles the validation work of a `transform` call (8 paths: ~1 ms, 16 paths:
 * ~66 ms). A balanced tree would validate in polynomial time but makes actions-core evaluate the first half again
 * for every value found there, which costs more per event in a batch; so the defaults stay short chains (at most 6
 * paths) and long lists of spellings are looked up by the core instead (core/trait-spellings.ts).
 * Plain data, no actions-core import.
 */
import { ifExists } from './if-exists.ts'
import type { JsonValue } from './mapping-types.ts'

/** The first present value among `paths` (present = not undefined or null, like mapping-kit's @if exists). */
export function firstPresentPath(paths: readonly string[]): JsonValue {
  if (paths.length === 0) throw new Error('firstPresentPath needs at least one path')
  const last: JsonValue = { '@path': paths[paths.length - 1]! }
  return paths
    .slice(0, -1)
    .reduceRight<JsonValue>((otherwise, path) => ifExists({ '@path': path }, { '@path': path }, otherwise), last)
}

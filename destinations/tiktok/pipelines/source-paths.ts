/**
 * Event paths in pipelines (`properties.revenue`, `traits.email`) -> mapping-kit reads. `traits.*` also reads
 * `context.traits.*`, because Segment puts a user's traits there on track and page calls and only identify calls
 * carry top-level traits. A list of sources takes the first one present.
 */
import { ifExists } from '../mapping/if-exists.ts'
import type { JsonValue } from '../mapping/mapping-types.ts'

const PATH = /^[^.\s[\]$][^.[\]]*(\.[^.[\]]+)*$/

export function sourcePathProblem(source: string): string | undefined {
  if (!PATH.test(source)) {
    return `${JSON.stringify(source)} is not an event path; expected dot-separated keys such as properties.revenue`
  }
  return undefined
}

/** The mapping-kit paths one pipeline source reads, in order of preference. */
export function expandSource(source: string): string[] {
  const paths = [`$.${source}`]
  if (source.startsWith('traits.')) paths.push(`$.context.${source}`)
  return paths
}

/** The first present value among `paths` (present = not undefined or null, like mapping-kit's @if exists). */
export function readFirst(paths: readonly string[]): JsonValue {
  const last: JsonValue = { '@path': paths[paths.length - 1] }
  return paths
    .slice(0, -1)
    .reduceRight<JsonValue>((otherwise, path) => ifExists({ '@path': path }, { '@path': path }, otherwise), last)
}

/** mapping-kit drops a falsy `else` (0, false, ''), so those defaults are wrapped in @literal to survive. */
export function withDefault(read: JsonValue, value: JsonValue, fallback: string | number | boolean): JsonValue {
  const otherwise: JsonValue = fallback ? fallback : { '@literal': fallback }
  return ifExists(read, value, otherwise)
}

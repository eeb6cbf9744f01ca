/**
 * Event paths in pipelines (`properties.revenue`, `traits.email`) -> mapping-kit reads. `traits.*` also reads
 * `context.traits.*`, because Segment puts a user's traits there on track and page calls and only identify calls
 * carry top-level traits. A list of sources takes the first one present.
 */
import { firstPresentPath } from '../mapping/first-present.ts'
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
  return firstPresentPath(paths)
}

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The path of a lone `{ '@path': path }`, else undefined. */
function pathOf(expr: JsonValue | undefined): string | undefined {
  if (!isObject(expr)) return undefined
  const keys = Object.keys(expr)
  return keys.length === 1 && typeof expr['@path'] === 'string' ? expr['@path'] : undefined
}

/**
 * The paths of a first-present read (readFirst and the report-event defaults' firstPresent build it; so does any
 * `@if {exists: X, then: X, else: Y}` whose X and Y are such reads), in order; a lone `@path` is a read of one.
 * Undefined for any other expression, which callers then leave as it is.
 */
export function readFirstPaths(expr: JsonValue): string[] | undefined {
  const alone = pathOf(expr)
  if (alone !== undefined) return [alone]
  const branches = isObject(expr) && Object.keys(expr).length === 1 ? expr['@if'] : undefined
  if (!isObject(branches) || Object.keys(branches).some((key) => !['exists', 'then', 'else'].includes(key))) {
    return undefined
  }
  if (branches.else === undefined || JSON.stringify(branches.exists) !== JSON.stringify(branches.then)) return undefined
  const head = branches.exists === undefined ? undefined : readFirstPaths(branches.exists)
  const rest = readFirstPaths(branches.else)
  return head && rest && [...head, ...rest]
}

/** mapping-kit drops a falsy `else` (0, false, ''), so those defaults are wrapped in @literal to survive. */
export function withDefault(read: JsonValue, value: JsonValue, fallback: string | number | boolean): JsonValue {
  const otherwise: JsonValue = fallback ? fallback : { '@literal': fallback }
  return ifExists(read, value, otherwise)
}

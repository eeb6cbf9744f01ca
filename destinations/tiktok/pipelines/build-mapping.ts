/**
 * Puts a pipeline's compiled entries and enrichments over the reportEvent field defaults: the mapping a CDP user
 * would save for this subscription. Content fields gather into one `contents` expression; plucked ones extend the
 * default item shape when they read the same array, so a pipeline that only names content_id keeps price/quantity.
 */
import { ifExists } from '../mapping/if-exists.ts'
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import type { EntryOutput } from './compile-entry.ts'
import type { YamlPath } from './pipeline-issue.ts'

export interface PlacedOutput {
  output: EntryOutput
  /** The YAML path of the entry, for error locations. */
  at: YamlPath
}

export type ReportAt = (at: YamlPath, message: string) => void

const isPlainObject = (value: unknown): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The item shape of the `@arrayPath` over `path` inside the default contents expression (it may sit in an `@if`
 * branch), so plucked entries extend it instead of dropping price, quantity and the rest.
 */
function defaultItemShape(expr: JsonValue | undefined, path: string): Record<string, JsonValue> {
  if (Array.isArray(expr)) {
    for (const item of expr) {
      const shape = defaultItemShape(item, path)
      if (Object.keys(shape).length > 0) return shape
    }
    return {}
  }
  if (!isPlainObject(expr)) return {}
  const arrayPath = expr['@arrayPath']
  if (Array.isArray(arrayPath)) {
    const [defaultPath, shape] = arrayPath
    const same = typeof defaultPath === 'string' && defaultPath.replace('$.', '') === path
    if (same && isPlainObject(shape)) return shape
  }
  return defaultItemShape(Object.values(expr), path)
}

function buildContents(placed: PlacedOutput[], defaults: Mapping, report: ReportAt): JsonValue | undefined {
  const items: Record<string, JsonValue> = {}
  const plucked = placed.find((p) => p.output.pluckFrom)?.output.pluckFrom
  for (const { output, at } of placed) {
    if (output.pluckFrom !== plucked) {
      report(
        at,
        plucked && output.pluckFrom
          ? `contents come from one array; ${output.pluckFrom} differs from ${plucked}`
          : `${output.targetText}: contents either all come from an array (pluck) or all from the event; this entry mixes them`
      )
      return undefined
    }
    items[output.target.key] = output.expr
  }
  if (plucked) return { '@arrayPath': [`$.${plucked}`, { ...defaultItemShape(defaults.contents, plucked), ...items }] }
  if (items.content_id === undefined) {
    report(placed[0].at, 'contents need a content_id entry when they are not plucked from an array')
    return undefined
  }
  // One product described by the event itself (Product Viewed, Product Added...): a one-item list.
  return ifExists(items.content_id, [items])
}

export function buildMapping(
  placed: PlacedOutput[],
  defaults: Mapping,
  report: ReportAt,
  lineOf: (at: YamlPath) => number
): Mapping {
  const seen = new Map<string, YamlPath>()
  const overrides: Record<string, JsonValue> = {}
  const custom: Record<string, JsonValue> = {}
  const contents: PlacedOutput[] = []
  for (const item of placed) {
    const { target, targetText, expr } = item.output
    const id = `${target.kind}:${target.key}`
    const first = seen.get(id)
    if (first) {
      report(item.at, `${targetText} is already set on line ${lineOf(first)}; each TikTok field is set once`)
      continue
    }
    seen.set(id, item.at)
    if (target.kind === 'field') overrides[target.key] = expr
    else if (target.kind === 'custom') custom[target.key] = expr
    else contents.push(item)
  }
  if (contents.length > 0) {
    const built = buildContents(contents, defaults, report)
    if (built !== undefined) overrides.contents = built
  }
  if (Object.keys(custom).length > 0) {
    const base =
      isPlainObject(defaults.custom_properties) &&
      !Object.keys(defaults.custom_properties).some((k) => k.startsWith('@'))
    overrides.custom_properties = {
      ...(base ? (defaults.custom_properties as Record<string, JsonValue>) : {}),
      ...custom
    }
  }
  // The event name first, as in the action's field list; then every default in field order.
  const head: Mapping = overrides.event === undefined ? {} : { event: overrides.event }
  return { ...head, ...defaults, ...overrides }
}

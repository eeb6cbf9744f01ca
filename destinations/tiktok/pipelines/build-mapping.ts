/**
 * Puts a pipeline's compiled entries and enrichments over the reportEvent field defaults: the mapping a CDP user
 * would save for this subscription. An entry overrides only what it names: its source first, then the field's
 * default, then its own constant (see compile-entry.ts), so a pipeline that names `properties.revenue` still gets
 * a value from total when revenue is missing. Content fields gather into one `contents` expression; plucked ones
 * extend the default item shape when they read the same array, so a pipeline that only names content_id keeps
 * price/quantity, and falls back to the default contents when its array is missing.
 */
import { ifExists } from '../mapping/if-exists.ts'
import type { JsonValue, Mapping } from '../mapping/mapping-types.ts'
import type { EntryOutput } from './compile-entry.ts'
import type { YamlPath } from './pipeline-issue.ts'
import { readFirst, readFirstPaths } from './source-paths.ts'

export interface PlacedOutput {
  output: EntryOutput
  /** The YAML path of the entry, for error locations. */
  at: YamlPath
}

export type ReportAt = (at: YamlPath, message: string) => void

/**
 * The first of these expressions that yields a value (an `@if exists` chain); undefined ones are skipped. Runs of
 * plain reads (`@path` chains) merge into one chain that reads each path once, so a pipeline source that the field
 * default also reads costs nothing twice, and the result stays a chain docs and pruning can read back.
 */
export function firstOf(...exprs: Array<JsonValue | undefined>): JsonValue | undefined {
  const parts: Array<{ paths: string[] } | { expr: JsonValue }> = []
  const seen = new Set<string>()
  for (const expr of exprs) {
    if (expr === undefined) continue
    const paths = readFirstPaths(expr)
    if (!paths) {
      parts.push({ expr })
      continue
    }
    const fresh = paths.filter((p) => !seen.has(p))
    for (const p of fresh) seen.add(p)
    const last = parts.at(-1)
    if (last && 'paths' in last) last.paths.push(...fresh)
    else if (fresh.length > 0) parts.push({ paths: fresh })
  }
  let out: JsonValue | undefined
  for (const part of parts.reverse()) {
    if ('expr' in part) out = out === undefined ? part.expr : ifExists(part.expr, part.expr, out)
    else if (out === undefined) out = readFirst(part.paths)
    else {
      const otherwise: JsonValue = out
      out = part.paths.reduceRight<JsonValue>((rest, p) => ifExists({ '@path': p }, { '@path': p }, rest), otherwise)
    }
  }
  return out
}

/** An entry's expression with the field default filling in (or as written when it takes none). */
function layered(output: EntryOutput, fieldDefault: JsonValue | undefined): JsonValue {
  const { layers } = output
  if (!layers) return output.expr
  return firstOf(layers.first, fieldDefault, layers.last) ?? output.expr
}

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
  const shape = plucked ? defaultItemShape(defaults.contents, plucked) : {}
  // Without one exclusive entry, the default contents stand in when this pipeline's products are missing.
  const fill = !placed.some((p) => p.output.exclusive)
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
    items[output.target.key] = plucked ? layered(output, shape[output.target.key]) : output.expr
  }
  const own = fill ? defaults.contents : undefined
  if (plucked) {
    // Tested on the array itself, so actions-core maps the products once (an @if on the @arrayPath would run it twice).
    const mapped: JsonValue = { '@arrayPath': [`$.${plucked}`, { ...shape, ...items }] }
    return own === undefined ? mapped : ifExists({ '@path': `$.${plucked}` }, mapped, own)
  }
  if (items.content_id === undefined) {
    report(placed[0].at, 'contents need a content_id entry when they are not plucked from an array')
    return undefined
  }
  // One product described by the event itself (Product Viewed, Product Added...): a one-item list.
  return firstOf(ifExists(items.content_id, [items]), own)
}

export function buildMapping(
  placed: PlacedOutput[],
  defaults: Mapping,
  report: ReportAt,
  lineOf: (at: YamlPath) => number
): Mapping {
  const seen = new Map<string, YamlPath>()
  const customDefaults =
    isPlainObject(defaults.custom_properties) && !Object.keys(defaults.custom_properties).some((k) => k.startsWith('@'))
      ? (defaults.custom_properties as Record<string, JsonValue>)
      : {}
  const overrides: Record<string, JsonValue> = {}
  const custom: Record<string, JsonValue> = {}
  const contents: PlacedOutput[] = []
  for (const item of placed) {
    const { target, targetText } = item.output
    const id = `${target.kind}:${target.key}`
    const first = seen.get(id)
    if (first) {
      report(item.at, `${targetText} is already set on line ${lineOf(first)}; each TikTok field is set once`)
      continue
    }
    seen.set(id, item.at)
    if (target.kind === 'field') overrides[target.key] = layered(item.output, defaults[target.key])
    else if (target.kind === 'custom') custom[target.key] = layered(item.output, customDefaults[target.key])
    else contents.push(item)
  }
  if (contents.length > 0) {
    const built = buildContents(contents, defaults, report)
    if (built !== undefined) overrides.contents = built
  }
  if (Object.keys(custom).length > 0) overrides.custom_properties = { ...customDefaults, ...custom }
  // The event name first, as in the action's field list; then every default in field order.
  const head: Mapping = overrides.event === undefined ? {} : { event: overrides.event }
  return { ...head, ...defaults, ...overrides }
}

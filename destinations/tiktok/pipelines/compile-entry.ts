/**
 * One pipeline entry (`{source|value|template, target, transform?, field?, default?, exclusive?}`) -> the
 * mapping-kit expressions for one TikTok field. Problems are reported with the entry key at fault; nothing throws.
 *
 * An entry overrides only what it names (issue 13): what its source reads comes first, the field's default fills
 * in when that is missing, and the entry's constant (its `default`, or its `value` beside a source) comes last.
 * buildMapping puts the three together; `exclusive: true` keeps the entry as written (its source alone), and a
 * static `value` without a source is the field's value, full stop.
 */
import { ifExists } from '../mapping/if-exists.ts'
import type { JsonValue } from '../mapping/mapping-types.ts'
import { NAMED_TRANSFORMS } from './named-transforms.ts'
import type { EntrySpec } from './pipeline-schema.ts'
import { expandSource, readFirst, sourcePathProblem, withDefault } from './source-paths.ts'
import { resolveTarget, TARGET_HELP, type Target } from './tiktok-targets.ts'

export interface EntryOutput {
  target: Target
  targetText: string
  /** The entry as written: source (transformed), then its default or conditional value. */
  expr: JsonValue
  /** Set by pluck: the array whose items `expr` reads. */
  pluckFrom?: string
  /**
   * How the field default fills in: `first` is read before it, `last` after it. Absent for an entry that takes no
   * default (a static value, `exclusive: true`).
   */
  layers?: { first?: JsonValue; last?: JsonValue }
  /** `exclusive: true`: the entry as written, and (for contents) no default contents either. */
  exclusive?: boolean
}

export type EntryProblem = { key?: keyof EntrySpec; message: string }

export function compileEntry(entry: EntrySpec, report: (problem: EntryProblem) => void): EntryOutput | undefined {
  const target = resolveTarget(entry.target)
  if (!target) {
    report({ key: 'target', message: `${JSON.stringify(entry.target)} is not a TikTok field; ${TARGET_HELP}` })
    return undefined
  }
  const producers = (['source', 'value', 'template'] as const).filter((key) => entry[key] !== undefined)
  if (producers.length === 0) {
    report({ message: `an entry needs a source, a value or a template for ${entry.target}` })
    return undefined
  }
  if (entry.template !== undefined && producers.length > 1) {
    report({ key: 'template', message: 'template cannot be combined with source or value' })
    return undefined
  }
  if (entry.field !== undefined && entry.transform !== 'pluck') {
    report({ key: 'field', message: 'field is only read by transform: pluck' })
    return undefined
  }
  const sources = entry.source === undefined ? [] : Array.isArray(entry.source) ? entry.source : [entry.source]
  for (const source of sources) {
    const problem = sourcePathProblem(source)
    if (problem) {
      report({ key: 'source', message: problem })
      return undefined
    }
  }
  if (entry.exclusive !== undefined && sources.length === 0 && entry.template === undefined) {
    report({ key: 'exclusive', message: 'exclusive applies to a source; a static value is exclusive already' })
    return undefined
  }
  // A static value has nothing to read (its `value` branch below does not use `read`).
  const read: JsonValue =
    entry.template !== undefined
      ? { '@template': entry.template }
      : sources.length > 0
        ? readFirst(sources.flatMap(expandSource))
        : null
  const exclusive = entry.exclusive === true

  if (entry.value !== undefined) {
    for (const key of ['transform', 'default'] as const) {
      if (entry[key] !== undefined) {
        report({ key, message: `${key} applies to a source; value is already static` })
        return undefined
      }
    }
    if (!sources.length) return { target, targetText: entry.target, expr: entry.value }
    // A static value beside a source is only sent when that source is present (and, unless exclusive, only when
    // the field's default has nothing: the event's own value says more than a constant).
    const expr = ifExists(read, entry.value)
    return { target, targetText: entry.target, expr, ...(exclusive ? { exclusive } : { layers: { last: expr } }) }
  }

  let expr = read
  let pluckFrom: string | undefined
  if (entry.transform !== undefined) {
    const transform = NAMED_TRANSFORMS.get(entry.transform)
    if (!transform) {
      report({
        key: 'transform',
        message: `unknown transform ${JSON.stringify(entry.transform)}; expected one of ${[...NAMED_TRANSFORMS.keys()].join(', ')}`
      })
      return undefined
    }
    const result = transform.apply({ target, targetText: entry.target, read, sources, field: entry.field })
    if ('problem' in result) {
      report({ key: result.key ?? 'transform', message: result.problem })
      return undefined
    }
    expr = result.expr
    pluckFrom = result.pluckFrom
  }
  const first = expr
  let last: JsonValue | undefined
  if (entry.default !== undefined) {
    // After pluck the default applies per item, so it tests the item's own field.
    const present = pluckFrom && entry.field ? ({ '@path': `$.${entry.field}` } as JsonValue) : read
    expr = withDefault(present, expr, entry.default)
    last = literalValue(entry.default)
  }
  const layers = exclusive ? undefined : last === undefined ? { first } : { first, last }
  return { target, targetText: entry.target, expr, pluckFrom, ...(layers ? { layers } : { exclusive }) }
}

/** mapping-kit drops a falsy `else` (0, false, ''), so such constants are wrapped in @literal to survive. */
function literalValue(value: string | number | boolean): JsonValue {
  return value ? value : { '@literal': value }
}

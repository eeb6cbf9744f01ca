/**
 * One pipeline entry (`{source|value|template, target, transform?, field?, default?}`) -> one mapping-kit
 * expression for one TikTok field. Problems are reported with the entry key at fault; nothing throws.
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
  expr: JsonValue
  /** Set by pluck: the array whose items `expr` reads. */
  pluckFrom?: string
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
  const read: JsonValue =
    entry.template !== undefined ? { '@template': entry.template } : readFirst(sources.flatMap(expandSource))

  if (entry.value !== undefined) {
    for (const key of ['transform', 'default'] as const) {
      if (entry[key] !== undefined) {
        report({ key, message: `${key} applies to a source; value is already static` })
        return undefined
      }
    }
    // A static value beside a source is only sent when that source is present.
    const expr: JsonValue = sources.length ? ifExists(read, entry.value) : entry.value
    return { target, targetText: entry.target, expr }
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
  if (entry.default !== undefined) {
    // After pluck the default applies per item, so it tests the item's own field.
    const present = pluckFrom && entry.field ? ({ '@path': `$.${entry.field}` } as JsonValue) : read
    expr = withDefault(present, expr, entry.default)
  }
  return { target, targetText: entry.target, expr, pluckFrom }
}

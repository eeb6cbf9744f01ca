/**
 * A validated pipeline spec -> what a CDP user would configure: a subscription (FQL) and a reportEvent mapping
 * (the field defaults that apply to its trigger and event, overridden by the pipeline's entries). Collects every
 * problem with its YAML path.
 */

import { readEventSource } from '../core/event-source.ts'
import { resolveEventName } from '../core/standard-events.ts'
import type { FqlGroup } from '../mapping/fql-condition.ts'
import type { Mapping } from '../mapping/mapping-types.ts'
import { buildMapping, type PlacedOutput } from './build-mapping.ts'
import { eventNameProblem } from './check-event-name.ts'
import { compileEntry } from './compile-entry.ts'
import { compileTrigger } from './compile-trigger.ts'
import { compileEnrichment } from './enrichments.ts'
import { fieldDefaultsFor } from './field-defaults.ts'
import type { YamlPath } from './pipeline-issue.ts'
import {
  CALL_TYPES,
  DEFAULT_OUTPUT,
  EnrichmentSpec,
  EntrySpec,
  OutputSpec,
  type PipelineSpec,
  StaticSpec,
  TransformSpec,
  TriggerSpec
} from './pipeline-schema.ts'
import { type Env, type ResolvedOutput, resolveOutput } from './resolve-output.ts'

export interface CompiledPipeline {
  name: string
  /** The file it came from, as given to the loader. */
  file: string
  description?: string
  /** The TikTok event name when the pipeline sets it statically, as written (presets are named after it). */
  event?: string
  /** The name TikTok gets for it with the default settings: TikTok's spelling, legacy names renamed. */
  sends?: string
  /** The static name is a custom event on purpose (`custom: true`). */
  custom?: boolean
  /** Segment FQL, e.g. `type = "track" and event = "Order Completed"`. */
  subscription: string
  /** The same condition as data (the AST parseFql returns for `subscription`). */
  trigger: FqlGroup
  /** mapping-kit mapping for the reportEvent action. */
  mapping: Mapping
  replaces: string[]
  replacedBy: string[]
  output: ResolvedOutput
}

export interface CompileContext {
  file: string
  fieldDefaults: Mapping
  env?: Env
  report: (path: YamlPath, message: string, at?: 'key' | 'value') => void
  /** Where an unset environment variable goes when it is not an error (see LoadOptions.missingSecrets). */
  missing?: (path: YamlPath, variable: string) => void
  lineOf: (path: YamlPath) => number
}

const ENTRY_SECTIONS = ['static', 'mapping', 'context', 'user_data', 'properties'] as const

/** The static entries that carry `custom`, with their value (a non-boolean is a schema error, reported already). */
function customFlags(transform: Record<string, unknown>): Array<{ at: YamlPath; value: boolean }> {
  const statics = Array.isArray(transform.static) ? transform.static : []
  return statics.flatMap((s, index) =>
    typeof s === 'object' && s !== null && 'custom' in s
      ? [{ at: ['transform', 'static', index] as YamlPath, value: (s as { custom?: unknown }).custom === true }]
      : []
  )
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/**
 * Compiles every part whose shape is valid, even when other parts are not, so one run reports ALL problems: the
 * schema's (reported by the loader) and the compilers'. `spec` is the whole file's parse, undefined when it failed;
 * a pipeline is only returned when both the schema and every compiler accepted it.
 */
export function compilePipeline(
  raw: Record<string, unknown>,
  spec: PipelineSpec | undefined,
  ctx: CompileContext
): CompiledPipeline | undefined {
  let failed = false
  const report = (path: YamlPath, message: string, at?: 'key' | 'value') => {
    failed = true
    ctx.report(path, message, at)
  }
  // When the whole file parsed, its parts are used as they are; otherwise each part is checked on its own.
  const part = <T>(
    schema: { safeParse(value: unknown): { success: boolean; data?: T } },
    value: unknown,
    parsed?: T
  ) => (parsed !== undefined ? parsed : (schema.safeParse(value).data as T | undefined))
  const triggerSpec = part(TriggerSpec, raw.trigger, spec?.trigger)
  const trigger = triggerSpec
    ? compileTrigger(triggerSpec, ['trigger'], (path, problem) => report(path, problem.message))
    : undefined

  const transform = asRecord(raw.transform)
  const placed: PlacedOutput[] = []
  for (const section of ENTRY_SECTIONS) {
    asList(transform[section]).forEach((item, index) => {
      const entry = part<EntrySpec>(
        section === 'static' ? StaticSpec : EntrySpec,
        item,
        spec?.transform[section][index]
      )
      if (!entry) return
      const at: YamlPath = ['transform', section, index]
      const output = compileEntry(entry, (problem) => report(problem.key ? [...at, problem.key] : at, problem.message))
      if (output) placed.push({ output, at })
    })
  }
  asList(transform.enrichments).forEach((item, index) => {
    const enrichment = part(EnrichmentSpec, item, spec?.transform.enrichments[index])
    if (!enrichment) return
    const at: YamlPath = ['transform', 'enrichments', index]
    const result = compileEnrichment(enrichment)
    if ('problem' in result) report(result.key ? [...at, result.key] : at, result.problem)
    else placed.push({ output: result, at })
  })

  const eventEntry = placed.find((p) => p.output.target.kind === 'field' && p.output.target.key === 'event')
  // Only claim "no event" when every entry was readable: a broken event entry is already reported.
  if (!eventEntry && part(TransformSpec, raw.transform, spec?.transform)) {
    report(
      ['transform'],
      'no entry targets event; name the TikTok event, e.g. static: [{ target: event, value: Purchase }]'
    )
  }
  const event = typeof eventEntry?.output.expr === 'string' ? eventEntry.output.expr : undefined
  const eventAt = eventEntry?.at.join('.')
  const custom = { value: false }
  for (const flag of customFlags(transform)) {
    if (flag.at.join('.') === eventAt) custom.value = flag.value
    else report([...flag.at, 'custom'], 'custom applies to the static entry whose target is event')
  }
  if (event !== undefined && (event.trim().length === 0 || event.length > 50)) {
    report([...(eventEntry as PlacedOutput).at, 'value'], 'a TikTok event name has 1 to 50 characters')
  } else if (event !== undefined) {
    const problem = eventNameProblem(event, custom.value)
    if (problem) report([...(eventEntry as PlacedOutput).at, problem.key], problem.message)
  }
  // A static event source must name one: a typo would send every event to the destination's default source.
  for (const placedEntry of placed) {
    const { target, expr } = placedEntry.output
    if (target.kind !== 'field' || target.key !== 'event_source' || typeof expr !== 'string') continue
    if (readEventSource(expr).source === undefined)
      report(
        [...placedEntry.at, 'value'],
        `unknown event source ${JSON.stringify(expr)}; expected web, app, offline or crm`
      )
  }
  // Only the defaults this pipeline can use; without a readable trigger (already reported) all of them.
  const callTypes = triggerSpec ? [triggerSpec.event].flat() : CALL_TYPES
  const defaults = fieldDefaultsFor(ctx.fieldDefaults, { callTypes, event })
  const mapping = buildMapping(placed, defaults, report, ctx.lineOf)

  const outputSpec = part(OutputSpec.default(DEFAULT_OUTPUT), raw.output, spec?.output)
  const output = outputSpec
    ? resolveOutput(
        outputSpec,
        ctx.env,
        (problem) => report(['output', problem.key], problem.message),
        ctx.missing && (({ key, variable }) => ctx.missing!(['output', key], variable))
      )
    : undefined

  if (failed || !spec || !trigger || !output) return undefined
  return {
    name: spec.name,
    file: ctx.file,
    ...(spec.description ? { description: spec.description } : {}),
    ...(event !== undefined ? { event, sends: resolveEventName(event) } : {}),
    ...(custom.value ? { custom: true } : {}),
    subscription: trigger.subscription,
    trigger: trigger.condition,
    mapping,
    replaces: spec.replaces,
    replacedBy: spec.replaced_by,
    output
  }
}

/**
 * The per-event side of pipelines, without actions-core: which pipelines an event triggers, and the reportEvent
 * input each one maps it to. Compile once at startup (preparePipelines), then call matchPipelines per event.
 */
import type { ReportEventInput } from '../core/report-event-input.ts'
import { type CompiledMapping, compileMapping } from '../mapping/compile-mapping.ts'
import { compileCondition, type EventPredicate } from '../mapping/match-condition.ts'
import type { CompiledPipeline } from './compile-pipeline.ts'
import { buildMatchIndex } from './match-index.ts'

export interface RunnablePipeline {
  pipeline: CompiledPipeline
  matches: EventPredicate
  map: CompiledMapping
}

/**
 * Drops pipelines taken over by another loaded one (`replaces` on the newcomer, or `replaced_by` on the one that
 * steps aside), so two pipelines written for the same events do not both send.
 */
export function activePipelines(pipelines: readonly CompiledPipeline[]): CompiledPipeline[] {
  const loaded = new Set(pipelines.map((p) => p.name))
  const replaced = new Set(pipelines.flatMap((p) => p.replaces))
  return pipelines.filter((p) => !replaced.has(p.name) && !p.replacedBy.some((name) => loaded.has(name)))
}

/** Active pipelines compiled to closures, with an index from (call type, event name) to candidates. */
export interface PreparedPipelines {
  readonly pipelines: readonly RunnablePipeline[]
  readonly candidates: (event: Record<string, unknown>) => readonly RunnablePipeline[]
}

/** Compiles triggers and mappings to closures, once. Only active pipelines are kept. */
export function preparePipelines(pipelines: readonly CompiledPipeline[]): PreparedPipelines {
  const runnable = activePipelines(pipelines).map((pipeline) => ({
    pipeline,
    matches: compileCondition(pipeline.trigger),
    map: compileMapping(pipeline.mapping)
  }))
  return { pipelines: runnable, candidates: buildMatchIndex(runnable, (r) => r.pipeline.trigger) }
}

/** Every pipeline whose trigger the event meets, in load order. */
export function matchPipelines(prepared: PreparedPipelines, event: Record<string, unknown>): RunnablePipeline[] {
  const matched: RunnablePipeline[] = []
  for (const candidate of prepared.candidates(event)) if (candidate.matches(event)) matched.push(candidate)
  return matched
}

/** The reportEvent input for one event; hand it to the core's buildTikTokEvent with the destination settings. */
export function evaluatePipeline(runnable: RunnablePipeline, event: Record<string, unknown>): ReportEventInput {
  return runnable.map(event) as unknown as ReportEventInput
}

/**
 * Pipelines: YAML files -> Segment subscriptions + reportEvent mappings, and their evaluation without actions-core.
 *
 * The runner's calls, in order:
 *   const { pipelines, issues } = loadPipelines(sources, { fieldDefaults: FIELD_DEFAULTS, env })  // once
 *   if (issues.length) -> print issues.map(formatPipelineIssue), refuse to start
 *   const runnable = preparePipelines(pipelines)                                                 // once
 *   for each event: for (const p of matchPipelines(runnable, event))
 *     buildTikTokEvent(evaluatePipeline(p, event), settings)                                     // core
 */

export { buildPresets, type PresetData, presetName } from './build-presets.ts'
export type { CompiledPipeline } from './compile-pipeline.ts'
export { CUSTOM_EVENT_MAPPING, customEventInput, NO_PIPELINE, unmatchedEventName } from './custom-events.ts'
export { FIELD_DEFAULTS } from './field-defaults.ts'
export {
  type LoadOptions,
  type LoadResult,
  loadPipelines,
  loadPipelinesOrThrow,
  type PipelineSource
} from './load-pipelines.ts'
export { formatPipelineIssue, type PipelineIssue, PipelineValidationError } from './pipeline-issue.ts'
export { type PreviewResult, previewRequest } from './preview-request.ts'
export { DEFAULT_TOKEN_VARIABLE, type Env, type ResolvedOutput } from './resolve-output.ts'
export {
  activePipelines,
  evaluatePipeline,
  matchPipelines,
  type PreparedPipelines,
  preparePipelines,
  type RunnablePipeline
} from './run-pipelines.ts'

/**
 * Pipelines -> actions-core presets: the same subscriptions and mappings, so the destination's presets are never
 * written twice. Only active pipelines become presets (a replaced one would double-send in Segment too).
 */
import { LEGACY_EVENT_RENAMES } from '../core/standard-events.ts'
import type { Mapping } from '../mapping/mapping-types.ts'
import type { CompiledPipeline } from './compile-pipeline.ts'
import { activePipelines } from './run-pipelines.ts'

/** The shape of an actions-core automatic preset (kept structural so this module needs no actions-core import). */
export interface PresetData {
  name: string
  subscribe: string
  partnerAction: 'reportEvent'
  mapping: Mapping
  type: 'automatic'
}

/** `AddToCart` -> `Add To Cart`; legacy names are shown under their current name (CompletePayment -> Purchase). */
export function presetName(pipeline: CompiledPipeline): string {
  const event = pipeline.event ? (LEGACY_EVENT_RENAMES[pipeline.event] ?? pipeline.event) : pipeline.name
  return event.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')
}

export function buildPresets(pipelines: readonly CompiledPipeline[]): PresetData[] {
  return activePipelines(pipelines).map((pipeline) => ({
    name: presetName(pipeline),
    subscribe: pipeline.subscription,
    partnerAction: 'reportEvent',
    mapping: pipeline.mapping,
    type: 'automatic'
  }))
}

/**
 * The shipped pipelines, compiled once on first use: what RudderStack and the Segment Function send by default.
 * Also indexes them by the TikTok event they send, so an eventsToStandard entry ("Order Completed" -> Purchase)
 * maps the event's fields with the pipeline written for that TikTok event.
 */

import { resolveEventName } from '../core/standard-events.ts'
import { FIELD_DEFAULTS } from '../pipelines/field-defaults.ts'
import { loadPipelinesOrThrow } from '../pipelines/load-pipelines.ts'
import { type PreparedPipelines, preparePipelines, type RunnablePipeline } from '../pipelines/run-pipelines.ts'
import { shippedPipelineSources } from './shipped-pipeline-sources.ts'

export interface ShippedPipelines {
  prepared: PreparedPipelines
  /** TikTok event name (legacy names resolved: CompletePayment -> Purchase) -> the pipeline that sends it. */
  byTikTokEvent: Map<string, RunnablePipeline>
}

let shipped: ShippedPipelines | undefined

export function shippedPipelines(): ShippedPipelines {
  if (shipped) return shipped
  const prepared = preparePipelines(loadPipelinesOrThrow(shippedPipelineSources(), { fieldDefaults: FIELD_DEFAULTS }))
  const byTikTokEvent = new Map<string, RunnablePipeline>()
  for (const r of prepared.pipelines) {
    const name = r.pipeline.event === undefined ? undefined : resolveEventName(r.pipeline.event)
    if (name !== undefined && !byTikTokEvent.has(name)) byTikTokEvent.set(name, r)
  }
  shipped = { prepared, byTikTokEvent }
  return shipped
}

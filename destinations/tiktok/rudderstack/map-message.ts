/**
 * One Segment-spec message (RudderStack's are the same shape) -> the reportEvent inputs to build, using the shipped
 * pipelines, overridden per event name by an explicit mapping (RudderStack's eventsToStandard). One message can
 * become several TikTok events (eventsToStandard allows several `to` for one `from`). A track named after a TikTok
 * event in any case ("purchase") is matched by the shipped tiktok-event-names pipeline, as in every host; a track
 * nothing matches is a custom event only with sendCustomEvents.
 */
import { EventValidationError } from '../core/errors.ts'
import type { ReportEventInput } from '../core/report-event-input.ts'
import { resolveEventName } from '../core/standard-events.ts'
import { customEventInput } from '../pipelines/custom-events.ts'
import { evaluatePipeline, matchPipelines, type RunnablePipeline } from '../pipelines/run-pipelines.ts'
import type { ShippedPipelines } from './shipped-pipelines.ts'

export interface EventPlan {
  pipelines: ShippedPipelines
  /** Lower-cased source event name -> TikTok event names (RudderStack matches `from` case-insensitively). */
  eventsToStandard: Map<string, string[]>
  /** Send track events no pipeline and no mapping covers, under their own name (TikTok custom events). */
  sendCustomEvents: boolean
}

export type MappedMessage = { kind: 'mapped'; inputs: ReportEventInput[] } | { kind: 'not_mapped'; message: string }

function evaluate(
  mapping: (message: Record<string, unknown>) => ReportEventInput,
  label: string,
  message: Record<string, unknown>
) {
  try {
    return mapping(message)
  } catch (err) {
    // A mapping that cannot read this event (a @template over a non-string, ...): the event is refused, not the batch.
    throw new EventValidationError([
      { code: 'mapping_failed', path: label, message: err instanceof Error ? err.message : String(err) }
    ])
  }
}

function viaPipeline(r: RunnablePipeline | undefined, message: Record<string, unknown>): ReportEventInput {
  if (r) return evaluate((m) => evaluatePipeline(r, m), r.pipeline.name, message)
  return evaluate(customEventInput, 'fieldDefaults', message)
}

export function mapMessage(message: Record<string, unknown>, plan: EventPlan): MappedMessage {
  const type = message.type
  const name = typeof message.event === 'string' ? message.event.trim() : undefined
  if (type === 'track' && name) {
    const targets = plan.eventsToStandard.get(name.toLowerCase())
    if (targets) {
      // The pipeline written for the TikTok event maps the fields; only the name comes from the mapping.
      const inputs = targets.map((to) => ({
        ...viaPipeline(plan.pipelines.byTikTokEvent.get(resolveEventName(to)), message),
        event: to
      }))
      return { kind: 'mapped', inputs }
    }
  }
  const matched = matchPipelines(plan.pipelines.prepared, message)
  if (matched.length > 0) {
    return {
      kind: 'mapped',
      inputs: matched.map((r) => evaluate((m) => evaluatePipeline(r, m), r.pipeline.name, message))
    }
  }
  if (type === 'track' && name) {
    if (plan.sendCustomEvents) return { kind: 'mapped', inputs: [viaPipeline(undefined, message)] }
    return {
      kind: 'not_mapped',
      message: `event "${name}" is not mapped to a TikTok standard event (add it to eventsToStandard, or enable sendCustomEvents)`
    }
  }
  return { kind: 'not_mapped', message: `${typeof type === 'string' ? type : 'untyped'} events map to no TikTok event` }
}

/**
 * What the active pipelines would send for one Segment event, as data: the `preview` command prints it and the
 * console's Playground shows it (one logic, two views). Nothing is sent; the access token is never needed.
 */
import { EventValidationError } from '../../destinations/tiktok/core/errors.ts'
import type { FieldWarning } from '../../destinations/tiktok/core/field-warning.ts'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import type { Mapping } from '../../destinations/tiktok/mapping/mapping-types.ts'
import {
  CUSTOM_EVENT_MAPPING,
  customEventInput,
  NO_PIPELINE,
  unmatchedEventName
} from '../../destinations/tiktok/pipelines/custom-events.ts'
import { describeTrigger } from '../../destinations/tiktok/pipelines/describe-trigger.ts'
import {
  matchPipelines,
  type PreparedPipelines,
  type PreviewResult,
  previewRequest
} from '../../destinations/tiktok/pipelines/index.ts'
import { sentPathOf } from '../../destinations/tiktok/pipelines/sent-path.ts'

/** The name previews give a track sent as a custom event (sendCustomEvents: no pipeline made it). */
export const CUSTOM_EVENT_PIPELINE = '(custom event)'

/** A dropped field: `field` as the event sent it, `tiktokField` TikTok's when that is another path. */
export type PreviewWarning = FieldWarning & { tiktokField?: string }

export type PreviewOutcome =
  | { kind: 'request'; pipeline: string; body: unknown; warnings: readonly PreviewWarning[] }
  | { kind: 'dropped'; pipeline: string; reason: string; detail: string }
  /** The one named pipeline is not triggered by the event; `trigger` says what would trigger it. */
  | { kind: 'not_matched'; pipeline: string; trigger: string }
  /** No active pipeline takes the event: the relay answers dropped, no_pipeline. */
  | { kind: 'no_pipeline'; message: string }
  /** The event cannot go to TikTok at all: each issue with its field path. */
  | { kind: 'invalid'; issues: Array<{ path: string; message: string }> }

/** The warnings named by the paths the event sent them in (pipelines/sent-path.ts), as the relay's answer names them. */
function sentWarnings(warnings: readonly FieldWarning[], mapping: Mapping, event: Record<string, unknown>) {
  return warnings.map((w): PreviewWarning => {
    const sent = sentPathOf(mapping, w.field, event)
    return sent === undefined || sent === w.field ? w : { field: sent, reason: w.reason, tiktokField: w.field }
  })
}

const outcomeOf = (
  pipeline: string,
  r: PreviewResult,
  mapping: Mapping,
  event: Record<string, unknown>
): PreviewOutcome =>
  r.kind === 'request'
    ? { kind: 'request', pipeline, body: r.body, warnings: sentWarnings(r.warnings, mapping, event) }
    : r.kind === 'dropped'
      ? { kind: 'dropped', pipeline, reason: r.reason, detail: r.detail }
      : { kind: 'not_matched', pipeline, trigger: '' }

/**
 * Every request the pipelines would make of `event` (one per triggered pipeline). With a single pipeline given, a
 * miss is explained against it; with several, only those the event triggers run, as in the relay.
 */
export async function previewEvent(
  prepared: PreparedPipelines,
  event: Record<string, unknown>,
  settings: CoreSettings
): Promise<PreviewOutcome[]> {
  const targets = prepared.pipelines.length === 1 ? prepared.pipelines : matchPipelines(prepared, event)
  try {
    if (targets.length === 0) {
      // What the relay does with it: a custom event (sendCustomEvents, tracks only), else dropped: no_pipeline.
      if (event.type === 'track' && settings.sendCustomEvents) {
        const custom = { matches: () => true, map: (e: Record<string, unknown>) => ({ ...customEventInput(e) }) }
        return [
          outcomeOf(CUSTOM_EVENT_PIPELINE, await previewRequest(custom, event, settings), CUSTOM_EVENT_MAPPING, event)
        ]
      }
      const name = unmatchedEventName(event)
      const hint = event.type === 'track' ? ' (sendCustomEvents: true would send it as a custom event)' : ''
      const message = `${NO_PIPELINE}: the event${name ? ` "${name}"` : ''} triggers none of the ${prepared.pipelines.length} active pipelines${hint}`
      return [{ kind: 'no_pipeline', message }]
    }
    const out: PreviewOutcome[] = []
    for (const runnable of targets) {
      const result = await previewRequest(runnable, event, settings)
      const name = runnable.pipeline.name
      out.push(
        result.kind === 'not_matched'
          ? { kind: 'not_matched', pipeline: name, trigger: describeTrigger(runnable.pipeline.trigger) }
          : outcomeOf(name, result, runnable.pipeline.mapping, event)
      )
    }
    return out
  } catch (error) {
    if (!(error instanceof EventValidationError)) throw error
    return [{ kind: 'invalid', issues: error.issues.map((i) => ({ path: i.path, message: i.message })) }]
  }
}

/**
 * What a pipeline would send for one event, without sending: map the event, let the core build (normalise, hash,
 * validate) the TikTok event, and wrap it in a request body. The preview CLI prints this; tests use it end to end.
 */
import { type BuiltEvent, buildTikTokEvent } from '../core/build-event.ts'
import { buildRequestBodies } from '../core/build-requests.ts'
import type { TikTokRequestBody } from '../core/contract.ts'
import type { FieldWarning } from '../core/field-warning.ts'
import type { ReportEventInput } from '../core/report-event-input.ts'
import type { CoreSettings } from '../core/settings.ts'
import type { RunnablePipeline } from './run-pipelines.ts'

export type PreviewResult =
  | { kind: 'not_matched' }
  | { kind: 'dropped'; reason: Extract<BuiltEvent, { kind: 'drop' }>['reason']; detail: string }
  /** `warnings`: fields the core left out of the event (a value TikTok could not take), with the reason. */
  | { kind: 'request'; body: TikTokRequestBody; warnings: readonly FieldWarning[] }

/** What previewRequest runs: a prepared pipeline, or any trigger and mapping of that shape (a custom event). */
export type PreviewTarget = Pick<RunnablePipeline, 'matches' | 'map'>

export async function previewRequest(
  runnable: PreviewTarget,
  event: Record<string, unknown>,
  settings: CoreSettings,
  nowMs: number = Date.now()
): Promise<PreviewResult> {
  if (!runnable.matches(event)) return { kind: 'not_matched' }
  const built = await buildTikTokEvent(runnable.map(event) as unknown as ReportEventInput, settings, nowMs)
  if (built.kind === 'drop') return { kind: 'dropped', reason: built.reason, detail: built.detail }
  const [body] = buildRequestBodies([built.event], {
    ...settings,
    eventSource: built.eventSource,
    eventSourceId: built.eventSourceId
  })
  return { kind: 'request', body, warnings: built.warnings }
}

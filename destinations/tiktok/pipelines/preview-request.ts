/**
 * What a pipeline would send for one event, without sending: map the event, let the core build (normalise, hash,
 * validate) the TikTok event, and wrap it in a request body. The preview CLI prints this; tests use it end to end.
 */
import { type BuiltEvent, buildTikTokEvent } from '../core/build-event.ts'
import { buildRequestBodies } from '../core/build-requests.ts'
import type { TikTokRequestBody } from '../core/contract.ts'
import type { CoreSettings } from '../core/settings.ts'
import { evaluatePipeline, type RunnablePipeline } from './run-pipelines.ts'

export type PreviewResult =
  | { kind: 'not_matched' }
  | { kind: 'dropped'; reason: Extract<BuiltEvent, { kind: 'drop' }>['reason']; detail: string }
  | { kind: 'request'; body: TikTokRequestBody }

export async function previewRequest(
  runnable: RunnablePipeline,
  event: Record<string, unknown>,
  settings: CoreSettings,
  nowMs: number = Date.now()
): Promise<PreviewResult> {
  if (!runnable.matches(event)) return { kind: 'not_matched' }
  const built = await buildTikTokEvent(evaluatePipeline(runnable, event), settings, nowMs)
  if (built.kind === 'drop') return { kind: 'dropped', reason: built.reason, detail: built.detail }
  const [body] = buildRequestBodies([built.event], settings)
  return { kind: 'request', body }
}

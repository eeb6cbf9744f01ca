/**
 * POST /console/api/playground with `{"event": {...a Segment event...}}`: for each destination of the relay, the
 * TikTok request its active pipelines would send (previewEvent, the `preview` command's logic). Nothing is sent or
 * stored; the answer holds the built request (hashed keys), never the pasted event.
 */
import type { CoreSettings } from '../../../destinations/tiktok/core/settings.ts'
import type { PreparedPipelines } from '../../../destinations/tiktok/pipelines/index.ts'
import { previewEvent } from '../../commands/preview-event.ts'
import { ConsoleRequestError } from './request-error.ts'

/** One destination as the Playground previews it. */
export interface PlaygroundTarget {
  destination: string
  settings: CoreSettings
  prepared: PreparedPipelines
}

export async function playground(targets: PlaygroundTarget[], body: unknown) {
  const event = (body as { event?: unknown } | null)?.event
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new ConsoleRequestError('event: a Segment event (a JSON object)')
  }
  const results = []
  for (const t of targets) {
    const outcomes = await previewEvent(t.prepared, event as Record<string, unknown>, t.settings)
    results.push({ destination: t.destination, outcomes })
  }
  return { results }
}

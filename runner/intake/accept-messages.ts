/**
 * Checked messages -> TikTok events committed to the queue. Per message: remember identity (identify/alias), run
 * the route's pipelines, fill match keys from the stored profile, build with the core (consent decided there),
 * then one awaited enqueue for the whole request, so a 200 means every accepted event is on disk.
 */

import { EventValidationError } from '../../destinations/tiktok/core/errors.ts'
import { buildTikTokEvent } from '../../destinations/tiktok/core/index.ts'
import type { ReportEventInput } from '../../destinations/tiktok/core/report-event-input.ts'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import type { HandlerContext } from '../handler.ts'
import { applyProfile, rememberIdentity } from '../identity/profiles.ts'
import type { DeliveryRoute, EnqueueItem } from '../store/relay-store.ts'
import type { SegmentMessage } from './parse-messages.ts'
import type { AcceptSummary } from './respond.ts'

export interface RelayRoute {
  id: string
  delivery: DeliveryRoute
  settings: CoreSettings
  /** The reportEvent inputs the route's pipelines make of one message (none when no pipeline matches). */
  mapMessage(message: SegmentMessage): ReportEventInput[]
}

const idsOf = (m: SegmentMessage) => ({
  userId: m.userId === undefined || m.userId === null ? undefined : String(m.userId),
  anonymousId: m.anonymousId === undefined || m.anonymousId === null ? undefined : String(m.anonymousId)
})

export async function acceptMessages(
  ctx: HandlerContext,
  route: RelayRoute,
  messages: Array<{ index: number; message: SegmentMessage }>
): Promise<AcceptSummary> {
  const summary: AcceptSummary = { accepted: 0, duplicates: 0, dropped: [], rejected: [] }
  const items: EnqueueItem[] = []
  const matchKeys: string[][] = []
  const claimed: string[] = []
  for (const { index, message } of messages) {
    const dedupKey = `${route.id}\u0000${message.messageId}`
    if (ctx.recent.seen(dedupKey)) {
      summary.duplicates++
      continue
    }
    claimed.push(dedupKey)
    try {
      const ids = idsOf(message)
      await rememberIdentity(ctx.store, message, ids, route.settings)
      const inputs = route.mapMessage(message)
      if (inputs.length === 0) ctx.metrics.unmatched.inc({ type: message.type })
      const profile = inputs.length > 0 ? ctx.store.profiles.get(ids) : undefined
      for (const input of inputs) {
        const built = await buildTikTokEvent(applyProfile(input, profile), route.settings)
        if (built.kind === 'drop') {
          summary.dropped.push({ index, reason: built.reason })
          ctx.metrics.droppedConsent.inc({ reason: built.reason })
          continue
        }
        items.push({ route: route.delivery, event: built.event })
        matchKeys.push(built.matchKeys)
      }
      summary.accepted++
    } catch (err) {
      if (!(err instanceof EventValidationError)) throw err
      ctx.recent.forget(dedupKey)
      const first = err.issues[0]
      summary.rejected.push({
        index,
        field: first?.path || 'event',
        reason: 'invalid_event',
        message: err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      })
    }
  }
  if (items.length > 0) {
    ctx.overload.pending.events += items.length
    try {
      await ctx.store.enqueue(items)
    } catch (err) {
      // Nothing was committed: let the client's retry through the dedup.
      for (const k of claimed) ctx.recent.forget(k)
      throw err
    } finally {
      ctx.overload.pending.events -= items.length
    }
    ctx.metrics.accepted.inc({ route: route.id }, items.length)
    for (const keys of matchKeys) for (const key of keys) ctx.metrics.matchKeys.inc({ key })
  }
  return summary
}

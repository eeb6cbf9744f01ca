/**
 * Checked messages -> TikTok events committed to the queue. Per message: remember identity (identify/alias), run
 * the route's pipelines, fill match keys from the stored profile, build with the core (consent decided there),
 * then one awaited enqueue for the whole request, so a 200 means every accepted event is on disk.
 * Nothing is silent (issue 13): a track, page or screen no pipeline matches is answered as dropped with reason
 * no_pipeline and its name (or, with the destination's sendCustomEvents, a track goes as a custom event under its
 * own name), and every field the core left out of an event is answered under `warnings` and counted.
 */

import type { EventSource } from '../../destinations/tiktok/core/contract.ts'
import {
  buildTikTokEventSync,
  type ConsentDropReason,
  EventValidationError,
  type FieldWarning,
  warningLabel
} from '../../destinations/tiktok/core/index.ts'
import type { ReportEventInput } from '../../destinations/tiktok/core/report-event-input.ts'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { customEventInput, NO_PIPELINE, unmatchedEventName } from '../../destinations/tiktok/pipelines/custom-events.ts'
import type { WriteKeyScope } from '../config/schema.ts'
import { recordRequest } from '../console/intake-tap.ts'
import { pipelineOf, tagPipeline } from '../console/pipeline-tag.ts'
import type { HandlerContext } from '../handler.ts'
import { applyProfile, rememberIdentity } from '../identity/profiles.ts'
import type { DeliveryRoute, EnqueueItem } from '../store/relay-store.ts'
import { tiktokEnabled } from './integrations-filter.ts'
import type { SegmentMessage } from './parse-messages.ts'
import type { AcceptSummary } from './respond.ts'

export interface RelayRoute {
  id: string
  /** The queue route of an event of this source and id (build-routes.ts queueRoutes). */
  deliveryFor(eventSource: EventSource, eventSourceId: string): DeliveryRoute
  settings: CoreSettings
  /** The scope of the write key the call came with (schema.ts WriteKeyScope): which profiles its identify may change. */
  scope: WriteKeyScope
  /** The reportEvent inputs the route's pipelines make of one message (none when no pipeline matches). */
  mapMessage(message: SegmentMessage): ReportEventInput[]
}

interface MessageOutcome {
  items: EnqueueItem[]
  matchKeys: string[][]
  drops: string[]
  warnings: FieldWarning[]
  /** The name of an event no pipeline matched (not for identify, alias, group: those carry identity). */
  unmatched?: string
}

const idOf = (v: unknown) => (v === undefined || v === null ? undefined : String(v))

const idsOf = (message: SegmentMessage) => ({ userId: idOf(message.userId), anonymousId: idOf(message.anonymousId) })

/** A track no pipeline matched, as a custom event (sendCustomEvents): the field defaults, its own name. */
function customEvent(message: SegmentMessage): ReportEventInput[] {
  try {
    return [customEventInput(message as unknown as Record<string, unknown>)]
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err)
    throw new EventValidationError([{ code: 'mapping_failed', path: 'custom_event', message: text }])
  }
}

/** One message's events, all or none (throws EventValidationError when any of them cannot be sent at all). */
function eventsOf(ctx: HandlerContext, route: RelayRoute, message: SegmentMessage): MessageOutcome {
  const ids = idsOf(message)
  let inputs = route.mapMessage(message)
  const out: MessageOutcome = { items: [], matchKeys: [], drops: [], warnings: [] }
  if (inputs.length === 0 && message.type === 'track' && route.settings.sendCustomEvents) inputs = customEvent(message)
  if (inputs.length === 0) {
    const name = unmatchedEventName(message as unknown as Record<string, unknown>)
    if (name === undefined) ctx.metrics.unmatched.inc({ type: message.type })
    else {
      ctx.metrics.unmatched.inc({ type: message.type, event: ctx.metrics.eventLabel(name) })
      out.unmatched = name
    }
    return out
  }
  const profile = ctx.store.profiles.get(ids)
  for (const input of inputs) {
    const built = buildTikTokEventSync(applyProfile(input, profile), route.settings)
    if (built.kind === 'drop') out.drops.push(built.reason)
    else {
      out.items.push({ route: route.deliveryFor(built.eventSource, built.eventSourceId), event: built.event })
      tagPipeline(built.event, pipelineOf(input))
      out.matchKeys.push(built.matchKeys)
      for (const warning of built.warnings) out.warnings.push(warning)
    }
  }
  return out
}

export async function acceptMessages(
  ctx: HandlerContext,
  route: RelayRoute,
  messages: Array<{ index: number; message: SegmentMessage }>
): Promise<AcceptSummary> {
  const summary: AcceptSummary = { accepted: 0, duplicates: 0, dropped: [], warnings: [], rejected: [] }
  const items: EnqueueItem[] = []
  const matchKeys: string[][] = []
  const claimed: string[] = []
  const fresh: Array<{ index: number; message: SegmentMessage; dedupKey: string; refused?: ConsentDropReason }> = []
  const seen = recordRequest(ctx.consoleTally)
  for (const { index, message } of messages) {
    // The sender turned TikTok off for this call: nothing of it is used, not even its identity.
    if (!tiktokEnabled(message.integrations)) {
      summary.accepted++
      summary.dropped.push({ index, reason: 'integrations_disabled' })
      ctx.metrics.skipped.inc({ reason: 'integrations_disabled' })
      continue
    }
    const dedupKey = `${route.id}\u0000${message.messageId}`
    if (ctx.recent.seen(dedupKey)) summary.duplicates++
    else {
      claimed.push(dedupKey)
      fresh.push({ index, message, dedupKey })
    }
  }
  // Identity first, in order, so an identify earlier in a batch already enriches the tracks after it.
  for (const entry of fresh) {
    const { message } = entry
    if (message.type === 'identify' || message.type === 'alias') {
      entry.refused = await rememberIdentity(ctx.store, message, idsOf(message), route.settings, route.scope)
    }
  }
  // Then every message's events, synchronously: the core's hashing needs no await, and a promise per message cost
  // more than building a small event.
  fresh.forEach(({ index, message, dedupKey, refused }) => {
    let outcome: MessageOutcome
    try {
      // An identify its own consent refuses: not remembered, and none of its events goes either.
      outcome = refused ? { items: [], matchKeys: [], drops: [refused], warnings: [] } : eventsOf(ctx, route, message)
    } catch (err) {
      if (!(err instanceof EventValidationError)) {
        for (const k of claimed) ctx.recent.forget(k)
        throw err
      }
      ctx.recent.forget(dedupKey)
      summary.rejected.push({
        index,
        field: err.issues[0]?.path || 'event',
        reason: 'invalid_event',
        message: err.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
      })
      return
    }
    seen?.message(message, outcome)
    for (const item of outcome.items) items.push(item)
    for (const keys of outcome.matchKeys) matchKeys.push(keys)
    for (const reason of outcome.drops) {
      summary.dropped.push({ index, reason })
      ctx.metrics.droppedConsent.inc({ reason })
    }
    if (outcome.unmatched !== undefined) summary.dropped.push({ index, reason: NO_PIPELINE, event: outcome.unmatched })
    for (const { field, reason } of outcome.warnings) {
      summary.warnings.push({ index, field, reason })
      ctx.metrics.droppedFields.inc({ field: warningLabel(field), reason })
    }
    summary.accepted++
  })
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
    ctx.metrics.queued.inc({ route: route.id }, items.length)
    // Counted per request, not per event: label lookups cost more than the counting.
    const coverage = new Map<string, number>()
    for (const keys of matchKeys) for (const key of keys) coverage.set(key, (coverage.get(key) ?? 0) + 1)
    for (const [key, n] of coverage) ctx.metrics.matchKeys.inc({ key }, n)
  }
  // Counted once the queue commit is done, so /metrics never counts a message whose answer was not a 200.
  if (summary.accepted) ctx.metrics.accepted.inc({ route: route.id }, summary.accepted)
  if (summary.duplicates) ctx.metrics.duplicates.inc({ route: route.id }, summary.duplicates)
  seen?.commit()
  return summary
}

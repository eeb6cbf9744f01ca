/**
 * Checked messages -> TikTok events committed to the queue. Per request: remember identity (identify/alias, committed
 * before anything reads it), run the route's pipelines, read the stored profiles in one round trip, build with the
 * core (consent decided there), then one awaited enqueue carrying the messages' claims, so a 200 means every
 * accepted event is committed, and a messageId already claimed on any relay of the store (within the dedup window)
 * is answered as a duplicate and queues nothing.
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
import { pipelineOf } from '../console/pipeline-tag.ts'
import type { HandlerContext } from '../handler.ts'
import { applyProfile, rememberIdentity } from '../identity/profiles.ts'
import type { DeliveryRoute, EnqueueItem, HashedProfile, MessageClaim } from '../store/store-interface.ts'
import { tiktokEnabled } from './integrations-filter.ts'
import type { SegmentMessage } from './parse-messages.ts'
import { RejectedMessage, rejectionOf } from './rejection-reasons.ts'
import { type AcceptSummary, MAX_WARNINGS_PER_ANSWER, MAX_WARNINGS_PER_MESSAGE } from './respond.ts'

export interface RelayRoute {
  id: string
  /** The queue route of an event of this source and id (build-routes.ts queueRoutes). */
  deliveryFor(eventSource: EventSource, eventSourceId: string): DeliveryRoute
  settings: CoreSettings
  /** The scope of the write key the call came with (schema.ts WriteKeyScope): which profiles its identify may change. */
  scope: WriteKeyScope
  /** The reportEvent inputs the route's pipelines make of one message (none when no pipeline matches). */
  mapMessage(message: SegmentMessage): ReportEventInput[]
  /**
   * The path of `message` that `tiktokPath` (a warning's field, a refusal's path) was read from by the mapping that
   * made `input` (pipelines/sent-path.ts); undefined when no sent field holds it. Only for warnings and refusals.
   */
  sentPath(input: ReportEventInput, message: SegmentMessage, tiktokPath: string): string | undefined
}

/** A field left out of an event, with the path the client sent it in when that is not TikTok's (`sent`). */
export interface SentWarning extends FieldWarning {
  sent?: string
}

interface MessageOutcome {
  items: EnqueueItem[]
  /** The pipeline that made each of `items` (for the console's live events; '' for a custom event). */
  pipelines: string[]
  matchKeys: string[][]
  drops: string[]
  warnings: SentWarning[]
  /** The name of an event no pipeline matched (not for identify, alias, group: those carry identity). */
  unmatched?: string
  /** No pipeline matched the message (counted once its claim says it is no duplicate). */
  nothingMatched?: boolean
}

/** One message on its way: what its pipelines made of it, then what the core built. */
interface Entry {
  index: number
  message: SegmentMessage
  refused?: ConsentDropReason
  inputs: ReportEventInput[]
  outcome?: MessageOutcome
}

const idOf = (v: unknown) => (v === undefined || v === null ? undefined : String(v))

const idsOf = (message: SegmentMessage) => ({ userId: idOf(message.userId), anonymousId: idOf(message.anonymousId) })

const emptyOutcome = (): MessageOutcome => ({ items: [], pipelines: [], matchKeys: [], drops: [], warnings: [] })

/** A track no pipeline matched, as a custom event (sendCustomEvents): the field defaults, its own name. */
function customEvent(message: SegmentMessage): ReportEventInput[] {
  try {
    return [customEventInput(message as unknown as Record<string, unknown>)]
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err)
    throw new EventValidationError([{ code: 'mapping_failed', path: 'custom_event', message: text }])
  }
}

/** What the route's pipelines make of one message; none (and the outcome says why) when nothing matched. */
function inputsOf(route: RelayRoute, entry: Entry): ReportEventInput[] {
  const { message } = entry
  let inputs = route.mapMessage(message)
  if (inputs.length === 0 && message.type === 'track' && route.settings.sendCustomEvents) inputs = customEvent(message)
  if (inputs.length === 0) {
    entry.outcome = { ...emptyOutcome(), nothingMatched: true }
    const name = unmatchedEventName(message as unknown as Record<string, unknown>)
    if (name !== undefined) entry.outcome.unmatched = name
  }
  return inputs
}

/**
 * One message's events, all or none (throws RejectedMessage when any of them cannot be sent at all). Warnings and
 * refusals name the path the client sent (route.sentPath), worked out only when there is one.
 */
function eventsOf(
  route: RelayRoute,
  message: SegmentMessage,
  inputs: ReportEventInput[],
  profile: HashedProfile | undefined
): MessageOutcome {
  const out = emptyOutcome()
  for (const input of inputs) {
    let built: ReturnType<typeof buildTikTokEventSync>
    try {
      built = buildTikTokEventSync(applyProfile(input, profile), route.settings)
    } catch (err) {
      if (!(err instanceof EventValidationError)) throw err
      throw new RejectedMessage(rejectionOf(err, (path) => route.sentPath(input, message, path)))
    }
    if (built.kind === 'drop') out.drops.push(built.reason)
    else {
      out.items.push({ route: route.deliveryFor(built.eventSource, built.eventSourceId), event: built.event })
      out.pipelines.push(pipelineOf(input))
      out.matchKeys.push(built.matchKeys)
      for (const warning of built.warnings) {
        // Only the warnings an answer can list are worth the path lookup; the rest are counted by TikTok's field.
        if (out.warnings.length >= MAX_WARNINGS_PER_MESSAGE) {
          out.warnings.push(warning)
          continue
        }
        const sent = route.sentPath(input, message, warning.field)
        out.warnings.push(sent === undefined || sent === warning.field ? warning : { ...warning, sent })
      }
    }
  }
  return out
}

/** Runs one step of a message; a message the core refuses is answered as rejected and goes no further. */
function attempt(summary: AcceptSummary, entry: Entry, step: () => void): void {
  try {
    step()
  } catch (err) {
    const rejection =
      err instanceof RejectedMessage
        ? err.rejection
        : err instanceof EventValidationError
          ? rejectionOf(err)
          : undefined
    if (!rejection) throw err
    entry.outcome = undefined
    entry.inputs = []
    summary.rejected.push({ index: entry.index, ...rejection })
  }
}

export async function acceptMessages(
  ctx: HandlerContext,
  route: RelayRoute,
  messages: Array<{ index: number; message: SegmentMessage }>
): Promise<AcceptSummary> {
  const summary: AcceptSummary = {
    accepted: 0,
    duplicates: 0,
    dropped: [],
    warnings: [],
    warningsOmitted: 0,
    rejected: []
  }
  const entries: Entry[] = []
  const seen = recordRequest(ctx.consoleTally)
  for (const { index, message } of messages) {
    // The sender turned TikTok off for this call: nothing of it is used, not even its identity.
    if (!tiktokEnabled(message.integrations)) {
      summary.accepted++
      summary.dropped.push({ index, reason: 'integrations_disabled' })
      ctx.metrics.skipped.inc({ reason: 'integrations_disabled' })
      continue
    }
    entries.push({ index, message, inputs: [] })
  }
  // Identity first, in order, and committed before any profile is read, so an identify earlier in a batch already
  // enriches the tracks after it (and, once answered, the calls any other relay takes).
  const written: Array<Promise<void>> = []
  for (const entry of entries) {
    const { message } = entry
    if (message.type !== 'identify' && message.type !== 'alias') continue
    const remembered = await rememberIdentity(ctx.store, message, idsOf(message), route.settings, route.scope)
    entry.refused = remembered.refused
    if (remembered.written) written.push(remembered.written)
  }
  // An identify its own consent refuses: not remembered, and none of its events goes either.
  for (const entry of entries) {
    if (entry.refused) entry.outcome = { ...emptyOutcome(), drops: [entry.refused] }
    else
      attempt(summary, entry, () => {
        entry.inputs = inputsOf(route, entry)
      })
  }
  await Promise.all(written)
  const building = entries.filter((e) => e.inputs.length > 0)
  const profiles = building.length > 0 ? await ctx.store.profiles.getMany(building.map((e) => idsOf(e.message))) : []
  // The core's hashing needs no await, and a promise per message cost more than building a small event.
  building.forEach((entry, i) => {
    attempt(summary, entry, () => {
      entry.outcome = eventsOf(route, entry.message, entry.inputs, profiles[i])
    })
  })

  // Every message taken claims its messageId, whether it queues events or not (an identify, a drop): an SDK's retry
  // of any of them is a duplicate, counted nowhere else. A repeat inside the request is a duplicate too.
  const claims: MessageClaim[] = []
  const claimOf = new Map<Entry, number>()
  const items: Array<EnqueueItem & { claim: number }> = []
  const matchKeys: string[][] = []
  for (const entry of entries) {
    if (!entry.outcome) continue
    const claim = claims.push({ routeId: route.id, messageId: entry.message.messageId }) - 1
    claimOf.set(entry, claim)
    for (const item of entry.outcome.items) items.push({ ...item, claim })
  }
  let duplicate = new Set<number>()
  if (claims.length > 0) {
    ctx.overload.pending.events += items.length
    try {
      const result = await ctx.store.enqueue({ claims, items })
      duplicate = new Set(result.duplicates)
      ctx.metrics.queued.inc({ route: route.id }, result.enqueued)
    } finally {
      ctx.overload.pending.events -= items.length
    }
  }
  for (const entry of entries) {
    const { index, outcome } = entry
    if (!outcome) continue
    const claim = claimOf.get(entry)
    if (claim !== undefined && duplicate.has(claim)) {
      summary.duplicates++
      continue
    }
    // The console's live events keep what the answer lists of a message's warnings, not thousands of them.
    seen?.message(
      entry.message,
      outcome.warnings.length > MAX_WARNINGS_PER_MESSAGE
        ? { ...outcome, warnings: outcome.warnings.slice(0, MAX_WARNINGS_PER_MESSAGE) }
        : outcome
    )
    for (const keys of outcome.matchKeys) matchKeys.push(keys)
    for (const reason of outcome.drops) {
      summary.dropped.push({ index, reason })
      ctx.metrics.droppedConsent.inc({ reason })
    }
    if (outcome.unmatched !== undefined) summary.dropped.push({ index, reason: NO_PIPELINE, event: outcome.unmatched })
    if (outcome.nothingMatched) {
      const { type } = entry.message
      const name = outcome.unmatched
      ctx.metrics.unmatched.inc(name === undefined ? { type } : { type, event: ctx.metrics.eventLabel(name) })
    }
    outcome.warnings.forEach(({ field, reason, sent }, n) => {
      // The metric counts every one, by TikTok's field (a bounded label set); the answer lists the first few
      // (respond.ts MAX_WARNINGS_*), by the client's path, and counts the rest.
      ctx.metrics.droppedFields.inc({ field: warningLabel(field), reason })
      if (n >= MAX_WARNINGS_PER_MESSAGE || summary.warnings.length >= MAX_WARNINGS_PER_ANSWER) {
        summary.warningsOmitted++
        return
      }
      summary.warnings.push(
        sent === undefined ? { index, field, reason } : { index, field: sent, reason, tiktokField: field }
      )
    })
    summary.accepted++
  }
  // Counted per request, not per event: label lookups cost more than the counting.
  const coverage = new Map<string, number>()
  for (const keys of matchKeys) for (const key of keys) coverage.set(key, (coverage.get(key) ?? 0) + 1)
  for (const [key, n] of coverage) ctx.metrics.matchKeys.inc({ key }, n)
  summary.dropped.sort((a, b) => a.index - b.index)
  summary.warnings.sort((a, b) => a.index - b.index)
  summary.rejected.sort((a, b) => a.index - b.index)
  // Counted once the queue commit is done, so /metrics never counts a message whose answer was not a 200.
  if (summary.accepted) ctx.metrics.accepted.inc({ route: route.id }, summary.accepted)
  if (summary.duplicates) ctx.metrics.duplicates.inc({ route: route.id }, summary.duplicates)
  seen?.commit()
  return summary
}

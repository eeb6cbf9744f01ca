/**
 * What the queue does with a sent request's rows: ack, hand back (the pixel's circuit decides when they go again),
 * or dead-letter, plus the metrics and one structured log line (ids, counts and TikTok's code/message only; never
 * tokens or match keys).
 */
import type { Logger } from '../log.ts'
import type { LeasedEvent, QueueStore } from '../store/store-interface.ts'
import type { DeliveryMetrics } from './delivery-metrics.ts'
import type { DeliveryOptions } from './options.ts'
import type { SendOutcome } from './send-batch.ts'

export interface OutcomeEffects {
  delivered: number
  /** TikTok answered the request (delivered, or rejected events): it is up. */
  answered: boolean
}

export async function applyOutcome(
  outcome: SendOutcome,
  events: LeasedEvent[],
  ctx: { queue: QueueStore; metrics: DeliveryMetrics; log: Logger; options: DeliveryOptions }
): Promise<OutcomeEffects> {
  const { queue, metrics, log, options } = ctx
  const now = Date.now()
  const pixel = events[0]!.route.pixelCode
  const ids = events.map((e) => e.id)

  if (outcome.kind === 'delivered') {
    await queue.ack(ids)
    metrics.delivered.inc({ pixel }, events.length)
    metrics.batchSize.observe({}, events.length)
    for (const e of events) metrics.latency.observe({}, (now - e.enqueuedAt) / 1000)
    return { delivered: events.length, answered: true }
  }

  if (outcome.kind === 'reject-some') {
    const bad = outcome.indices.map((i) => events[i]!)
    const badIds = new Set(bad.map((e) => e.id))
    await queue.deadLetter([...badIds], outcome.failure, now)
    // The others were rejected only because they shared the request: back now, no attempt counted.
    await queue.reschedule(
      ids.filter((id) => !badIds.has(id)),
      now
    )
    metrics.deadLettered.inc({ pixel }, bad.length)
    log.warn('TikTok rejected some events of a batch; dead-lettered them and requeued the rest', {
      pixel,
      eventIds: bad.map((e) => JSON.parse(e.eventJson).event_id),
      code: outcome.failure.code,
      message: outcome.failure.message,
      requeued: ids.length - bad.length
    })
    return { delivered: 0, answered: true }
  }

  if (outcome.kind === 'reject-all') {
    await queue.deadLetter(ids, outcome.failure, now)
    metrics.deadLettered.inc({ pixel }, ids.length)
    log.error('TikTok rejected a request; its events are dead-lettered', {
      pixel,
      events: ids.length,
      code: outcome.failure.code,
      message: outcome.failure.message
    })
    // A code is TikTok's answer; none means the request never left (no such route, a request the core cannot build).
    return { delivered: 0, answered: outcome.failure.code !== undefined }
  }

  if (outcome.kind === 'hold') {
    // TikTok refused the credentials, not the events (auth-fault.ts): they go back unchanged, no attempt counted;
    // the pixel's circuit holds them until a probe finds the token works. Only the age limit ends their wait.
    const expired = events.filter((e) => now - e.enqueuedAt >= options.maxAgeMs)
    const expiredSet = new Set(expired)
    const failure = {
      code: outcome.failure.code,
      message: `held past maxAgeMs (${options.maxAgeMs} ms) because ${outcome.fault}: ${outcome.failure.message}`
    }
    await queue.deadLetter(
      expired.map((e) => e.id),
      failure,
      now
    )
    await queue.reschedule(
      events.filter((e) => !expiredSet.has(e)).map((e) => e.id),
      now
    )
    if (expired.length) {
      metrics.deadLettered.inc({ pixel }, expired.length)
      log.warn('dead-lettered events held past maxAgeMs for a refused access token', {
        pixel,
        events: expired.length,
        code: outcome.failure.code,
        maxAgeMs: options.maxAgeMs
      })
    }
    return { delivered: 0, answered: false }
  }

  // Retryable: each event counts an attempt; past the attempt or age limit it goes to the dead-letter table. The
  // rest go back at once: the pixel's circuit (pixel-circuits.ts) keeps them in the queue until a probe gets through.
  const expired = events.filter((e) => e.attempts + 1 >= options.maxAttempts || now - e.enqueuedAt >= options.maxAgeMs)
  const expiredSet = new Set(expired)
  const again = events.filter((e) => !expiredSet.has(e))
  await queue.deadLetter(
    expired.map((e) => e.id),
    outcome.failure,
    now
  )
  await queue.reschedule(
    again.map((e) => e.id),
    now,
    outcome.failure
  )
  if (expired.length) metrics.deadLettered.inc({ pixel }, expired.length)
  if (again.length) metrics.retried.inc({ pixel, reason: outcome.reason }, again.length)
  log.warn('delivery failed; will retry', {
    pixel,
    events: ids.length,
    reason: outcome.reason,
    code: outcome.failure.code,
    message: outcome.failure.message.slice(0, 200),
    ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
    deadLettered: expired.length
  })
  return { delivered: 0, answered: false }
}

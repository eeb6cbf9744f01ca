/**
 * The delivery worker: leases ready events from the store, groups them per route, sends full batches at once and
 * partial ones after the linger, with bounded concurrency and a per-pixel rate limit, and acks, retries or
 * dead-letters from the answer. Leases carry an owner with a heartbeat: after a crash (kill -9) the next worker
 * takes the dead owner's leases back; nothing is lost, and re-sent events carry their event_id for TikTok's dedup.
 */
import { randomUUID } from 'node:crypto'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { errorMessage, type Logger } from '../log.ts'
import type { MetricsRegistry } from '../metrics/registry.ts'
import type { LeasedEvent, Store } from '../store/store-interface.ts'
import { applyOutcome } from './apply-outcome.ts'
import { deliverBatch } from './deliver-batch.ts'
import { createDeliveryMetrics } from './delivery-metrics.ts'
import { createKeepAliveFetch } from './keep-alive-fetch.ts'
import { DeliveryOptions } from './options.ts'
import { createPixelPacer } from './pixel-pacer.ts'
import { createRouteBuffer } from './route-buffer.ts'

export interface DeliveryRouteConfig {
  /** None: dry-run for this route. Lives only in memory. */
  accessToken?: string
  settings: CoreSettings
}

export type DeliveryWorkerOptions = Partial<DeliveryOptions> & {
  /** The asynchronous store (SQLite or PostgreSQL): its queue, circuits, dry-run records and enqueue signal. */
  store: Store
  routes: Map<string, DeliveryRouteConfig>
  dryRun: boolean
  metrics: MetricsRegistry
  log: Logger
}

export interface DeliveryWorker {
  /** SIGTERM: stop leasing, hand buffered events back to the queue, wait for in-flight requests. */
  stop(): Promise<void>
  /** Events acked (delivered or dry-run recorded) and requests made by this worker. */
  stats(): { delivered: number; requests: number; inFlight: number; buffered: number }
}

const HEARTBEAT_MS = 1000
/** An owner silent this long is dead (kill -9): its leases are taken back. */
const STALE_OWNER_MS = 5000
/** How often the queue is looked at for rows that became ready by time (retries) or from other processes (replay). */
const POLL_MS = 250
const EXPIRED_SWEEP_BEATS = 30
const DEPTH_GAUGE_MS = 5000
/**
 * Under load the intake commits every few hundred microseconds; leasing after each commit would double the write
 * transactions. New rows are leased at most this long after their commit, well inside any linger.
 */
const LEASE_COALESCE_MS = 10

export function startDeliveryWorker(opts: DeliveryWorkerOptions): DeliveryWorker {
  const known = Object.keys(DeliveryOptions.shape) as Array<keyof DeliveryOptions>
  const options = DeliveryOptions.parse(
    Object.fromEntries(known.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]]))
  )
  const { store, log } = opts
  const queue = store.queue
  const metrics = createDeliveryMetrics(opts.metrics)
  const owner = randomUUID()
  // A lease outlives the longest time a row legitimately stays with us (linger + queueing + a slow request).
  const leaseMs = 3 * options.timeoutMs + options.lingerMs + 10_000
  // Enough to refill every free slot at once, small enough to keep memory flat under a million-event backlog.
  const bufferCap = (options.concurrency + 1) * options.maxBatch
  const buffer = createRouteBuffer(options)
  const pacer = createPixelPacer(options.requestsPerSecond)
  const pixelFailures = new Map<string, number>()
  const httpReady = createKeepAliveFetch(options.concurrency)
  const counts = { delivered: 0, requests: 0 }
  let inFlight = 0
  let stopping = false
  let pumping = false
  let again = false
  let moreReady = true
  let nextPollAt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const idleWaiters: Array<() => void> = []

  let beats = 0
  const beat = async () => {
    try {
      const now = Date.now()
      await queue.heartbeat(owner, now)
      // Expired leases are looked for at start and then now and again (a scan of the state table).
      const expired = beats++ % EXPIRED_SWEEP_BEATS === 0 ? await queue.releaseExpired(now) : 0
      const reclaimed = (await queue.reclaimStale(now - STALE_OWNER_MS)) + expired
      if (reclaimed > 0) {
        log.info('took back leases of a stopped worker', { events: reclaimed })
        wake()
      }
    } catch (err) {
      log.error('queue heartbeat failed', { error: errorMessage(err) })
    }
  }
  const gauge = async () => {
    try {
      metrics.queueDepth.set({}, await queue.depth())
      const first = await queue.firstInLineEnqueuedAt()
      metrics.firstInLineAge.set({}, first === undefined ? 0 : Math.max(0, (Date.now() - first) / 1000))
    } catch {}
  }
  // The first beat registers this owner before anything is leased.
  const started = beat()
  void gauge()
  const heartbeatTimer = setInterval(() => void beat(), HEARTBEAT_MS)
  const gaugeTimer = setInterval(() => void gauge(), DEPTH_GAUGE_MS)
  let leaseSoon: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = store.onEnqueued(() => {
    moreReady = true
    leaseSoon ??= setTimeout(() => {
      leaseSoon = undefined
      wake()
    }, LEASE_COALESCE_MS)
  })
  // Whatever a previous run left in the queue is due now.
  wake()

  function wake(): void {
    if (stopping) return
    if (timer) clearTimeout(timer)
    timer = undefined
    queueMicrotask(() => void pump())
  }

  /** Shortest wait a rate-limited pixel asked for in this pump, so the timer wakes when it may send again. */
  let pacerWait = Number.POSITIVE_INFINITY
  const blocked = (pixel: string) => {
    const wait = pacer.take(pixel, Date.now())
    if (wait > 0) pacerWait = Math.min(pacerWait, wait)
    return wait > 0
  }

  /** The running pump, so stop() can wait for a lease in progress to land in the buffer. */
  let pumpDone: Promise<void> = Promise.resolve()
  function pump(): Promise<void> {
    if (pumping) {
      again = true
      return pumpDone
    }
    pumping = true
    pumpDone = pumpOnce()
    return pumpDone
  }

  async function pumpOnce(): Promise<void> {
    await started
    pacerWait = Number.POSITIVE_INFINITY
    try {
      do {
        again = false
        const now = Date.now()
        if (!stopping && buffer.size < bufferCap && (moreReady || now >= nextPollAt)) {
          const room = bufferCap - buffer.size
          const leased = await queue.lease(owner, room, now, now + leaseMs)
          moreReady = leased.length === room
          nextPollAt = now + POLL_MS
          buffer.add(leased)
        }
        while (!stopping && inFlight < options.concurrency) {
          const batch = buffer.take(Date.now(), blocked)
          if (!batch) break
          inFlight++
          send(batch).finally(() => {
            inFlight--
            if (inFlight === 0) for (const w of idleWaiters.splice(0)) w()
            wake()
          })
        }
      } while (again)
    } catch (err) {
      log.error('delivery loop failed; retrying in 1 s', { error: errorMessage(err) })
      nextPollAt = Date.now() + 1000
    } finally {
      pumping = false
    }
    if (!stopping) {
      if (timer) clearTimeout(timer)
      const at = Math.min(buffer.nextDeadline(), nextPollAt, Date.now() + pacerWait)
      timer = setTimeout(() => void pump(), Math.max(1, Math.min(POLL_MS, at - Date.now())))
    }
  }

  async function send(batch: LeasedEvent[]): Promise<void> {
    const pixel = batch[0]!.route.pixelCode
    try {
      const http = await httpReady
      const result = await deliverBatch(batch, {
        route: opts.routes.get(batch[0]!.route.routeId),
        dryRun: opts.dryRun,
        dryRunStore: store.dryRun,
        fetchFn: http.fetch,
        timeoutMs: options.timeoutMs,
        pacer
      })
      for (const sent of result) {
        counts.requests++
        if (sent.dryRun) {
          counts.delivered += sent.events.length
          metrics.dryRun.inc({ pixel }, sent.events.length)
          continue
        }
        const failures = sent.outcome.kind === 'retry' ? (pixelFailures.get(pixel) ?? 0) + 1 : 0
        pixelFailures.set(pixel, failures)
        const effects = await applyOutcome(sent.outcome, sent.events, {
          queue,
          metrics,
          log,
          options,
          pixelFailures: failures
        })
        counts.delivered += effects.delivered
        if (effects.pauseUntil !== undefined) await pausePixel(pixel, effects.pauseUntil)
      }
    } catch (err) {
      // Not TikTok's answer but our own failure (database busy, a bug): the rows go back, an attempt is counted.
      log.error('delivery of a batch failed inside the relay', {
        pixel,
        error: errorMessage(err)
      })
      await queue
        .reschedule(
          batch.map((e) => e.id),
          Date.now() + 1000,
          { message: 'relay error' }
        )
        .catch(() => {})
    }
  }

  /** Buffered rows of a paused pixel go back to the queue until the pause ends (their lease would run out). */
  async function pausePixel(pixel: string, until: number): Promise<void> {
    pacer.pause(pixel, until)
    const held = buffer.remove(pixel)
    if (held.length)
      await queue.reschedule(
        held.map((e) => e.id),
        until
      )
  }

  return {
    async stop() {
      if (stopping) return
      stopping = true
      if (timer) clearTimeout(timer)
      if (leaseSoon) clearTimeout(leaseSoon)
      clearInterval(heartbeatTimer)
      clearInterval(gaugeTimer)
      unsubscribe()
      // A store that failed (a full disk, a lost volume) must not stop the shutdown: leases it could not release
      // expire, and the next worker takes them back.
      const release = async (step: () => Promise<void>) => {
        try {
          await step()
        } catch (err) {
          log.error('could not release leases on stop; they expire by themselves', {
            error: errorMessage(err)
          })
        }
      }
      // A lease in progress lands in the buffer first; then held rows go back at once, before the heartbeat's
      // absence lets another worker take them.
      await pumpDone
      const held = buffer.remove()
      if (held.length)
        await release(() =>
          queue.reschedule(
            held.map((e) => e.id),
            Date.now()
          )
        )
      if (inFlight > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve))
      await release(() => queue.removeOwner(owner))
      await (await httpReady).close()
      log.info('delivery worker stopped', { delivered: counts.delivered, requests: counts.requests })
    },
    stats: () => ({ ...counts, inFlight, buffered: buffer.size })
  }
}

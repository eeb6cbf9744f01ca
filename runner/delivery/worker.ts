/**
 * The delivery worker: leases ready events from the store (SQLite or PostgreSQL, through the one asynchronous Store
 * interface), groups them per route, sends full batches at once and partial ones after the linger, with bounded
 * concurrency and a per-pixel rate limit, and acks, retries or dead-letters from the answer.
 *
 * Issue 11: a pixel TikTok fails for has its circuit opened (pixel-circuits.ts, shared through the store): its
 * events stay in the queue, one probe request goes at a bounded interval, and the first request TikTok answers
 * closes it. Rows are leased only for pixels that may send, as many as the relay can send soon (buffer-size.ts) and
 * at most as many as can go out before their lease ends, and their leases are renewed while held (lease-keeper.ts);
 * rows past maxAgeMs are dead-lettered when leased. After a crash (kill -9) the next worker takes the dead owner's
 * leases back; nothing is lost, and re-sent events carry their event_id for TikTok's dedup.
 */
import { randomUUID } from 'node:crypto'
import type { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import { tapDeliveryMetrics } from '../console/delivery-tap.ts'
import type { ConsoleTally } from '../console/tally.ts'
import { errorMessage, type Logger } from '../log.ts'
import type { MetricsRegistry } from '../metrics/registry.ts'
import type { LeasedEvent, Store } from '../store/store-interface.ts'
import { applyOutcome } from './apply-outcome.ts'
import { createDeliverySizing } from './buffer-size.ts'
import { deliverBatch } from './deliver-batch.ts'
import { createDeliveryMetrics } from './delivery-metrics.ts'
import { createKeepAliveFetch } from './keep-alive-fetch.ts'
import { createLeaseKeeper, HEARTBEAT_MS } from './lease-keeper.ts'
import { DeliveryOptions } from './options.ts'
import { createPixelCircuits } from './pixel-circuits.ts'
import { createPixelPacer } from './pixel-pacer.ts'
import { createRouteBuffer } from './route-buffer.ts'
import { createRowLeaser } from './row-leaser.ts'
import { routeTokens } from './token-fingerprint.ts'

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
  /** The console's per-minute counts (console/tally.ts); none: not counted. */
  consoleTally?: ConsoleTally
}

export interface DeliveryWorker {
  /** SIGTERM: stop leasing, hand buffered events back to the queue, wait for in-flight requests. */
  stop(): Promise<void>
  /**
   * This worker's totals since it started (docs/counters.md): events TikTok accepted and requests sent to TikTok;
   * events and requests recorded in dry-run instead of sent. The stop log prints the same four numbers.
   */
  stats(): {
    delivered: number
    requests: number
    dryRunRecorded: number
    dryRunRequests: number
    inFlight: number
    buffered: number
  }
  /**
   * Why this relay holds pixels' events for an operator (a refused access token of its own, pixel-circuits.ts), one
   * sentence a pixel, as /healthz shows them; empty when none.
   */
  deliveryHeld(): string[]
}

/** How often the queue is looked at for rows that became ready by time or from other processes (replay). */
const POLL_MS = 250
const DEPTH_GAUGE_MS = 5000
/** The queue gauges wait at least this many times as long as their last reading took. */
const GAUGE_COST_FACTOR = 50
/** How often the queue is looked at while every pixel seen so far has its circuit open. */
const ALL_HELD_LEASE_MS = 5000
/** How often other relays' circuit openings and closings are read from the store. */
const CIRCUIT_REFRESH_MS = 1000
/**
 * Under load the intake commits every few hundred microseconds; leasing after each commit would double the write
 * transactions. New rows are leased at most this long after their commit, well inside any linger.
 */
const LEASE_COALESCE_MS = 10

const parseOptions = (opts: DeliveryWorkerOptions) => {
  const known = Object.keys(DeliveryOptions.shape) as Array<keyof DeliveryOptions>
  return DeliveryOptions.parse(Object.fromEntries(known.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]])))
}

export function startDeliveryWorker(opts: DeliveryWorkerOptions): DeliveryWorker {
  const options = parseOptions(opts)
  const { store, log } = opts
  const queue = store.queue
  const metrics = tapDeliveryMetrics(createDeliveryMetrics(opts.metrics), opts.consoleTally)
  const owner = randomUUID()
  // A lease outlives the longest time a row legitimately stays with us between two renewals (a slow request).
  const leaseMs = 3 * options.timeoutMs + options.lingerMs + 10_000
  // What can go out before a lease would end were it never renewed: every slot sending requests that time out, and
  // no faster than the pacer lets one pixel.
  const sendableInLease =
    options.maxBatch *
    Math.max(
      1,
      Math.min(
        options.concurrency * Math.floor(leaseMs / options.timeoutMs),
        Math.floor((options.requestsPerSecond * leaseMs) / 1000)
      )
    )
  // The buffer carries the sends through one lease, and each lease takes what this relay can send soon, leaving the
  // rest of a shallow queue to other relays (buffer-size.ts).
  const sizing = createDeliverySizing({ ...options, sendableInLease })
  const buffer = createRouteBuffer(options)
  const pacer = createPixelPacer(options.requestsPerSecond)
  const httpReady = createKeepAliveFetch(options.concurrency)
  const routePixels = [...opts.routes.values()].map((r) => r.settings.pixelCode).filter((p): p is string => !!p)
  const pixels = new Set(routePixels)
  const counts = { delivered: 0, requests: 0, dryRunRecorded: 0, dryRunRequests: 0 }
  let inFlight = 0
  /** Requests and probes not settled yet: in flight, or their rows still being acked, retried or dead-lettered. */
  let settling = 0
  let stopping = false
  let pumping = false
  let again = false
  let moreReady = true
  let nextPollAt = 0
  let nextHeldLeaseAt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const idleWaiters: Array<() => void> = []

  const leases = createLeaseKeeper({
    queue,
    owner,
    leaseMs,
    log,
    onTakenBack: (ids) => buffer.drop(ids),
    onReclaimed: () => {
      moreReady = true
      wake()
    }
  })
  const rows = createRowLeaser({ queue, owner, leaseMs, leases, options, metrics, log })
  const handBack = rows.handBack
  const circuits = createPixelCircuits({
    store: store.circuits,
    options,
    gauge: metrics.circuitState,
    log,
    tokens: routeTokens(opts.routes),
    soleRelay: store.kind === 'sqlite',
    pixels: routePixels,
    // Its buffered events go back to the queue at once, no attempt counted: held there, not in memory.
    onOpened: (pixel) => void handBack(buffer.remove(pixel), 'circuit opened'),
    onClosed: () => {
      moreReady = true
      wake()
    }
  })

  // Counting a PostgreSQL queue reads every row: ~130 ms of server CPU at 100,000 queued, ten times that at a
  // million, every 5 s in every relay. Each gauge takes at most a fiftieth of the time: a large backlog refreshes
  // its depth less often instead of slowing its own drain.
  const readGauge = (read: () => Promise<void>) => {
    let nextAt = 0
    return async () => {
      const started = Date.now()
      if (started < nextAt) return
      try {
        await read()
      } catch {}
      nextAt = Date.now() + GAUGE_COST_FACTOR * (Date.now() - started)
    }
  }
  const depthGauge = readGauge(async () => metrics.queueDepth.set({}, await queue.depth()))
  const ageGauge = readGauge(async () => {
    const first = await queue.firstInLineEnqueuedAt()
    metrics.firstInLineAge.set({}, first === undefined ? 0 : Math.max(0, (Date.now() - first) / 1000))
  })
  const gauge = async () => {
    await depthGauge()
    await ageGauge()
  }
  const refreshCircuits = async () => {
    try {
      await circuits.refresh()
    } catch (err) {
      log.error('could not read the pixel circuits', { error: errorMessage(err) })
    }
  }
  // The first beat registers this owner before anything is leased; circuits left open by a previous run hold.
  // Circuits held for a refused access token are probed at once: this relay may have been restarted with the fixed token.
  const ready = Promise.all([
    leases.beat(),
    refreshCircuits().then(() =>
      circuits
        .probeHeldNow(Date.now())
        .catch((err) => log.error('could not schedule the held circuits’ probes', { error: errorMessage(err) }))
    )
  ])
  void gauge()
  const heartbeatTimer = setInterval(() => void leases.beat(), HEARTBEAT_MS)
  const gaugeTimer = setInterval(() => void gauge(), DEPTH_GAUGE_MS)
  const circuitTimer = setInterval(() => void refreshCircuits(), CIRCUIT_REFRESH_MS)
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
    if (circuits.isOpen(pixel)) return true
    const wait = pacer.take(pixel, Date.now())
    if (wait > 0) pacerWait = Math.min(pacerWait, wait)
    return wait > 0
  }

  const leaseLimit = () =>
    sizing.leaseLimit({
      inFlight,
      buffered: buffer.size,
      held: leases.size,
      routes: Math.max(opts.routes.size, pixels.size)
    })

  /** Leases rows of pixels that may send now, as many as this relay can send soon (buffer-size.ts). */
  async function leaseReady(now: number): Promise<void> {
    const except = circuits.held()
    // Every pixel seen so far held: a lease walks past all their rows, likely to find none; it looks now and again
    // for rows of a pixel not seen yet (another event source, a replay).
    if (except.length > 0 && [...pixels].every((p) => except.includes(p)) && now < nextHeldLeaseAt) {
      moreReady = false
      nextPollAt = now + POLL_MS
      return
    }
    nextHeldLeaseAt = now + ALL_HELD_LEASE_MS
    // Free slots' batches and those that go out while the next lease runs; no more held in all than can go out
    // before a lease would end.
    const limit = leaseLimit()
    if (limit <= 0) return
    const leaseStarted = performance.now()
    const { leased, fresh } = await rows.lease(limit, now, except.length ? { exceptPixels: except } : undefined)
    sizing.leased(performance.now() - leaseStarted)
    moreReady = leased === limit
    nextPollAt = now + POLL_MS
    for (const e of fresh) pixels.add(e.route.pixelCode)
    // A circuit that opened while the lease ran, or a stop: those rows go straight back.
    const back = new Set(fresh.filter((e) => stopping || circuits.isOpen(e.route.pixelCode)))
    await handBack([...back], 'circuit opened during a lease')
    buffer.add(back.size ? fresh.filter((e) => !back.has(e)) : fresh)
  }

  /** The lease in progress, so stop() can wait for it to land in the buffer; none when undefined. */
  let leasing: Promise<void> | undefined
  function startLease(now: number): void {
    leasing = leaseReady(now)
      .catch((err) => {
        log.error('leasing from the queue failed; retrying in 1 s', { error: errorMessage(err) })
        nextPollAt = Date.now() + 1000
        moreReady = false
      })
      .finally(() => {
        leasing = undefined
        wake()
      })
  }

  /** The running pump, so stop() can wait for it. */
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
    await ready
    pacerWait = Number.POSITIVE_INFINITY
    try {
      do {
        again = false
        const now = Date.now()
        for (const pixel of circuits.dueProbes(now)) if (!stopping) startProbe(pixel, now)
        // The lease runs beside the sends (one at a time): a lease of thousands of rows takes a PostgreSQL round trip
        // of hundreds of milliseconds under load, and buffered batches must not wait for it.
        // No room (every slot busy and the next batches ready): a freed slot pumps again.
        if (!stopping && !leasing && leaseLimit() > 0 && (moreReady || now >= nextPollAt)) startLease(now)
        while (!stopping && inFlight < options.concurrency) {
          const batch = buffer.take(Date.now(), blocked)
          if (!batch) break
          track((answered) => send(batch, false, answered))
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
      // A lease in progress wakes the pump when it lands: until then the poll is not due.
      const pollAt = leasing ? Number.POSITIVE_INFINITY : nextPollAt
      const at = Math.min(buffer.nextDeadline(), pollAt, Date.now() + pacerWait, circuits.nextProbeAt())
      timer = setTimeout(() => void pump(), Math.max(1, Math.min(POLL_MS, at - Date.now())))
    }
  }

  /**
   * Counts a request (or a probe) in flight, holding one of the `concurrency` slots until TikTok answers (`answered`,
   * called by send) or the work settles; the ack (or retry) that follows runs outside the slot, so the next request
   * does not wait for a store round trip. stop() waits for the work itself to settle. Pumps again at each step.
   */
  function track(work: (answered: () => void) => Promise<void>): void {
    inFlight++
    settling++
    let slot = true
    const freeSlot = () => {
      if (!slot) return
      slot = false
      inFlight--
      wake()
    }
    void work(freeSlot).finally(() => {
      freeSlot()
      settling--
      if (settling === 0) for (const w of idleWaiters.splice(0)) w()
    })
  }

  /** One probe of an open circuit, if this relay wins it: one request of the pixel's oldest ready events. */
  function startProbe(pixel: string, now: number): void {
    track(async (answered) => {
      try {
        if (!(await circuits.claimProbe(pixel, now))) return
        const batch = await rows.leaseProbe(pixel, circuits.authFault(pixel))
        if (batch === undefined) {
          await circuits.nothingToProbe(pixel, Date.now())
          return
        }
        await send(batch, true, answered)
      } catch (err) {
        log.error('a probe failed inside the relay', { pixel, error: errorMessage(err) })
      } finally {
        circuits.probeEnded(pixel)
      }
    })
  }

  /** Sends one batch and applies TikTok's answer to its rows; `answered` frees its slot once the requests are done. */
  async function send(batch: LeasedEvent[], probe: boolean, answered: () => void): Promise<void> {
    const pixel = batch[0]!.route.pixelCode
    try {
      const http = await httpReady
      const requestStarted = performance.now()
      const result = await deliverBatch(batch, {
        route: opts.routes.get(batch[0]!.route.routeId),
        dryRun: opts.dryRun,
        dryRunStore: store.dryRun,
        fetchFn: http.fetch,
        timeoutMs: options.timeoutMs,
        pacer
      })
      // A failed request keeps its slot until the pixel's circuit is open, so no request of that pixel starts before.
      const holds = (kind: string) => kind === 'retry' || kind === 'hold'
      // A probe's time (often a timeout) says nothing of the sending rate a lease must keep up with.
      if (!probe) sizing.sent(batch.length, performance.now() - requestStarted)
      if (!result.some((sent) => !sent.dryRun && holds(sent.outcome.kind))) answered()
      for (const sent of result) {
        // A recorded dry-run request is not a delivery: it is counted under its own name (docs/counters.md).
        if (sent.dryRun) {
          counts.dryRunRequests++
          counts.dryRunRecorded += sent.events.length
          metrics.dryRun.inc({ pixel }, sent.events.length)
          continue
        }
        counts.requests++
        // The circuit opens before the failed rows go back to the queue, so no lease takes them meanwhile.
        if (sent.outcome.kind === 'retry') await circuits.failed(pixel, sent.outcome, Date.now(), probe)
        if (sent.outcome.kind === 'hold') {
          const routeId = sent.events[0]!.route.routeId
          await circuits.refused(pixel, routeId, sent.outcome.fault, sent.outcome.failure, Date.now(), probe)
        }
        const effects = await applyOutcome(sent.outcome, sent.events, { queue, metrics, log, options })
        counts.delivered += effects.delivered
        // Only a probe closes a circuit: a request sent before it opened says nothing of TikTok now (and must not
        // cut short a Retry-After).
        if (effects.answered && probe) await circuits.answered(pixel, Date.now(), 'a probe got through')
      }
    } catch (err) {
      // Not TikTok's answer but our own failure (database busy, a bug): the rows go back, an attempt is counted.
      log.error('delivery of a batch failed inside the relay', { pixel, error: errorMessage(err) })
      await queue
        .reschedule(
          batch.map((e) => e.id),
          Date.now() + 1000,
          { message: 'relay error' }
        )
        // Counted as status's Retried counts it (docs/counters.md), once the attempt is recorded.
        .then(() => metrics.retried.inc({ pixel, reason: 'relay_error' }, batch.length))
        .catch(() => {})
    } finally {
      leases.letGo(batch.map((e) => e.id))
    }
  }

  return {
    async stop() {
      if (stopping) return
      stopping = true
      if (timer) clearTimeout(timer)
      if (leaseSoon) clearTimeout(leaseSoon)
      clearInterval(heartbeatTimer)
      clearInterval(gaugeTimer)
      clearInterval(circuitTimer)
      unsubscribe()
      // A lease in progress lands in the buffer first; then held rows go back at once, before the heartbeat's
      // absence lets another worker take them. A store that failed (a full disk, a lost volume) must not stop the
      // shutdown: leases it could not release expire, and the next worker takes them back.
      await pumpDone
      await leasing
      await handBack(buffer.remove(), 'shutdown')
      if (settling > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve))
      await queue
        .removeOwner(owner)
        .catch((err) =>
          log.error('could not release leases on stop; they expire by themselves', { error: errorMessage(err) })
        )
      await (await httpReady).close()
      log.info('delivery worker stopped', { ...counts })
    },
    stats: () => ({ ...counts, inFlight, buffered: buffer.size }),
    deliveryHeld: () => circuits.heldHere()
  }
}

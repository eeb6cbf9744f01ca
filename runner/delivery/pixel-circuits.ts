/**
 * Per-pixel circuits (issue 11), kept in the store so every relay on one database holds a failing pixel together.
 * Closed (no row): events flow at full speed. A retryable failure (5xx, a timeout, TikTok's retryable codes, a rate
 * limit) opens it: the pixel's events stay in the queue, not in any relay's memory, and when `nextProbeAt` comes one
 * relay (the store's claimProbe) sends one probe request. A failed probe moves the next one on (backoff.ts: doubling
 * up to probeMaxIntervalMs, or a capped Retry-After); a request TikTok answers closes it, and every relay goes back to
 * full speed at once. This relay's view is refreshed from the store every second; the gauge
 * relay_delivery_circuit_state{pixel,state} shows it, and a log line marks each opening and closing.
 *
 * TikTok refusing the access token (auth-fault.ts: 40104, 40105, 40001, HTTP 401/403) holds the circuit the same way
 * (state `held`, the fault kept in the store's circuit) with one probe every probeMaxIntervalMs (no doubling: the
 * token is fixed by an operator, not by time); a relay that starts finds such circuits and probes them at once
 * (`probeHeldNow`), so a relay restarted with the right token delivers the backlog without waiting.
 */
import type { Logger } from '../log.ts'
import type { Gauge } from '../metrics/registry.ts'
import type { CircuitStore, DeliveryFailure, PixelCircuit } from '../store/store-interface.ts'
import { heldSentence } from './auth-fault.ts'
import { holdMs, probeIntervalMs } from './backoff.ts'
import type { DeliveryOptions } from './options.ts'

export type CircuitState = 'closed' | 'open' | 'held' | 'probing'
const STATES: CircuitState[] = ['closed', 'open', 'held', 'probing']

/** Why a request failed, as the circuit needs it. */
export interface FailedRequest {
  failure: DeliveryFailure
  reason: string
  retryAfterMs?: number
}

export interface PixelCircuits {
  /** Reads every relay's circuits from the store; calls `onOpened` for pixels another relay opened. */
  refresh(): Promise<void>
  /** Pixels whose events stay in the queue now (their circuit is open). */
  held(): string[]
  isOpen(pixel: string): boolean
  /** Pixels whose next probe is due by this relay's view, and not already being probed here. */
  dueProbes(now: number): string[]
  /** When the next probe of any pixel is due (Infinity if none). */
  nextProbeAt(): number
  /** Claims the pixel's due probe for this relay; false when another relay has it (or it is no longer due). */
  claimProbe(pixel: string, now: number): Promise<boolean>
  /** The probe claimed by `claimProbe` is over (sent or not). */
  probeEnded(pixel: string): void
  /** A request of the pixel failed (retryable): opens the circuit, or moves a failed probe's next one on. */
  failed(pixel: string, why: FailedRequest, now: number, probe: boolean): Promise<void>
  /**
   * TikTok refused the credentials (`fault`, auth-fault.ts) for a request of the pixel: holds its circuit (opens it,
   * or marks an open one held), the next probe probeMaxIntervalMs away; logs the fault once when it starts.
   */
  refused(pixel: string, fault: string, failure: DeliveryFailure, now: number, probe: boolean): Promise<void>
  /** The auth fault holding the pixel's circuit, if one does. */
  authFault(pixel: string): string | undefined
  /** At a relay's start: circuits held for an auth fault get their probe now (the token may have been fixed). */
  probeHeldNow(now: number): Promise<void>
  /** TikTok answered a probe (or there is nothing left to probe with): closes the circuit, logging how long it was
   * open and `why`. */
  answered(pixel: string, now: number, why: string): Promise<void>
  state(pixel: string): CircuitState
}

export function createPixelCircuits(deps: {
  store: CircuitStore
  options: DeliveryOptions
  gauge: Gauge
  log: Logger
  /** Pixels to show in the gauge from the start (the configured routes'). */
  pixels: string[]
  /** A circuit opened (here or by another relay): the worker hands the pixel's buffered events back. */
  onOpened(pixel: string): void
  /** A circuit closed: the worker leases again at once. */
  onClosed(pixel: string): void
}): PixelCircuits {
  const { store, options, log } = deps
  const open = new Map<string, PixelCircuit>()
  const probing = new Set<string>()
  /** Circuits this relay is writing to the store: a refresh that does not see them yet must not close them. */
  const opening = new Set<string>()
  const known = new Set(deps.pixels)
  /** Probes another relay claimed: not tried again here before this time (the next refresh tells). */
  const notBefore = new Map<string, number>()

  const state = (pixel: string): CircuitState =>
    probing.has(pixel) ? 'probing' : open.get(pixel)?.authFault ? 'held' : open.has(pixel) ? 'open' : 'closed'
  const show = (pixel: string) => {
    known.add(pixel)
    const now = state(pixel)
    for (const s of STATES) deps.gauge.set({ pixel, state: s }, s === now ? 1 : 0)
  }
  for (const p of known) show(p)

  const forget = (pixel: string, now: number, why: string) => {
    const c = open.get(pixel)
    open.delete(pixel)
    notBefore.delete(pixel)
    show(pixel)
    if (c) {
      log.info("pixel's circuit closed: delivering at full speed", {
        pixel,
        openForMs: Math.max(0, now - c.openedAt),
        failures: c.failures,
        why
      })
      deps.onClosed(pixel)
    }
  }

  return {
    async refresh() {
      const rows = await store.list()
      const now = Date.now()
      const seen = new Set<string>()
      for (const c of rows) {
        seen.add(c.pixelCode)
        const mine = open.get(c.pixelCode)
        open.set(c.pixelCode, c)
        if (!mine) {
          show(c.pixelCode)
          deps.onOpened(c.pixelCode)
        }
      }
      for (const pixel of [...open.keys()]) {
        if (seen.has(pixel) || probing.has(pixel) || opening.has(pixel)) continue
        // Closed by another relay's successful request: nothing to log here, that relay did.
        open.delete(pixel)
        notBefore.delete(pixel)
        show(pixel)
        deps.onClosed(pixel)
      }
      for (const [pixel, at] of notBefore) if (at <= now) notBefore.delete(pixel)
    },
    held: () => [...open.keys()],
    isOpen: (pixel) => open.has(pixel),
    dueProbes(now) {
      const due: string[] = []
      for (const [pixel, c] of open) {
        if (probing.has(pixel) || (notBefore.get(pixel) ?? 0) > now) continue
        if (c.nextProbeAt !== null && c.nextProbeAt <= now) due.push(pixel)
      }
      return due
    },
    nextProbeAt() {
      let next = Number.POSITIVE_INFINITY
      for (const c of open.values()) if (c.nextProbeAt !== null) next = Math.min(next, c.nextProbeAt)
      return next
    },
    async claimProbe(pixel, now) {
      const c = open.get(pixel)
      if (!c || probing.has(pixel)) return false
      probing.add(pixel)
      // Should this relay die with the probe in flight, another probes once the request would have timed out.
      const fallback = now + options.timeoutMs + probeIntervalMs(c.failures + 1, options)
      let won = false
      try {
        won = await store.claimProbe(pixel, now, fallback)
      } finally {
        if (!won) probing.delete(pixel)
      }
      if (won) open.set(pixel, { ...c, nextProbeAt: fallback, updatedAt: now })
      else notBefore.set(pixel, now + 1000)
      show(pixel)
      return won
    },
    probeEnded(pixel) {
      probing.delete(pixel)
      show(pixel)
    },
    async failed(pixel, why, now, probe) {
      const current = open.get(pixel)
      if (current && !probe) return
      const failures = (current?.failures ?? 0) + 1
      const hold = holdMs(failures, why.retryAfterMs, options)
      const circuit: PixelCircuit = {
        pixelCode: pixel,
        openedAt: current?.openedAt ?? now,
        pausedUntil: why.retryAfterMs ? now + hold : null,
        nextProbeAt: now + hold,
        failures,
        updatedAt: now
      }
      if (current) {
        await store.save(circuit)
        open.set(pixel, circuit)
        log.warn("probe failed; the pixel's circuit stays open", {
          pixel,
          failures,
          reason: why.reason,
          code: why.failure.code,
          message: why.failure.message.slice(0, 200),
          nextProbeInMs: hold
        })
        return
      }
      // Held here at once, before the store answers: the worker must not lease the pixel's rows meanwhile.
      open.set(pixel, circuit)
      show(pixel)
      deps.onOpened(pixel)
      opening.add(pixel)
      let opened: boolean
      try {
        opened = await store.open(circuit)
      } finally {
        opening.delete(pixel)
      }
      if (!opened) {
        // Another relay opened it first: its circuit holds; read it.
        await this.refresh()
        return
      }
      log.warn("TikTok is failing: pixel's circuit opened; its events wait in the queue for a probe", {
        pixel,
        reason: why.reason,
        code: why.failure.code,
        message: why.failure.message.slice(0, 200),
        ...(why.retryAfterMs === undefined ? {} : { retryAfterMs: why.retryAfterMs, pauseMs: hold }),
        nextProbeInMs: hold
      })
    },
    async refused(pixel, fault, failure, now, probe) {
      const current = open.get(pixel)
      // A request sent before the circuit opened (or was held) says nothing new.
      if (current && !probe && current.authFault) return
      const circuit: PixelCircuit = {
        pixelCode: pixel,
        openedAt: current?.openedAt ?? now,
        pausedUntil: null,
        nextProbeAt: now + options.probeMaxIntervalMs,
        failures: (current?.failures ?? 0) + 1,
        updatedAt: now,
        authFault: fault
      }
      let first = !current?.authFault
      open.set(pixel, circuit)
      show(pixel)
      if (!current) deps.onOpened(pixel)
      opening.add(pixel)
      try {
        if (current) await store.save(circuit)
        else if (!(await store.open(circuit))) {
          // Another relay opened it first (refused too, or an outage): it is marked held; one relay says it.
          const theirs = (await store.list()).find((c) => c.pixelCode === pixel)
          first = !theirs?.authFault
          const held = { ...circuit, openedAt: theirs?.openedAt ?? now }
          await store.save(held)
          open.set(pixel, held)
        }
      } finally {
        opening.delete(pixel)
      }
      if (!first && !probe) return
      const fields = {
        pixel,
        code: failure.code,
        message: failure.message.slice(0, 200),
        nextProbeInMs: options.probeMaxIntervalMs
      }
      if (first) log.error(heldSentence(pixel, fault), fields)
      else log.warn(`probe refused: ${heldSentence(pixel, fault)}`, { ...fields, failures: circuit.failures })
    },
    authFault: (pixel) => open.get(pixel)?.authFault ?? undefined,
    async probeHeldNow(now) {
      for (const c of open.values()) {
        if (!c.authFault || c.nextProbeAt === null || c.nextProbeAt <= now) continue
        const due = { ...c, nextProbeAt: now, updatedAt: now }
        await store.save(due)
        open.set(c.pixelCode, due)
        log.info('a circuit held for a refused access token: probing now, at the relay start', {
          pixel: c.pixelCode,
          authFault: c.authFault
        })
      }
    },
    async answered(pixel, now, why) {
      if (!open.has(pixel)) return
      const removed = await store.remove(pixel)
      if (removed) forget(pixel, now, why)
      else {
        // Another relay closed it already.
        open.delete(pixel)
        show(pixel)
        deps.onClosed(pixel)
      }
    },
    state
  }
}

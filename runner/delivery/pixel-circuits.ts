/**
 * Per-pixel circuits (issue 11), kept in the store so every relay on one database holds a failing pixel together.
 * Closed (no row): events flow at full speed. A retryable failure (5xx, a timeout, TikTok's retryable codes, a rate
 * limit) opens it (circuit-faults.ts): the pixel's events stay in the queue, not in any relay's memory, and when
 * `nextProbeAt` comes one relay (the store's claimProbe) sends one probe request. A failed probe moves the next one on
 * (backoff.ts: doubling up to probeMaxIntervalMs, or a capped Retry-After); a request TikTok answers closes it, and
 * every relay goes back to full speed at once. This relay's view (circuit-view.ts) is refreshed from the store every
 * second; the gauge relay_delivery_circuit_state{pixel,state} shows it, and a log line marks each opening and closing.
 *
 * TikTok refusing an access token (auth-fault.ts: 40104, 40105, 40001, HTTP 401/403) holds the circuit of that token
 * (state `held`, keyed by the token's fingerprint, token-fingerprint.ts): the relays sending the pixel's events with
 * it hold them in the queue with one probe every probeMaxIntervalMs, and relays with another token keep delivering
 * them. A relay that starts finds its tokens' held circuits and probes them at once (`probeHeldNow`): TikTok may
 * have been fixed for the token (a permission granted). A held circuit that no relay has probed for a long time
 * (no relay with that token runs any more) is removed by any relay; on SQLite (one relay) by the relay at once.
 */
import type { Logger } from '../log.ts'
import type { Gauge } from '../metrics/registry.ts'
import type { CircuitStore, PixelCircuit } from '../store/store-interface.ts'
import { heldSentences } from './auth-fault.ts'
import { probeIntervalMs } from './backoff.ts'
import { type CircuitFaults, createCircuitFaults } from './circuit-faults.ts'
import { type CircuitState, createCircuitView } from './circuit-view.ts'
import type { DeliveryOptions } from './options.ts'
import type { RouteTokens } from './token-fingerprint.ts'

export type { FailedRequest } from './circuit-faults.ts'
export type { CircuitState } from './circuit-view.ts'

/**
 * A token's held circuit not probed for this long belongs to no running relay: its relays probe it every
 * probeMaxIntervalMs (30 s at most) plus a request's timeout. Removing a live one costs one refused request.
 */
const STALE_HOLD_MS = 5 * 60_000

/** `failed` and `refused` (circuit-faults.ts) open or hold a circuit on a failed or refused request. */
export interface PixelCircuits extends CircuitFaults {
  /** Reads every relay's circuits from the store; calls `onOpened` for pixels another relay opened. */
  refresh(): Promise<void>
  /** Pixels whose events stay in the queue now (their circuit is open, or held for this relay's token). */
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
  /** The auth fault holding the pixel's circuit here, if one does. */
  authFault(pixel: string): string | undefined
  /** What /healthz says of this relay's held circuits (heldSentence), one sentence each. */
  heldHere(): string[]
  /** At a relay's start: circuits held for its tokens get their probe now (the token may have been fixed). */
  probeHeldNow(now: number): Promise<void>
  /** TikTok answered a probe: closes the circuit, logging how long it was open and `why`. */
  answered(pixel: string, now: number, why: string): Promise<void>
  /**
   * The claimed probe found no ready events of the pixel: an outage's circuit closes (nothing waits). A refused
   * token's stays held, nothing saying the token works now (other relays may be sending the events, or hold them
   * leased), with its next probe probeMaxIntervalMs away.
   */
  nothingToProbe(pixel: string, now: number): Promise<void>
  state(pixel: string): CircuitState
}

export function createPixelCircuits(deps: {
  store: CircuitStore
  options: DeliveryOptions
  gauge: Gauge
  log: Logger
  /** The fingerprints of this relay's routes' tokens. */
  tokens: RouteTokens
  /** No other relay uses the store (SQLite): a circuit held for a token this relay does not use is gone at once. */
  soleRelay: boolean
  /** Pixels to show in the gauge from the start (the configured routes'). */
  pixels: string[]
  /** A circuit opened (here or by another relay): the worker hands the pixel's buffered events back. */
  onOpened(pixel: string): void
  /** A circuit closed: the worker leases again at once. */
  onClosed(pixel: string): void
}): PixelCircuits {
  const { store, options, log, tokens } = deps
  const view = createCircuitView(deps)
  const { open, probing } = view
  const staleHoldMs = Math.max(STALE_HOLD_MS, 3 * (options.probeMaxIntervalMs + options.timeoutMs))
  /** Saves a changed circuit to the store, then lets it govern here. */
  const keep = async (circuit: PixelCircuit) => {
    await store.save(circuit)
    view.govern(circuit)
  }

  /** The circuits governing this relay: per pixel, its token's held circuit, else the pixel-wide one. */
  async function governing(rows: PixelCircuit[], now: number): Promise<Map<string, PixelCircuit>> {
    const found = new Map<string, PixelCircuit>()
    for (const c of rows) {
      if (!c.tokenFingerprint) {
        if (!found.has(c.pixelCode)) found.set(c.pixelCode, c)
      } else if ((await tokens.ofPixel(c.pixelCode)).has(c.tokenFingerprint)) found.set(c.pixelCode, c)
      else if (deps.soleRelay || now - c.updatedAt > staleHoldMs) {
        await store.remove(c)
        log.info('removed the held circuit of an access token no running relay sends with', {
          pixel: c.pixelCode,
          authFault: c.authFault,
          heldForMs: now - c.openedAt
        })
      }
    }
    return found
  }

  const circuits: PixelCircuits = {
    async refresh() {
      const now = Date.now()
      const found = await governing(await store.list(), now)
      for (const c of found.values()) view.govern(c)
      for (const pixel of [...open.keys()]) {
        if (found.has(pixel) || probing.has(pixel) || view.opening.has(pixel)) continue
        // Closed by another relay's successful request: nothing to log here, that relay did.
        view.close(pixel, now)
      }
      for (const [pixel, at] of view.notBefore) if (at <= now) view.notBefore.delete(pixel)
    },
    held: () => [...open.keys()],
    isOpen: (pixel) => open.has(pixel),
    dueProbes(now) {
      const due: string[] = []
      for (const [pixel, c] of open) {
        if (probing.has(pixel) || (view.notBefore.get(pixel) ?? 0) > now) continue
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
        won = await store.claimProbe(c, now, fallback)
      } finally {
        if (!won) probing.delete(pixel)
      }
      if (won) view.govern({ ...c, nextProbeAt: fallback, updatedAt: now })
      else view.notBefore.set(pixel, now + 1000)
      view.show(pixel)
      return won
    },
    probeEnded(pixel) {
      probing.delete(pixel)
      view.show(pixel)
    },
    authFault: (pixel) => open.get(pixel)?.authFault ?? undefined,
    heldHere: () => heldSentences(open.values()),
    async probeHeldNow(now) {
      for (const c of open.values()) {
        if (!c.authFault || c.nextProbeAt === null || c.nextProbeAt <= now) continue
        await keep({ ...c, nextProbeAt: now, updatedAt: now })
        log.info('a circuit held for a refused access token: probing now, at the relay start', {
          pixel: c.pixelCode,
          authFault: c.authFault
        })
      }
    },
    async answered(pixel, now, why) {
      const c = open.get(pixel)
      if (!c) return
      // Removed here: this relay logs the closing; already gone: another relay closed it.
      view.close(pixel, now, (await store.remove(c)) ? why : undefined)
    },
    async nothingToProbe(pixel, now) {
      const c = open.get(pixel)
      if (!c?.authFault) return circuits.answered(pixel, now, 'no events left to probe with')
      await keep({ ...c, nextProbeAt: now + options.probeMaxIntervalMs, updatedAt: now })
    },
    state: view.state,
    ...createCircuitFaults({ store, options, log, view, tokens, keep, refresh: () => circuits.refresh() })
  }
  return circuits
}

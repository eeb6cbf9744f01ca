/**
 * What a failed request does to its pixel's circuit (pixel-circuits.ts). Both kinds of failure take one step, open
 * or join: the circuit governs this relay's sends at once, then is written to the store unless another relay opened
 * the same circuit first, in which case that relay's circuit (read back) holds and that relay said so in its log.
 *
 * - TikTok failing (a 5xx, a timeout, a rate limit: `failed`) opens the pixel-wide circuit, shared by every relay;
 *   a failed probe moves the next probe on (backoff.ts).
 * - TikTok refusing the access token (auth-fault.ts: `refused`) holds the circuit of that token: keyed by its
 *   fingerprint (token-fingerprint.ts), it holds only the relays sending with that token; a relay with another token
 *   keeps delivering the pixel's events. One probe goes every probeMaxIntervalMs (no doubling: a token is fixed by
 *   an operator, not by time). A refused probe of the pixel-wide circuit is still TikTok's answer: that circuit closes
 *   for every relay.
 */
import type { Logger } from '../log.ts'
import type { CircuitStore, DeliveryFailure, PixelCircuit } from '../store/store-interface.ts'
import { heldSentence } from './auth-fault.ts'
import { holdMs } from './backoff.ts'
import type { CircuitView } from './circuit-view.ts'
import type { DeliveryOptions } from './options.ts'
import type { RouteTokens } from './token-fingerprint.ts'

/** Why a request failed, as the circuit needs it. */
export interface FailedRequest {
  failure: DeliveryFailure
  reason: string
  retryAfterMs?: number
}

/** The request's failure, as the log keeps it (TikTok's code and the start of its message; never a token). */
const said = (failure: DeliveryFailure) => ({ code: failure.code, message: failure.message.slice(0, 200) })

export interface CircuitFaults {
  /** A request of the pixel failed (retryable): opens the circuit, or moves a failed probe's next one on. */
  failed(pixel: string, why: FailedRequest, now: number, probe: boolean): Promise<void>
  /**
   * TikTok refused the credentials (`fault`, auth-fault.ts) of route `routeId` for a request of the pixel: holds the
   * circuit of the route's token, the next probe probeMaxIntervalMs away; logs the fault once when it starts.
   */
  refused(
    pixel: string,
    routeId: string,
    fault: string,
    failure: DeliveryFailure,
    now: number,
    probe: boolean
  ): Promise<void>
}

export function createCircuitFaults(deps: {
  store: CircuitStore
  options: DeliveryOptions
  log: Logger
  view: CircuitView
  tokens: RouteTokens
  /** Saves a changed circuit to the store, then lets it govern here. */
  keep(circuit: PixelCircuit): Promise<void>
  /** Reads the circuits from the store into the view. */
  refresh(): Promise<void>
}): CircuitFaults {
  const { store, options, log, view } = deps

  /**
   * Open or join: `circuit` governs here at once, before the store answers (the worker must not lease the pixel's
   * rows meanwhile), then is opened in the store; when another relay opened it first, its circuit is read back and
   * holds. True when this relay opened it (and so logs it).
   */
  async function openOrJoin(circuit: PixelCircuit): Promise<boolean> {
    const pixel = circuit.pixelCode
    view.govern(circuit)
    view.opening.add(pixel)
    let opened: boolean
    try {
      opened = await store.open(circuit)
    } finally {
      view.opening.delete(pixel)
    }
    if (!opened) await deps.refresh()
    return opened
  }

  return {
    async failed(pixel, why, now, probe) {
      const current = view.open.get(pixel)
      // A request sent before the circuit opened says nothing new.
      if (current && !probe) return
      const failures = (current?.failures ?? 0) + 1
      const hold = holdMs(failures, why.retryAfterMs, options)
      const times = {
        pausedUntil: why.retryAfterMs ? now + hold : null,
        nextProbeAt: now + hold,
        failures,
        updatedAt: now
      }
      if (current) {
        // A failed probe moves the next one on; a token's held circuit stays held (a 5xx says nothing of the token).
        await deps.keep({ ...current, ...times })
        log.warn("probe failed; the pixel's circuit stays open", {
          pixel,
          failures,
          reason: why.reason,
          ...said(why.failure),
          nextProbeInMs: hold
        })
        return
      }
      if (!(await openOrJoin({ pixelCode: pixel, tokenFingerprint: null, openedAt: now, ...times }))) return
      log.warn("TikTok is failing: pixel's circuit opened; its events wait in the queue for a probe", {
        pixel,
        reason: why.reason,
        ...said(why.failure),
        ...(why.retryAfterMs === undefined ? {} : { retryAfterMs: why.retryAfterMs, pauseMs: hold }),
        nextProbeInMs: hold
      })
    },

    async refused(pixel, routeId, fault, failure, now, probe) {
      // No token known for the route (none can be refused): held for the pixel, as before tokens had circuits.
      const fingerprint = (await deps.tokens.ofRoute(routeId)) ?? null
      const current = view.open.get(pixel)
      const same = !!current?.authFault && (current.tokenFingerprint ?? null) === fingerprint
      // A request sent before the token's circuit was held says nothing new.
      if (same && !probe) return
      const circuit: PixelCircuit = {
        pixelCode: pixel,
        tokenFingerprint: fingerprint,
        openedAt: same ? current!.openedAt : now,
        pausedUntil: null,
        nextProbeAt: now + options.probeMaxIntervalMs,
        failures: same ? current!.failures + 1 : 1,
        updatedAt: now,
        authFault: fault
      }
      let first = false
      if (same) await deps.keep(circuit)
      else {
        first = await openOrJoin(circuit)
        // The probe of the pixel-wide circuit got an answer from TikTok: it is up, for the relays with other tokens.
        if (probe && current && !current.tokenFingerprint && !current.authFault) {
          if (await store.remove({ pixelCode: pixel })) {
            log.info("pixel's circuit closed: TikTok answers (refusing this relay's access token)", {
              pixel,
              openForMs: Math.max(0, now - current.openedAt),
              failures: current.failures
            })
          }
        }
      }
      if (!first && !probe) return
      const fields = { pixel, ...said(failure), nextProbeInMs: options.probeMaxIntervalMs }
      const sentence = heldSentence(pixel, fault, fingerprint ?? undefined)
      if (first) log.error(sentence, fields)
      else log.warn(`probe refused: ${sentence}`, { ...fields, failures: circuit.failures })
    }
  }
}

/**
 * The one place the console reads a pixel's delivery circuit (store.circuits.list(), issue 11). A pixel has a row only
 * while its circuit is open (delivery/pixel-circuits.ts removes it when a probe gets through), so the Overview shows
 * each listed pixel as paused (a Retry-After, until a time) or open (TikTok failing: its events wait in the queue and
 * one probe request goes at `nextProbeAt`), with how long it has been open and its failures in a row. Whether a
 * probe is in flight this second lives in the sending relay only: `relay_delivery_circuit_state` shows it. A circuit
 * held because TikTok refused the access token (delivery/auth-fault.ts) is shown `held`, with the sentence that says
 * what to do.
 */
import { heldSentence } from '../delivery/auth-fault.ts'
import type { PixelCircuit } from '../store/store-interface.ts'

export interface CircuitView {
  pixel: string
  state: 'open' | 'paused' | 'held'
  failures: number
  /** When the circuit opened (epoch ms). */
  openedAt: number
  /** Until when the pixel is paused (epoch ms), when paused. */
  pausedUntil: number | null
  /** When the next probe request may go (epoch ms), when one is scheduled. */
  nextProbeAt: number | null
  /** Why delivery waits on an operator (a refused access token), when it does; null otherwise. */
  heldBecause: string | null
}

export function circuitView(c: PixelCircuit, now: number): CircuitView {
  const paused = c.pausedUntil !== null && c.pausedUntil > now
  return {
    pixel: c.pixelCode,
    state: c.authFault ? 'held' : paused ? 'paused' : 'open',
    failures: c.failures,
    openedAt: c.openedAt,
    pausedUntil: paused ? c.pausedUntil : null,
    nextProbeAt: c.nextProbeAt,
    heldBecause: c.authFault ? heldSentence(c.pixelCode, c.authFault) : null
  }
}

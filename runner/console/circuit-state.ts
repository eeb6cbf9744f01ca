/**
 * The one place the console reads a pixel's delivery circuit (store.circuits.list(), issue 11). A pixel has a row only
 * while its circuit is open (delivery/pixel-circuits.ts removes it when a probe gets through), so the Overview shows
 * each listed pixel as paused (a Retry-After, until a time) or open (TikTok failing: its events wait in the queue and
 * one probe request goes at `nextProbeAt`), with how long it has been open and its failures in a row. Whether a
 * probe is in flight this second lives in the sending relay only: `relay_delivery_circuit_state` shows it.
 */
import type { PixelCircuit } from '../store/store-interface.ts'

export interface CircuitView {
  pixel: string
  state: 'open' | 'paused'
  failures: number
  /** When the circuit opened (epoch ms). */
  openedAt: number
  /** Until when the pixel is paused (epoch ms), when paused. */
  pausedUntil: number | null
  /** When the next probe request may go (epoch ms), when one is scheduled. */
  nextProbeAt: number | null
}

export function circuitView(c: PixelCircuit, now: number): CircuitView {
  const paused = c.pausedUntil !== null && c.pausedUntil > now
  return {
    pixel: c.pixelCode,
    state: paused ? 'paused' : 'open',
    failures: c.failures,
    openedAt: c.openedAt,
    pausedUntil: paused ? c.pausedUntil : null,
    nextProbeAt: c.nextProbeAt
  }
}

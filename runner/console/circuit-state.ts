/**
 * The one place the console reads a pixel's delivery circuit (store.circuits.list(), issue 11): the Overview shows
 * each pixel as closed (sending), paused (until a time) or probing, with its failures in a row.
 */
import type { PixelCircuit } from '../store/store-interface.ts'

export interface CircuitView {
  pixel: string
  state: 'closed' | 'paused' | 'probing'
  failures: number
  /** Until when the pixel is paused (epoch ms), when paused. */
  pausedUntil: number | null
}

export function circuitView(c: PixelCircuit, now: number): CircuitView {
  const paused = c.pausedUntil !== null && c.pausedUntil > now
  const state = paused ? 'paused' : c.nextProbeAt !== null ? 'probing' : 'closed'
  return { pixel: c.pixelCode, state, failures: c.failures, pausedUntil: paused ? c.pausedUntil : null }
}

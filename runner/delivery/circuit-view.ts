/**
 * This relay's view of the pixel circuits (pixel-circuits.ts): per pixel, the one circuit that governs its sends of
 * the pixel's events, which is the circuit held for a refused token this relay sends with, else the pixel-wide one
 * (an outage, a rate limit); none: closed. It shows each pixel's state in the gauge
 * relay_delivery_circuit_state{pixel,state} and tells the worker when a pixel stops or starts sending here.
 */
import type { Logger } from '../log.ts'
import type { Gauge } from '../metrics/registry.ts'
import type { PixelCircuit } from '../store/store-interface.ts'

export type CircuitState = 'closed' | 'open' | 'held' | 'probing'
const STATES: CircuitState[] = ['closed', 'open', 'held', 'probing']

export interface CircuitView {
  /** The circuit governing this relay's sends of each pixel; no entry: closed. */
  readonly open: ReadonlyMap<string, PixelCircuit>
  /** Pixels whose probe this relay is sending. */
  readonly probing: Set<string>
  /** Pixels whose circuit this relay is writing to the store: a refresh that does not see it yet must not close it. */
  readonly opening: Set<string>
  /** Probes another relay claimed: not tried again here before this time (the next refresh tells). */
  readonly notBefore: Map<string, number>
  state(pixel: string): CircuitState
  /** Updates the pixel's gauge to its state now. */
  show(pixel: string): void
  /** `circuit` now governs its pixel here; a pixel that was closed here stops sending (onOpened). */
  govern(circuit: PixelCircuit): void
  /**
   * The pixel's circuit is closed here: it sends again (onClosed). `why` given: this relay closed it, and logs how
   * long it was open; none: another relay did (and logged it).
   */
  close(pixel: string, now: number, why?: string): void
}

export function createCircuitView(deps: {
  gauge: Gauge
  log: Logger
  /** Pixels to show in the gauge from the start (the configured routes'). */
  pixels: string[]
  onOpened(pixel: string): void
  onClosed(pixel: string): void
}): CircuitView {
  const open = new Map<string, PixelCircuit>()
  const probing = new Set<string>()
  const known = new Set(deps.pixels)

  const state = (pixel: string): CircuitState =>
    probing.has(pixel) ? 'probing' : open.get(pixel)?.authFault ? 'held' : open.has(pixel) ? 'open' : 'closed'
  const show = (pixel: string) => {
    known.add(pixel)
    const now = state(pixel)
    for (const s of STATES) deps.gauge.set({ pixel, state: s }, s === now ? 1 : 0)
  }
  for (const p of known) show(p)
  const notBefore = new Map<string, number>()

  return {
    open,
    probing,
    opening: new Set(),
    notBefore,
    state,
    show,
    govern(circuit) {
      const pixel = circuit.pixelCode
      const was = open.has(pixel)
      open.set(pixel, circuit)
      show(pixel)
      if (!was) deps.onOpened(pixel)
    },
    close(pixel, now, why) {
      const c = open.get(pixel)
      open.delete(pixel)
      notBefore.delete(pixel)
      show(pixel)
      if (!c) return
      if (why) {
        deps.log.info("pixel's circuit closed: delivering at full speed", {
          pixel,
          openForMs: Math.max(0, now - c.openedAt),
          failures: c.failures,
          why
        })
      }
      deps.onClosed(pixel)
    }
  }
}

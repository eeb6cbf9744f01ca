/**
 * Delivery workers of several relays on one store (each with its own store connection, as separate relays have),
 * sending to the fake TikTok: for the tests of what relays sharing a store do together (circuits, held tokens,
 * leases). `stopWorkers` in an afterEach stops every worker started here and closes its store.
 */
import type { CoreSettings } from '../../../destinations/tiktok/core/settings.ts'
import type { DeliveryOptionsInput } from '../../../runner/delivery/options.ts'
import { type DeliveryWorker, startDeliveryWorker } from '../../../runner/delivery/worker.ts'
import { createLogger } from '../../../runner/log.ts'
import { createMetricsRegistry, type MetricsRegistry } from '../../../runner/metrics/registry.ts'
import type { Store } from '../../../runner/store/store-interface.ts'
import type { FakeTikTok } from '../../fake-tiktok/server.ts'
import { PIXEL } from './store-fixtures.ts'

export interface Relay {
  store: Store
  worker: DeliveryWorker
  registry: MetricsRegistry
  logs: string[]
}

const started: Relay[] = []

/** A worker on `store` with one route to PIXEL using `token`; a probe every second however many failed. */
export function startWorker(
  store: Store,
  f: FakeTikTok,
  token = 'test-token',
  delivery: DeliveryOptionsInput = {}
): Relay {
  const registry = createMetricsRegistry()
  const logs: string[] = []
  const settings = { accessToken: token, pixelCode: PIXEL, eventSource: 'web', apiUrl: f.url } as CoreSettings
  const worker = startDeliveryWorker({
    lingerMs: 50,
    backoffBaseMs: 1000,
    probeMaxIntervalMs: 1000,
    ...delivery,
    store,
    routes: new Map([['default', { accessToken: token, settings }]]),
    dryRun: false,
    metrics: registry,
    log: createLogger((line) => logs.push(line))
  })
  const relay = { store, worker, registry, logs }
  started.push(relay)
  return relay
}

/** Stops every worker started so far and closes its store. */
export async function stopWorkers(): Promise<void> {
  for (const r of started.splice(0)) {
    await r.worker.stop()
    await r.store.close()
  }
}

/** The relay's circuit state for PIXEL, as its gauge shows it. */
export const circuitState = (r: Relay) =>
  /relay_delivery_circuit_state\{pixel="\w+",state="(\w+)"\} 1\b/.exec(r.registry.render())?.[1]

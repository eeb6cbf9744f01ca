/**
 * A store + delivery worker in this process, sending to the fake TikTok on loopback: the real parts, wired the way
 * the runner wires them, for the delivery tests.
 */
import type { CoreSettings } from '../../../destinations/tiktok/core/settings.ts'
import type { DeliveryOptionsInput } from '../../../runner/delivery/options.ts'
import { type DeliveryWorker, startDeliveryWorker } from '../../../runner/delivery/worker.ts'
import { createLogger } from '../../../runner/log.ts'
import { createMetricsRegistry, type MetricsRegistry } from '../../../runner/metrics/registry.ts'
import { openRelayStore, type RelayStore } from '../../../runner/store/relay-store.ts'
import { sqliteStoreOver } from '../../../runner/store/sqlite-store.ts'
import type { Store } from '../../../runner/store/store-interface.ts'
import { type FakeTikTok, startFakeTikTok } from '../../fake-tiktok/server.ts'
import { PIXEL, tempDataDir } from './store-fixtures.ts'

export const TOKEN = 'test-token'

export interface Harness {
  dir: string
  fake: FakeTikTok
  store: RelayStore
  /** The same store behind the asynchronous interface, as the worker uses it. */
  shared: Store
  worker: DeliveryWorker
  registry: MetricsRegistry
  logs: string[]
  /** event_id -> how many times the fake accepted it. */
  acceptedIds(): Record<string, number>
  stop(): Promise<void>
}

export async function startHarness(
  opts: { token?: string | null; delivery?: DeliveryOptionsInput; testEventCode?: string; latencyMs?: number } = {}
): Promise<Harness> {
  const dir = tempDataDir()
  const fake = await startFakeTikTok({ accessToken: TOKEN, latencyMs: opts.latencyMs ?? 0 })
  const store = await openRelayStore(dir)
  const shared = await sqliteStoreOver(store)
  const registry = createMetricsRegistry()
  const logs: string[] = []
  const accessToken = opts.token === null ? undefined : (opts.token ?? TOKEN)
  const settings = {
    accessToken: accessToken ?? '',
    pixelCode: PIXEL,
    eventSource: 'web',
    apiUrl: fake.url,
    testEventCode: opts.testEventCode
  } as CoreSettings
  const worker = startDeliveryWorker({
    lingerMs: 50,
    backoffBaseMs: 20,
    backoffCapMs: 200,
    ...opts.delivery,
    store: shared,
    routes: new Map([['default', { accessToken, settings }]]),
    dryRun: accessToken === undefined,
    metrics: registry,
    log: createLogger((line) => logs.push(line))
  })
  return {
    dir,
    fake,
    store,
    shared,
    worker,
    registry,
    logs,
    acceptedIds: () => fake.stats().eventIds,
    async stop() {
      await worker.stop()
      await shared.close()
      await fake.close()
    }
  }
}

/**
 * Assembles a relay from configuration: routes (write key -> pixel, settings, pipelines), the store (PostgreSQL
 * shared with other relays when database.url / RELAY_DATABASE_URL is set, else the embedded SQLite file in dataDir),
 * the delivery worker and the fetch handler (createRelay, used directly by tests), then serves it (startRelay, used by
 * `serve` and the per-runtime entry points main-deno.ts / main-node.ts).
 */
import { serveOnThisRuntime } from './adapters/select.ts'
import type { FetchHandler, ServedRelay, ServeOptions } from './adapters/served.ts'
import { createTokenThrottle } from './admin/token-throttle.ts'
import { loadCollectorScript } from './collector/collector-script.ts'
import { buildRoutes } from './config/build-routes.ts'
import type { Env } from './config/env-overlay.ts'
import { type LoadedConfig, loadRelayConfig } from './config/load-config.ts'
import type { RelayConfig } from './config/schema.ts'
import { createConsoleHandler } from './console/console-handler.ts'
import { createConsoleTally } from './console/tally.ts'
import { startDeliveryWorker } from './delivery/worker.ts'
import { createRelayHandler } from './handler.ts'
import { startHousekeeping } from './housekeeping.ts'
import { createLogger, errorMessage, type Logger } from './log.ts'
import { createMetricsRegistry, type MetricsRegistry } from './metrics/registry.ts'
import { DRY_RUN_BANNER, describeBind, isLoopback, openIntakeBanner } from './start-notices.ts'
import { openStore } from './store/open-store.ts'
import { openRelayStore } from './store/relay-store.ts'
import { sqliteStoreOver } from './store/sqlite-store.ts'
import type { Store } from './store/store-interface.ts'
import { gateStoreOutageLog } from './store-outage-log.ts'

export interface RelayOptions {
  configFile?: string
  port?: number
  hostname?: string
}

export interface Relay {
  handler: FetchHandler
  /** The relay's store behind the one asynchronous Store interface (store-interface.ts). */
  store: Store
  registry: MetricsRegistry
  dryRun: boolean
  /** No write keys: intake takes events from any caller. */
  openIntake: boolean
  /** Stop delivery (draining in-flight requests) and close the store. */
  close(): Promise<void>
}

export interface RunningRelay {
  url: string
  port: number
  dryRun: boolean
  log: Logger
  stop(): Promise<void>
}

/**
 * The configured store. SQLite is opened here with its checkpoint thread (a relay's file sees a relay's write load);
 * PostgreSQL through openStore, which migrates the schema (safe when several relays start at once). Rejects with
 * StoreUnavailableError when PostgreSQL cannot be reached (its message names no URL or password).
 */
async function openConfiguredStore(config: RelayConfig, log: Logger): Promise<Store> {
  const dedupWindowMs = config.database.dedupWindowMinutes * 60_000
  if (config.database.url) return openStore(config)
  const sqlite = await openRelayStore(config.dataDir, {
    checkpointThread: true,
    log,
    onCheckpointerError: (err) =>
      log.warn('the checkpoint thread failed; SQLite checkpoints on the event loop instead (slower, nothing lost)', {
        error: errorMessage(err)
      })
  })
  return sqliteStoreOver(sqlite, { dedupWindowMs })
}

export async function createRelay(loaded: LoadedConfig, startLog: Logger): Promise<Relay> {
  const { config, dryRun, baseDir } = loaded
  const registry = createMetricsRegistry()
  const { table, deliveryRoutes, previews } = await buildRoutes(config, baseDir)
  const store = await openConfiguredStore(config, startLog)
  // While the store is down, each part that uses it fails every time it tries: the repeats are held back and
  // summarised every 30 s, and a line says when the store is back (store-outage-log.ts).
  const log = gateStoreOutageLog(startLog, { probe: () => store.probe() })
  const housekeeping = startHousekeeping(store, config.retention, log)
  // The console reads and writes only the asynchronous Store: the same numbers in SQLite and PostgreSQL mode.
  const consoleTally = createConsoleTally(store, log)
  const worker = startDeliveryWorker({
    ...config.delivery,
    store,
    routes: deliveryRoutes,
    dryRun,
    metrics: registry,
    log,
    consoleTally
  })
  // One wrong-token throttle for the admin header and the console's sign-in form.
  const adminThrottle = createTokenThrottle()
  const handler = createRelayHandler({
    routes: table,
    store,
    limits: config.limits,
    cookieDomain: config.cookieDomain,
    trustProxy: config.trustProxy,
    registry,
    log,
    collector: await loadCollectorScript(),
    health: () => {
      // This relay's own held pixels (a refused token of its own), not those of other relays on the store.
      const held = worker.deliveryHeld()
      return {
        dryRun,
        destinations: config.destinations.map((d) => d.id),
        openIntake: table.open,
        ...(held.length ? { deliveryHeld: held } : {})
      }
    },
    dryRun,
    adminToken: config.adminToken,
    adminThrottle,
    allowedOrigins: config.allowedOrigins,
    consoleTally,
    console: createConsoleHandler({
      store,
      adminToken: config.adminToken,
      playground: previews,
      throttle: adminThrottle,
      trustProxy: config.trustProxy,
      bodyLimits: { maxBytes: config.limits.maxRequestBytes, timeoutMs: config.limits.bodyTimeoutMs }
    })
  })
  if (table.open) {
    log.warn('no write keys configured (RELAY_WRITE_KEYS): intake accepts any caller', {
      destination: config.destinations[0]!.id
    })
  } else if (config.destinations.every((d) => d.writeKeys.every((k) => k.scope === 'browser'))) {
    log.info(
      'every write key has browser scope: an identify binds traits to its anonymousId, never to a userId; give a key kept in a backend scope: server (RELAY_WRITE_KEYS=key:server)'
    )
  }
  return {
    handler,
    store,
    registry,
    dryRun,
    openIntake: table.open,
    async close() {
      await housekeeping.stop()
      await worker.stop()
      await consoleTally.close()
      await store.close()
      log.close()
    }
  }
}

export async function startRelay(
  opts: RelayOptions,
  env: Env,
  deps: { serve?: (h: FetchHandler, o: ServeOptions) => Promise<ServedRelay>; log?: Logger } = {}
): Promise<RunningRelay> {
  const loaded = await loadRelayConfig({ file: opts.configFile, env, port: opts.port })
  const log = deps.log ?? createLogger()
  for (const warning of loaded.warnings) log.warn(warning)
  const relay = await createRelay(loaded, log)
  const { config } = loaded
  const hostname = opts.hostname ?? config.hostname
  const served = await (deps.serve ?? serveOnThisRuntime)(relay.handler, { port: config.port, hostname })
  // What the socket is bound to, not only the loopback URL that reaches it: 0.0.0.0 takes connections from anywhere.
  const bind = describeBind(hostname, served.port)
  if (relay.dryRun) console.error(DRY_RUN_BANNER)
  if (relay.openIntake && !isLoopback(hostname)) {
    console.error(openIntakeBanner(bind))
    log.warn('open intake on a reachable address: no write keys', { bind })
  }
  log.info('relay listening', {
    bind,
    url: served.url,
    pid: process.pid,
    dryRun: relay.dryRun,
    store: relay.store.location,
    destinations: config.destinations.map((d) => ({ id: d.id, pixelCode: d.pixelCode, writeKeys: d.writeKeys.length }))
  })
  return {
    url: served.url,
    port: served.port,
    dryRun: relay.dryRun,
    log,
    async stop() {
      // Stop taking events first, then let in-flight deliveries finish, then close the database.
      await served.stop()
      await relay.close()
    }
  }
}

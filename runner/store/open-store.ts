/**
 * Picks the store a relay's configuration asks for: PostgreSQL when `database.url` (or RELAY_DATABASE_URL) is set,
 * shared by every relay on that database; otherwise the embedded SQLite file in `dataDir`, which needs nothing else.
 * Either way the caller gets the one Store interface (store-interface.ts).
 */
import type { RelayConfig } from '../config/schema.ts'
import { openPostgresStore } from './postgres/postgres-store.ts'
import type { StoreOptions } from './relay-store.ts'
import { openSqliteStore } from './sqlite-store.ts'
import type { Store } from './store-interface.ts'

export type StoreConfig = Pick<RelayConfig, 'dataDir' | 'database'>

/**
 * Opens (and for PostgreSQL migrates) the configured store. Rejects with StoreUnavailableError when PostgreSQL
 * cannot be reached; the error names no URL or password.
 */
export function openStore(config: StoreConfig, options: StoreOptions = {}): Promise<Store> {
  const dedupWindowMs = config.database.dedupWindowMinutes * 60_000
  if (config.database.url) return openPostgresStore(config.database.url, { dedupWindowMs })
  return openSqliteStore(config.dataDir, { ...options, dedupWindowMs })
}

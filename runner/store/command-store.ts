/**
 * The store a command (status, replay) reads: the same one the relay serves from. PostgreSQL when RELAY_DATABASE_URL
 * is set or `--config relay.yaml` names a database.url (the relay's own file, environment overlaid as for `serve`);
 * otherwise the SQLite file of the data dir (--data-dir, the config's dataDir, RELAY_DATA_DIR, ./data), which must
 * already exist: a command that reads must not create an empty store where the operator mistyped the path.
 */
import { RelayConfigError } from '../config/config-error.ts'
import { readConfigFile } from '../config/config-file.ts'
import type { Env } from '../config/env-overlay.ts'
import { overlayEnv } from '../config/env-overlay.ts'
import { ENV_SECTIONS } from '../config/load-config.ts'
import { DatabaseOptions } from '../config/schema.ts'
import { assertStoreExists, CommandUsageError, resolveDataDir } from './command-flags.ts'
import { openStore } from './open-store.ts'
import { StoreUnavailableError } from './store-errors.ts'
import type { Store } from './store-interface.ts'

/** The flags every store command takes. */
export const STORE_FLAGS = { 'data-dir': 'string', config: 'string' } as const

export const STORE_FLAGS_HELP = `  --config <file>    the relay's relay.yaml: its database.url (PostgreSQL) or dataDir
  --data-dir <dir>   the relay's data dir (default: RELAY_DATA_DIR, else ./data); unused with PostgreSQL
  (RELAY_DATABASE_URL set: the PostgreSQL store shared by the relays, as for serve)`

export interface CommandStore {
  store: Store
  /** What to call it in the command's output: the data dir, or the database URL without its password. */
  where: string
}

/**
 * Opens the store the flags and environment name. Throws CommandUsageError (the command prints it, exit 1) for a
 * missing data dir, a config file that cannot be read, or an unreachable PostgreSQL (named without its password).
 */
export async function openCommandStore(flags: Record<string, unknown>, env: Env): Promise<CommandStore> {
  let dataDirFlag = flags['data-dir']
  let database: DatabaseOptions
  try {
    let raw: Record<string, unknown> = {}
    if (typeof flags.config === 'string') raw = (await readConfigFile(flags.config)).raw
    const { merged } = overlayEnv(raw, env, ENV_SECTIONS)
    database = DatabaseOptions.parse(merged.database ?? {})
    if (typeof dataDirFlag !== 'string' && typeof flags.config === 'string' && typeof raw.dataDir === 'string')
      dataDirFlag = raw.dataDir
  } catch (err) {
    if (err instanceof RelayConfigError) throw new CommandUsageError(err.message)
    // The schema's messages never repeat the URL (it may hold a password).
    const issue = (err as { issues?: Array<{ path: unknown[]; message: string }> }).issues?.[0]
    if (issue) throw new CommandUsageError(`database.${issue.path.join('.')}: ${issue.message}`)
    throw err
  }
  const dataDir = resolveDataDir(dataDirFlag, env)
  if (!database.url) assertStoreExists(dataDir)
  try {
    const store = await openStore({ dataDir, database })
    return { store, where: store.kind === 'postgres' ? store.location : dataDir }
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw new CommandUsageError(err.message)
    throw err
  }
}

/**
 * Flag parsing shared by the commands that read a data dir (status, replay): `--name value`, `--name=value`,
 * boolean flags, and the data dir from --data-dir, RELAY_DATA_DIR or ./data.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { STORE_FILE } from './relay-store.ts'

export class CommandUsageError extends Error {
  override readonly name = 'CommandUsageError'
}

export function parseFlags(
  argv: string[],
  spec: Record<string, 'string' | 'boolean' | 'optional-number'>
): Record<string, string | boolean | number> {
  const out: Record<string, string | boolean | number> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : ''
    const kind = spec[name]
    if (!kind) throw new CommandUsageError(`Unknown option "${arg}" (see --help)`)
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined
    if (kind === 'boolean') out[name] = true
    else if (kind === 'optional-number') {
      const next = inline ?? (/^\d+$/.test(argv[i + 1] ?? '') ? argv[++i] : undefined)
      out[name] = next === undefined ? true : Number(next)
    } else {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new CommandUsageError(`--${name} needs a value`)
      out[name] = v
    }
  }
  return out
}

export function resolveDataDir(flag: unknown, env: Record<string, string | undefined>): string {
  return typeof flag === 'string' && flag ? flag : env.RELAY_DATA_DIR?.trim() || './data'
}

/** Whether `dir` holds a SQLite relay store (its database file). */
export const storeExists = (dir: string) => existsSync(join(dir, STORE_FILE))

/** A command that only reads must not create an empty store where the operator mistyped the path. */
export function assertStoreExists(dir: string): void {
  if (!storeExists(dir)) {
    throw new CommandUsageError(`No relay data in "${dir}" (no ${STORE_FILE}); pass --data-dir or set RELAY_DATA_DIR`)
  }
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `2026-11-23T08:00:00Z`, `2026-11-23`, epoch milliseconds, or a duration ago: `30m`, `2h`, `7d`. */
export function parseTimeFlag(name: string, value: string, now: number): number {
  const rel = /^(\d+)([smhd])$/.exec(value.trim())
  if (rel) return now - Number(rel[1]) * UNITS[rel[2]!]!
  if (/^\d{12,}$/.test(value.trim())) return Number(value)
  const t = Date.parse(value)
  if (Number.isNaN(t)) {
    throw new CommandUsageError(
      `--${name}: expected an ISO time (2026-11-23T08:00:00Z) or a duration ago (30m, 2h, 7d)`
    )
  }
  return t
}

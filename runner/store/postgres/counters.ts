/**
 * Running totals (delivered, retried, dead-lettered, ...), the same names as the SQLite store's (counters.ts). Each
 * relay adds to its own shard row, so relays acking at once never queue on one row lock; reading sums the shards.
 */
import type { CounterName } from '../counters.ts'
import type { Db } from './connect.ts'

export const COUNTER_SHARDS = 16

const ZERO: Record<CounterName, number> = {
  delivered: 0,
  retried: 0,
  dead_lettered: 0,
  dry_run_events: 0,
  replayed: 0,
  health_probes: 0
}

export async function addCounter(tx: Db, shard: number, name: CounterName, n: number | null): Promise<void> {
  if (!n) return
  await tx.query(
    `INSERT INTO counters (name, shard, value) VALUES ($1, $2, $3)
     ON CONFLICT (name, shard) DO UPDATE SET value = counters.value + EXCLUDED.value`,
    [name, shard, n]
  )
}

export function countersFrom(rows: Array<{ name: string; value: number }>): Record<CounterName, number> {
  const out = { ...ZERO }
  for (const row of rows) if (row.name in out) out[row.name as CounterName] = Number(row.value)
  return out
}

export const READ_COUNTERS_SQL = 'SELECT name, sum(value)::bigint AS value FROM counters GROUP BY name'

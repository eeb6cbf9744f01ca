/**
 * Running totals (delivered, retried, dead-lettered, ...), the same names as the SQLite store's (counters.ts). Each
 * relay adds to its own shard row, so relays acking at once never queue on one row lock; reading sums the shards.
 */
import type { CounterName } from '../counters.ts'
import type { Sql, Tx } from './connect.ts'

export const COUNTER_SHARDS = 16

const ZERO: Record<CounterName, number> = {
  delivered: 0,
  retried: 0,
  dead_lettered: 0,
  dry_run_events: 0,
  replayed: 0,
  health_probes: 0
}

export async function addCounter(tx: Tx, shard: number, name: CounterName, n: number): Promise<void> {
  if (n === 0) return
  await tx`INSERT INTO counters (name, shard, value) VALUES (${name}, ${shard}, ${n})
    ON CONFLICT (name, shard) DO UPDATE SET value = counters.value + EXCLUDED.value`
}

export async function readCounters(sql: Sql): Promise<Record<CounterName, number>> {
  const out = { ...ZERO }
  const rows = await sql<{ name: CounterName; value: number }[]>`
    SELECT name, sum(value)::bigint AS value FROM counters GROUP BY name`
  for (const row of rows) if (row.name in out) out[row.name] = Number(row.value)
  return out
}

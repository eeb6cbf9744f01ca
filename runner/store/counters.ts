/** Running totals kept in the store (delivered, retried, dead-lettered, ...) so `status` can read them from disk. */
import type { SqlDatabase } from './sqlite-driver.ts'

export type CounterName = 'delivered' | 'retried' | 'dead_lettered' | 'dry_run_events' | 'replayed' | 'health_probes'

export function addToCounter(db: SqlDatabase, name: CounterName, n: number): void {
  if (n === 0) return
  db.prepare(
    'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value'
  ).run(name, n)
}

export function readCounters(db: SqlDatabase): Record<CounterName, number> {
  const out: Record<CounterName, number> = {
    delivered: 0,
    retried: 0,
    dead_lettered: 0,
    dry_run_events: 0,
    replayed: 0,
    health_probes: 0
  }
  for (const row of db.prepare<{ name: CounterName; value: number }>('SELECT name, value FROM counters').all()) {
    out[row.name] = Number(row.value)
  }
  return out
}

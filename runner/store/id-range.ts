/**
 * How a statement names a list of queue ids: `BETWEEN lo AND hi` when they are exactly a run of consecutive ids (the
 * common case: a backlog is leased, acked and recorded in id order), which SQLite walks far faster than a json_each
 * list; otherwise `IN (SELECT value FROM json_each(?))` over the list as JSON.
 */
import type { SqlValue } from './sqlite-driver.ts'

export const IN_IDS = 'IN (SELECT value FROM json_each(?))'

/** True when no id of `list` repeats; every id lies in lo .. lo + list.length - 1. A bitmap, not a Set of numbers. */
function distinctInRange(list: number[], lo: number): boolean {
  const seen = new Uint8Array(list.length)
  for (const id of list) {
    if (seen[id - lo] === 1) return false
    seen[id - lo] = 1
  }
  return true
}

/** The SQL after `id ` and its parameters for `list` (not empty). */
export function idsWhere(list: number[]): { sql: string; params: SqlValue[] } {
  let lo = list[0] ?? 0
  let hi = lo
  for (const id of list) {
    if (id < lo) lo = id
    if (id > hi) hi = id
  }
  return list.length > 0 && hi - lo + 1 === list.length && distinctInRange(list, lo)
    ? { sql: 'BETWEEN ? AND ?', params: [lo, hi] }
    : { sql: IN_IDS, params: [JSON.stringify(list)] }
}

/**
 * The console's per-minute counts and live-event ring (console-stats.ts) in the relay's SQLite file. Tables are
 * made with CREATE TABLE IF NOT EXISTS when the Store opens, so an existing data dir gains them in place.
 */
import { type ConsoleStatsStore, liveOf, type MinuteCount } from './console-stats.ts'
import type { SqlDatabase } from './sqlite-driver.ts'

export const SQLITE_CONSOLE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS console_minutes (
  minute INTEGER NOT NULL,
  series TEXT NOT NULL,
  label TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (minute, series, label)
) WITHOUT ROWID;
-- One series over a day (unmatched, match keys) without reading every other series' rows.
CREATE INDEX IF NOT EXISTS console_minutes_series ON console_minutes (series, minute);
CREATE TABLE IF NOT EXISTS console_live (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  event_name TEXT NOT NULL,
  status TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  consent TEXT NOT NULL,
  warnings TEXT NOT NULL,
  event_json TEXT NOT NULL
);
`

/**
 * The ConsoleStatsStore over SQLite. `inCommit` runs its function in the relay's next group-commit transaction (the
 * one connection of the file; reads go there too, as the circuits' do), failures already typed by sqlite-store.ts.
 */
export function sqliteConsoleStats(inCommit: <R>(fn: (db: SqlDatabase) => R) => Promise<R>): ConsoleStatsStore {
  const write = inCommit
  const read = inCommit
  return {
    add: (counts) =>
      write((db) => {
        const add = db.prepare(
          `INSERT INTO console_minutes (minute, series, label, count) VALUES (?, ?, ?, ?)
           ON CONFLICT (minute, series, label) DO UPDATE SET count = count + excluded.count`
        )
        for (const c of counts) add.run(c.minute, c.series, c.label, c.count)
      }),
    read: (since, opts = {}) =>
      read((db) => {
        const bucket = opts.bucketMs ?? 60_000
        return db
          .prepare<MinuteCount>(
            `SELECT (minute / CAST(? AS INTEGER)) * CAST(? AS INTEGER) AS minute, series, label, sum(count) AS count
             FROM console_minutes
             WHERE minute >= ? AND (? IS NULL OR series IN (SELECT value FROM json_each(?)))
             GROUP BY 1, series, label ORDER BY 1`
          )
          .all(bucket, bucket, since, opts.series ? 1 : null, JSON.stringify(opts.series ?? []))
          .map((r) => ({ ...r, minute: Number(r.minute), count: Number(r.count) }))
      }),
    addLive: (events, keep) =>
      write((db) => {
        const add = db.prepare(
          `INSERT INTO console_live (at, event_name, status, pipeline, consent, warnings, event_json)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        for (const e of events) {
          add.run(e.at, e.eventName, e.status, e.pipeline, e.consent, JSON.stringify(e.warnings), e.eventJson)
        }
        db.prepare(
          'DELETE FROM console_live WHERE id <= (SELECT id FROM console_live ORDER BY id DESC LIMIT 1 OFFSET ?)'
        ).run(keep)
      }),
    live: (filter, limit) =>
      read((db) =>
        db
          .prepare(
            `SELECT * FROM console_live WHERE (? IS NULL OR event_name = ?) AND (? IS NULL OR status = ?)
             ORDER BY id DESC LIMIT ?`
          )
          .all(filter.eventName ?? null, filter.eventName ?? null, filter.status ?? null, filter.status ?? null, limit)
          .map(liveOf)
      ),
    prune: (before) => write((db) => db.prepare('DELETE FROM console_minutes WHERE minute < ?').run(before).changes)
  }
}

/**
 * The console's per-minute counts and live-event ring (../console-stats.ts) in PostgreSQL, shared by every relay:
 * each adds its counts to the same (minute, series, label) rows, so every node's console shows the same numbers.
 * Schema: migration 4 (CONSOLE_MIGRATION, applied by migrations.ts).
 */
import { type ConsoleStatsStore, liveOf, type MinuteCount } from '../console-stats.ts'
import type { Connection } from './connect.ts'
import type { Migration } from './migrations.ts'

export const CONSOLE_MIGRATION: Migration = {
  version: 4,
  name: 'console: per-minute counts and live events',
  sql: `
CREATE TABLE console_minutes (
  minute bigint NOT NULL,
  series text NOT NULL,
  label text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (minute, series, label)
);
CREATE INDEX console_minutes_series ON console_minutes (series, minute);
CREATE TABLE console_live (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at bigint NOT NULL,
  event_name text NOT NULL,
  status text NOT NULL,
  pipeline text NOT NULL,
  consent text NOT NULL,
  warnings text NOT NULL,
  event_json text NOT NULL
);
`
}

/** Same rows in the same order from every relay: concurrent upserts lock rows in one order and never deadlock. */
const sorted = (counts: MinuteCount[]) =>
  [...counts].sort((a, b) => a.minute - b.minute || (a.series + a.label < b.series + b.label ? -1 : 1))

export function createConsoleStats(conn: Connection): ConsoleStatsStore {
  return {
    async add(counts) {
      if (counts.length === 0) return
      const rows = sorted(counts)
      await conn.transaction(
        (tx) =>
          tx.query(
            `INSERT INTO console_minutes (minute, series, label, count)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[])
             ON CONFLICT (minute, series, label) DO UPDATE SET count = console_minutes.count + EXCLUDED.count`,
            [rows.map((r) => r.minute), rows.map((r) => r.series), rows.map((r) => r.label), rows.map((r) => r.count)]
          ),
        { durable: false }
      )
    },
    async read(since, opts = {}) {
      const bucket = opts.bucketMs ?? 60_000
      const rows = await conn.query(
        `SELECT (minute / $1) * $1 AS minute, series, label, sum(count)::bigint AS count FROM console_minutes
         WHERE minute >= $2 AND ($3::text[] IS NULL OR series = ANY($3)) GROUP BY 1, series, label ORDER BY 1`,
        [bucket, since, opts.series ?? null]
      )
      return rows.map((r) => ({ minute: Number(r.minute), series: r.series, label: r.label, count: Number(r.count) }))
    },
    async addLive(events, keep) {
      await conn.transaction(
        async (tx) => {
          if (events.length > 0) {
            await tx.query(
              `INSERT INTO console_live (at, event_name, status, pipeline, consent, warnings, event_json)
               SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
              [
                events.map((e) => e.at),
                events.map((e) => e.eventName),
                events.map((e) => e.status),
                events.map((e) => e.pipeline),
                events.map((e) => e.consent),
                events.map((e) => JSON.stringify(e.warnings)),
                events.map((e) => e.eventJson)
              ]
            )
          }
          await tx.query(
            'DELETE FROM console_live WHERE id <= (SELECT id FROM console_live ORDER BY id DESC OFFSET $1 LIMIT 1)',
            [keep]
          )
        },
        { durable: false }
      )
    },
    async live(filter, limit) {
      const rows = await conn.query(
        `SELECT * FROM console_live WHERE ($1::text IS NULL OR event_name = $1) AND ($2::text IS NULL OR status = $2)
         ORDER BY id DESC LIMIT $3`,
        [filter.eventName ?? null, filter.status ?? null, limit]
      )
      return rows.map(liveOf)
    },
    prune: (before) =>
      conn.transaction(
        async (tx) => (await tx.query('DELETE FROM console_minutes WHERE minute < $1', [before])).rowCount ?? 0
      )
  }
}

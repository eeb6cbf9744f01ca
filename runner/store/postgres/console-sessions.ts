/**
 * The console's signed-in sessions (../console-sessions.ts) in PostgreSQL: one table every relay reads, so a sign-out
 * on one relay ends the session on all of them. Schema: migration 5 (CONSOLE_SESSIONS_MIGRATION).
 */
import type { ConsoleSessionStore } from '../console-sessions.ts'
import type { Connection } from './connect.ts'
import type { Migration } from './migrations.ts'

export const CONSOLE_SESSIONS_MIGRATION: Migration = {
  version: 5,
  name: 'console: signed-in sessions',
  sql: 'CREATE TABLE console_sessions (key text PRIMARY KEY, expires_at bigint NOT NULL);'
}

export function createConsoleSessions(conn: Connection): ConsoleSessionStore {
  return {
    async open(key, expiresAt, now) {
      await conn.transaction(async (tx) => {
        await tx.query('DELETE FROM console_sessions WHERE expires_at <= $1', [now])
        await tx.query(
          `INSERT INTO console_sessions (key, expires_at) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
          [key, expiresAt]
        )
      })
    },
    isOpen: async (key, now) =>
      (await conn.query('SELECT 1 FROM console_sessions WHERE key = $1 AND expires_at > $2', [key, now])).length > 0,
    end: (key) =>
      conn.transaction(
        async (tx) => (await tx.query('DELETE FROM console_sessions WHERE key = $1', [key])).rowCount === 1
      )
  }
}

/**
 * The console's signed-in sessions (runner/console/session.ts), kept in the store so that signing out ends a session
 * for real: a copied cookie stops working at once, on every relay that shares the store. A session is known only by
 * its key, the SHA-256 (hex) of the random id its cookie carries: a reader of the store cannot rebuild a cookie.
 */
import type { SqlDatabase } from './sqlite-driver.ts'

export interface ConsoleSessionStore {
  /** Records a signed-in session, open until `expiresAt` (epoch ms); sessions already expired at `now` are deleted. */
  open(key: string, expiresAt: number, now: number): Promise<void>
  /** Whether the session is open at `now`: opened on any relay, not ended, not expired. */
  isOpen(key: string, now: number): Promise<boolean>
  /** Ends the session (sign-out) on every relay of the store; true when it was open. */
  end(key: string): Promise<boolean>
}

export const SQLITE_CONSOLE_SESSIONS_SQL = `
CREATE TABLE IF NOT EXISTS console_sessions (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID;
`

/** The ConsoleSessionStore over SQLite; `inCommit` as sqliteConsoleStats takes it (the file's one connection). */
export function sqliteConsoleSessions(inCommit: <R>(fn: (db: SqlDatabase) => R) => Promise<R>): ConsoleSessionStore {
  return {
    open: (key, expiresAt, now) =>
      inCommit((db) => {
        db.prepare('DELETE FROM console_sessions WHERE expires_at <= ?').run(now)
        db.prepare('INSERT OR REPLACE INTO console_sessions (key, expires_at) VALUES (?, ?)').run(key, expiresAt)
      }),
    isOpen: (key, now) =>
      inCommit(
        (db) =>
          db.prepare('SELECT 1 AS open FROM console_sessions WHERE key = ? AND expires_at > ?').all(key, now).length > 0
      ),
    end: (key) => inCommit((db) => db.prepare('DELETE FROM console_sessions WHERE key = ?').run(key).changes === 1)
  }
}

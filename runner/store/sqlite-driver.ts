/**
 * The one place that knows which SQLite binding the runtime has: bun:sqlite on Bun, node:sqlite on Deno (Deno 2)
 * with npm better-sqlite3 as the fallback, better-sqlite3 on Node 20 (which has no node:sqlite). Everything above
 * this file talks to the tiny `SqlDatabase` interface, so the store code is the same on all three runtimes.
 */

export type SqlValue = string | number | bigint | null | Uint8Array
export interface SqlStatement<T = Record<string, any>> {
  run(...params: SqlValue[]): { changes: number }
  all(...params: SqlValue[]): T[]
  get(...params: SqlValue[]): T | undefined
}
export interface SqlDatabase {
  exec(sql: string): void
  /** Statements are cached by SQL text: callers prepare freely in hot paths. */
  prepare<T = Record<string, any>>(sql: string): SqlStatement<T>
  /** BEGIN IMMEDIATE ... COMMIT (ROLLBACK on throw): one write transaction, the same on every binding. */
  transaction<T>(fn: () => T): T
  close(): void
}

interface RawStatement {
  run(...params: unknown[]): { changes: number | bigint }
  all(...params: unknown[]): unknown[]
  get(...params: unknown[]): unknown
}
interface RawDatabase {
  exec(sql: string): unknown
  prepare(sql: string): RawStatement
  close(): unknown
}

function wrap(raw: RawDatabase): SqlDatabase {
  const cache = new Map<string, SqlStatement<any>>()
  let depth = 0
  const db: SqlDatabase = {
    exec: (sql) => void raw.exec(sql),
    prepare<T>(sql: string): SqlStatement<T> {
      let stmt = cache.get(sql)
      if (stmt) return stmt as SqlStatement<T>
      const s = raw.prepare(sql)
      stmt = {
        run: (...p) => ({ changes: Number(s.run(...p).changes) }),
        all: (...p) => s.all(...p) as any[],
        // bun:sqlite answers null for "no row"; the others undefined.
        get: (...p) => (s.get(...p) ?? undefined) as any
      }
      cache.set(sql, stmt)
      return stmt as SqlStatement<T>
    },
    transaction(fn) {
      // Nested calls join the outer transaction (SQLite has no nested BEGIN).
      if (depth > 0) return fn()
      raw.exec('BEGIN IMMEDIATE')
      depth++
      try {
        const out = fn()
        raw.exec('COMMIT')
        return out
      } catch (err) {
        raw.exec('ROLLBACK')
        throw err
      } finally {
        depth--
      }
    },
    close: () => {
      cache.clear()
      raw.close()
    }
  }
  return db
}

async function openBetterSqlite(path: string): Promise<RawDatabase> {
  const mod: any = await import('better-sqlite3')
  const Database = mod.default ?? mod
  return new Database(path) as RawDatabase
}

/** Opens (creating if needed) the database file with the binding this runtime has. */
export async function openSqlite(path: string): Promise<SqlDatabase> {
  const g = globalThis as { Bun?: unknown; Deno?: unknown }
  if (g.Bun) {
    const { Database } = await import('bun:sqlite')
    return wrap(new Database(path, { create: true, strict: true }) as unknown as RawDatabase)
  }
  if (g.Deno) {
    try {
      const { DatabaseSync } = (await import('node:sqlite' as string)) as {
        DatabaseSync: new (p: string) => RawDatabase
      }
      return wrap(new DatabaseSync(path))
    } catch {
      return wrap(await openBetterSqlite(path))
    }
  }
  return wrap(await openBetterSqlite(path))
}

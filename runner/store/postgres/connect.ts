/**
 * The PostgreSQL connection pool (postgres.js, the same on Bun, Deno and Node) and the two rules every query of the
 * store follows: failures that pass (server down, restarting, out of connections) reject as StoreUnavailableError
 * whose message names no URL or password; and a transaction whose COMMIT was never sent is retried at once on
 * another connection when its connection turned out dead (after `pg_ctl restart` every pooled connection fails once).
 * A failure after COMMIT was sent is never retried: it may have committed, and the caller must not be told "no"
 * for work that is done... nor "yes" for work that may not be; it gets StoreUnavailableError (intake's claims make
 * the client's retry safe either way).
 */
import postgres from 'postgres'
import { StoreClosedError, StoreUnavailableError, withoutSecrets } from '../store-errors.ts'

export type Sql = postgres.Sql<Record<string, never>>
/** The scoped client of one transaction. */
export type Tx = postgres.TransactionSql<Record<string, never>>

export interface PostgresOptions {
  /** Pooled connections (default 10). */
  maxConnections?: number
  /** Seconds to wait for a connection before a query fails as unavailable (default 5). */
  connectTimeoutSeconds?: number
}

export interface Connection {
  sql: Sql
  /** The URL without its password, for logs. */
  location: string
  /** Runs `fn` in one transaction (see the file comment for retries); failures come back typed. */
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>
  /** One statement outside a transaction (reads), retried like a transaction that never committed. */
  query<R>(fn: (sql: Sql) => Promise<R>): Promise<R>
  /** Turns any failure into the store's typed errors (for work done on a reserved connection). */
  typed(err: unknown): unknown
  close(): Promise<void>
}

/** postgres://user:***@host:port/db: what a log may say about the database. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://(unparseable URL)'
  }
}

function passwordOf(url: string): string | undefined {
  try {
    const p = new URL(url).password
    return p ? decodeURIComponent(p) : undefined
  } catch {
    return undefined
  }
}

/** Socket and driver codes of a connection that failed or died. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT'
])
/** Of those, the ones that mean "no server there now": retrying at once cannot help. */
const CANNOT_CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'CONNECT_TIMEOUT', '57P03', 'EHOSTUNREACH'])

/**
 * SQLSTATEs that pass: 08 connection exceptions, 57P01-57P03 shutdown / crash / starting up, 53 out of resources
 * (disk full, too many connections), 40001/40P01 serialization failure and deadlock, 25006 a read-only standby
 * (after a failover, until the pool reaches the new primary), 55P03 lock not available.
 */
function isTransientSqlState(code: string): boolean {
  return (
    code.startsWith('08') ||
    code.startsWith('53') ||
    ['57P01', '57P02', '57P03', '40001', '40P01', '25006', '55P03'].includes(code)
  )
}

/** A deadlock or serialization failure rolled the transaction back: running it again is the documented remedy. */
const RETRY_IN_PLACE = new Set(['40001', '40P01'])

export function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** A connection-level failure on a connection that had been working: another connection may well succeed. */
const diedUnderUs = (err: unknown) => {
  const code = codeOf(err)
  return (
    (CONNECTION_CODES.has(code) || ['57P01', '57P02', '08006', '08003'].includes(code)) && !CANNOT_CONNECT.has(code)
  )
}

export function connect(url: string, options: PostgresOptions = {}): Connection {
  const secrets = [url, passwordOf(url)]
  let closed = false
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    // Reconnect now and then, so a pool follows a failover's DNS change and never ages.
    max_lifetime: 60 * 30,
    idle_timeout: 60,
    onnotice: () => {},
    connection: {
      application_name: 'tiktok-events-relay',
      // A 200 means COMMIT returned after the WAL reached the disk, whatever the server's default.
      synchronous_commit: 'on',
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000
    },
    // bigint columns hold epoch milliseconds and ids, all far below 2^53.
    types: {
      int8: { to: 20, from: [20], serialize: (v: number) => String(v), parse: (v: string) => Number(v) }
    } as never
  }) as unknown as Sql

  const typed = (err: unknown): unknown => {
    if (err instanceof StoreUnavailableError || err instanceof StoreClosedError) return err
    const code = codeOf(err)
    if (closed || code === 'CONNECTION_ENDED') return new StoreClosedError()
    if (CONNECTION_CODES.has(code) || isTransientSqlState(code)) {
      const detail = withoutSecrets(String((err as Error)?.message ?? err), secrets)
      return new StoreUnavailableError(`PostgreSQL: ${detail} (${code})`, { code })
    }
    if (err instanceof Error) err.message = withoutSecrets(err.message, secrets)
    return err
  }

  /** Dead pooled connections fail one by one: one more try than there are connections reaches a fresh one. */
  const attempts = (options.maxConnections ?? 10) + 1

  return {
    sql,
    location: redactUrl(url),
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        if (closed) throw new StoreClosedError()
        let commitSent = false
        try {
          return (await sql.begin(async (tx) => {
            const out = await fn(tx as unknown as Tx)
            commitSent = true
            return out
          })) as Awaited<ReturnType<typeof fn>>
        } catch (err) {
          if (!commitSent && (diedUnderUs(err) || RETRY_IN_PLACE.has(codeOf(err))) && attempt < attempts) continue
          throw typed(err)
        }
      }
    },
    async query(fn) {
      for (let attempt = 1; ; attempt++) {
        if (closed) throw new StoreClosedError()
        try {
          return await fn(sql)
        } catch (err) {
          if (diedUnderUs(err) && attempt < attempts) continue
          throw typed(err)
        }
      }
    },
    typed,
    async close() {
      if (closed) return
      closed = true
      await sql.end({ timeout: 5 })
    }
  }
}

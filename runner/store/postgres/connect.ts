/**
 * The PostgreSQL connection pool (node-postgres `pg`, the same on Bun, Deno and Node) and the two rules every query
 * of the store follows: failures that pass (server down or restarting, out of connections, a failover) reject as
 * StoreUnavailableError whose message names no URL or password; and a transaction whose COMMIT was never sent is
 * retried at once on another connection when its connection turned out dead (after `pg_ctl restart` each pooled
 * connection fails once). A failure after COMMIT was sent is never retried, since it may have committed: the caller
 * gets StoreUnavailableError (intake's message claims make the client's retry safe either way).
 */
import pg from 'pg'
import { StoreClosedError, StoreUnavailableError, withoutSecrets } from '../store-errors.ts'

/** What the store's code queries through: the pool, a transaction's client, or a reserved client. */
export interface Db {
  query<T = Record<string, any>>(text: string, values?: unknown[]): Promise<{ rows: T[]; rowCount: number | null }>
}

export interface PostgresOptions {
  /** Pooled connections (default 10). */
  maxConnections?: number
  /** Milliseconds to wait for a connection before an operation fails as unavailable (default 5000). */
  connectTimeoutMs?: number
}

/** A pooled client kept for one job (a session advisory lock); give it back with release(). */
export interface Reserved extends Db {
  release(broken?: boolean): void
}

export interface Connection {
  /** The URL without its password, for logs. */
  location: string
  /**
   * Runs `fn` in one transaction (see the file comment for retries); failures come back typed. `durable: false`
   * lets COMMIT return before its WAL is flushed (the delivery worker's leases and acks, as in the SQLite store: after
   * a crash of the server an ack may be lost and the event is sent again with its event_id, which TikTok drops).
   * `byIndex` keeps the planner on index scans: the queue's partitions fill in bursts, faster than autovacuum gathers
   * their statistics, and a partition estimated empty was read whole and sorted for every lease of 1,000 rows.
   */
  transaction<R>(fn: (tx: Db) => Promise<R>, options?: { durable?: boolean; byIndex?: boolean }): Promise<R>
  /** One statement outside a transaction (reads), retried like a transaction that never committed. */
  query<T = Record<string, any>>(text: string, values?: unknown[]): Promise<T[]>
  reserve(): Promise<Reserved>
  /** Turns any failure into the store's typed errors. */
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

export function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** Socket errors of a connection that failed or died. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])
const NAME_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN'])
/** node-postgres says these in words only. */
const CONNECTION_LOST =
  /Connection terminated|not queryable|Client was closed|timeout exceeded when trying to connect|Query read timeout/
/**
 * SQLSTATEs that pass: 08 connection exceptions, 57P01-57P03 shutdown / crash / starting up, 53 out of resources
 * (disk full, too many connections), 40001/40P01 serialization failure and deadlock, 25006 a read-only standby
 * (after a failover, until the pool reaches the new primary), 55P03 lock not available.
 */
const transientSqlState = (code: string) =>
  code.startsWith('08') ||
  code.startsWith('53') ||
  ['57P01', '57P02', '57P03', '40001', '40P01', '25006', '55P03'].includes(code)

/** A connection that had worked died under this operation: another connection may well succeed. */
const diedUnderUs = (err: unknown) => {
  const code = codeOf(err)
  if (['ECONNRESET', 'EPIPE', '57P01', '57P02', '08006', '08003'].includes(code)) return true
  return !code && CONNECTION_LOST.test(String((err as Error)?.message)) && !/timeout exceeded/.test(String(err))
}
/** A deadlock or serialization failure rolled the transaction back: running it again is the documented remedy. */
const RETRY_IN_PLACE = new Set(['40001', '40P01'])

export function connect(url: string, options: PostgresOptions = {}): Connection {
  const secrets = [url, passwordOf(url)]
  let closed = false
  const max = options.maxConnections ?? 10
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 60_000,
    // Reconnect now and then, so a pool follows a failover's DNS change and never ages.
    maxLifetimeSeconds: 30 * 60,
    application_name: 'tiktok-events-relay',
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    // A resolved write means COMMIT returned after the WAL reached the disk, whatever the server's default. No JIT:
    // every statement here is short, and a transaction that turns scans off (byIndex) has a plan cost far above
    // jit_above_cost, so the heartbeat's one-row DELETE was compiled by LLVM each second, 250-400 ms of server CPU.
    options: '-c synchronous_commit=on -c jit=off',
    // bigint columns hold epoch milliseconds and ids, all far below 2^53.
    types: {
      getTypeParser: ((oid: number, format: 'text' | 'binary') =>
        oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
    }
  })
  // An idle pooled connection the server ended (a restart): the pool drops it; nothing else to do.
  pool.on('error', () => {})
  // A connection that dies while checked out reports to its running query; but the server's goodbye ("terminating
  // connection due to administrator command", 57P01) may also arrive as an 'error' event after that query failed,
  // when the client is already on its way out of the pool. An 'error' event nobody listens to is an uncaught
  // exception that would end the relay: every client keeps a listener for its whole life.
  pool.on('connect', (client) => {
    client.on('error', () => {})
  })

  const typed = (err: unknown): unknown => {
    if (err instanceof StoreUnavailableError || err instanceof StoreClosedError) return err
    const code = codeOf(err)
    const message = String((err as Error)?.message ?? err)
    if (closed || /after calling end on the pool/.test(message)) return new StoreClosedError()
    if (
      SOCKET_CODES.has(code) ||
      NAME_CODES.has(code) ||
      transientSqlState(code) ||
      (!code && CONNECTION_LOST.test(message))
    ) {
      const detail = withoutSecrets(message, secrets)
      return new StoreUnavailableError(`PostgreSQL: ${detail}${code ? ` (${code})` : ''}`, code ? { code } : {})
    }
    if (err instanceof Error) err.message = withoutSecrets(err.message, secrets)
    return err
  }

  /** Dead pooled connections fail one by one: one more try than there are connections reaches a fresh one. */
  const attempts = max + 1

  async function checkout(): Promise<pg.PoolClient> {
    if (closed) throw new StoreClosedError()
    const client = await pool.connect()
    return client
  }

  return {
    location: redactUrl(url),
    async transaction(fn, { durable = true, byIndex = false } = {}) {
      const begin = [
        'BEGIN',
        ...(durable ? [] : ['SET LOCAL synchronous_commit TO off']),
        ...(byIndex
          ? [
              'SET LOCAL enable_seqscan TO off',
              'SET LOCAL enable_bitmapscan TO off',
              'SET LOCAL enable_sort TO off',
              'SET LOCAL plan_cache_mode TO force_generic_plan'
            ]
          : [])
      ].join('; ')
      for (let attempt = 1; ; attempt++) {
        let commitSent = false
        let client: pg.PoolClient | undefined
        // The client's own 'error' event (its connection died while it was ours) is answered by the failing query.
        const ignore = () => {}
        try {
          client = await checkout()
          client.on('error', ignore)
          await client.query(begin)
          const out = await fn(client)
          commitSent = true
          await client.query('COMMIT')
          client.removeListener('error', ignore)
          client.release()
          return out
        } catch (err) {
          if (client) {
            client.removeListener('error', ignore)
            // A client whose connection failed is destroyed, not pooled; one that only met an SQL error rolls back.
            if (diedUnderUs(err) || commitSent) client.release(true)
            else
              await client.query('ROLLBACK').then(
                () => client!.release(),
                () => client!.release(true)
              )
          }
          if (!commitSent && (diedUnderUs(err) || RETRY_IN_PLACE.has(codeOf(err))) && attempt < attempts) continue
          throw typed(err)
        }
      }
    },
    async query(text, values) {
      for (let attempt = 1; ; attempt++) {
        if (closed) throw new StoreClosedError()
        try {
          return (await pool.query(text, values)).rows
        } catch (err) {
          if (diedUnderUs(err) && attempt < attempts) continue
          throw typed(err)
        }
      }
    },
    async reserve() {
      let client: pg.PoolClient
      try {
        client = await checkout()
      } catch (err) {
        throw typed(err)
      }
      const ignore = () => {}
      client.on('error', ignore)
      return {
        query: (text, values) => client.query(text, values),
        release(broken) {
          client.removeListener('error', ignore)
          client.release(broken)
        }
      } as Reserved
    },
    typed,
    async close() {
      if (closed) return
      closed = true
      await pool.end()
    }
  }
}

/**
 * The embedded SQLite store (relay-store.ts) behind the asynchronous Store interface. Its own additions live in two
 * tables of the same file: message claims, committed in the same group-commit transaction as their events (so a
 * commit that fails frees them), and the per-pixel circuits (sqlite-circuits.ts). Everything else maps onto relay-store.ts; SQLite's
 * failures that pass (a full disk, a locked or unreadable file) reject as StoreUnavailableError.
 */

import { SQLITE_CONSOLE_SESSIONS_SQL, sqliteConsoleSessions } from './console-sessions.ts'
import { insertEvents } from './insert-events.ts'
import { openRelayStore, type RelayStore, type StoreOptions } from './relay-store.ts'
import { SQLITE_CIRCUITS_SQL, sqliteCircuits, upgradeCircuitsTable } from './sqlite-circuits.ts'
import { SQLITE_CONSOLE_SCHEMA_SQL, sqliteConsoleStats } from './sqlite-console-stats.ts'
import type { SqlDatabase } from './sqlite-driver.ts'
import { StoreClosedError, StoreUnavailableError } from './store-errors.ts'
import { DEFAULT_DEDUP_WINDOW_MS, type EnqueueRequest, type EnqueueResult, type Store } from './store-interface.ts'
import { distinctClaims } from './store-keys.ts'

/**
 * message_claims is keyed by the 16 bytes of a claim key (store-keys.ts) as a BLOB, not its 32 hex digits as TEXT:
 * the keys are random, so a commit rewrites one index page per claim once the index is larger than the commit, and
 * a smaller entry means fewer pages to rewrite (docs/performance.md, import: ~40% fewer bytes written a claim).
 */
export const SQLITE_ADDED_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS message_claims (key BLOB PRIMARY KEY, claimed_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS message_claims_claimed_at ON message_claims (claimed_at);
`

export interface SqliteStoreOptions extends StoreOptions {
  /** How long a messageId stays claimed (default DEFAULT_DEDUP_WINDOW_MS). */
  dedupWindowMs?: number
}

const PRUNE_CHUNK = 5000
const TRANSIENT =
  /SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CANTOPEN|NOMEM)|disk is full|disk I\/O error|database is locked/

/** SQLite errors that pass by themselves become StoreUnavailableError; the rest (bugs) stay as they are. */
function typed(err: unknown): unknown {
  const text = `${(err as { code?: unknown })?.code ?? ''} ${(err as Error)?.message ?? ''}`
  if (err instanceof StoreUnavailableError || err instanceof StoreClosedError) return err
  if (/relay store is closed/.test(text)) return new StoreClosedError()
  if (TRANSIENT.test(text)) return new StoreUnavailableError(`SQLite: ${(err as Error).message}`)
  return err
}

/**
 * A data dir whose message_claims predates BLOB keys (32 hex digits as TEXT) gets them converted in place, inside the
 * opening transaction: every claim it held still holds. unhex() is SQLite 3.41+ (Bun, Deno and better-sqlite3 all
 * bundle a newer one).
 */
function blobClaimKeys(db: SqlDatabase): void {
  const key = db
    .prepare<{ type: string }>("SELECT type FROM pragma_table_info('message_claims') WHERE name = 'key'")
    .get()
  if (!key || key.type.toUpperCase() === 'BLOB') return
  db.exec(`ALTER TABLE message_claims RENAME TO message_claims_text;
    DROP INDEX IF EXISTS message_claims_claimed_at;
    CREATE TABLE message_claims (key BLOB PRIMARY KEY, claimed_at INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO message_claims (key, claimed_at) SELECT unhex(key), claimed_at FROM message_claims_text ORDER BY key;
    DROP TABLE message_claims_text;`)
}

/** Claims and queues in the caller's transaction: a claim newer than the window makes its message a duplicate. */
function claimAndInsert(db: SqlDatabase, request: EnqueueRequest, now: number, windowMs: number): EnqueueResult {
  const claims = request.claims ?? []
  const { keys, keyIndex } = distinctClaims(claims)
  const claim = db.prepare(
    `INSERT INTO message_claims (key, claimed_at) VALUES (unhex(?), ?)
     ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at WHERE message_claims.claimed_at < ?`
  )
  const claimedAt = now + Math.max(0, (request.claimHoldMs ?? 0) - windowMs)
  // Hex order is byte order: the keys stay sorted, so the index is walked once, left to right. SQLite's unhex() makes
  // the 16 bytes (a JavaScript Buffer per key cost more than the insert's own binding).
  const fresh = keys.map((key) => claim.run(key, claimedAt, now - windowMs).changes === 1)
  const duplicates = keyIndex.flatMap((k, i) => (k < 0 || !fresh[k] ? [i] : []))
  const dup = new Set(duplicates)
  const items = request.items.filter((item) => item.claim === undefined || !dup.has(item.claim))
  insertEvents(db, items, now)
  return { duplicates, enqueued: items.length }
}

/** Opens (creating if needed) the SQLite store in `dir` behind the Store interface; errors as openRelayStore's. */
export async function openSqliteStore(dir: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return sqliteStoreOver(await openRelayStore(dir, options), options)
}

/**
 * The Store interface over an open RelayStore (the relay process opens its file once and hands the same connection to
 * intake and delivery). Closing the Store closes `relay`.
 */
export async function sqliteStoreOver(relay: RelayStore, options: SqliteStoreOptions = {}): Promise<Store> {
  const windowMs = options.dedupWindowMs ?? DEFAULT_DEDUP_WINDOW_MS
  let closed = false
  /** Runs a store call, turning its failures into typed ones; rejects at once once closed. */
  const call = async <R>(fn: () => R | Promise<R>): Promise<R> => {
    if (closed) throw new StoreClosedError()
    try {
      return await fn()
    } catch (err) {
      throw typed(err)
    }
  }
  const inCommit = <R>(write: (db: SqlDatabase, now: number) => R) => call(() => relay.inCommit(write))
  try {
    await relay.inCommit((db) => {
      blobClaimKeys(db)
      db.exec(SQLITE_ADDED_SCHEMA_SQL + SQLITE_CIRCUITS_SQL + SQLITE_CONSOLE_SCHEMA_SQL + SQLITE_CONSOLE_SESSIONS_SQL)
      upgradeCircuitsTable(db)
    })
  } catch (err) {
    relay.close()
    throw typed(err)
  }
  const q = relay.queue

  return {
    kind: 'sqlite',
    location: relay.path,
    enqueue: (request) => inCommit((db, now) => claimAndInsert(db, request, now, windowMs)),
    profiles: {
      get: (ids) => call(() => relay.profiles.get(ids)),
      getMany: (list) => call(() => list.map((ids) => relay.profiles.get(ids))),
      async merge(ids, profile) {
        await call(() => relay.profiles.merge(ids, profile))
        // Buffered profile writes ride the next group commit: resolve once it is durable.
        await inCommit(() => undefined)
      },
      async alias(previousId, userId) {
        await call(() => relay.profiles.alias(previousId, userId))
        await inCommit(() => undefined)
      }
    },
    queue: {
      lease: (owner, limit, now, leaseUntil, filter) => call(() => q.lease(owner, limit, now, leaseUntil, filter)),
      renew: (owner, ids, leaseUntil) => call(() => q.renew(owner, ids, leaseUntil)),
      ack: (ids) => call(() => q.ack(ids)),
      reschedule: (ids, availableAt, failed) => call(() => q.reschedule(ids, availableAt, failed)),
      deadLetter: (ids, failure, now) => call(() => q.deadLetter(ids, failure, now)),
      heartbeat: (owner, now) => call(() => q.heartbeat(owner, now)),
      reclaimStale: (staleBefore) => call(() => q.reclaimStale(staleBefore)),
      releaseExpired: (now) => call(() => q.releaseExpired(now)),
      removeOwner: (owner) => call(() => q.removeOwner(owner)),
      depth: () => call(() => q.depth()),
      firstInLineEnqueuedAt: () => call(() => q.firstInLineEnqueuedAt())
    },
    circuits: sqliteCircuits(inCommit),
    deadLetters: {
      count: (filter) => call(() => relay.deadLetters.count(filter)),
      list: (filter, limit) => call(() => relay.deadLetters.list(filter, limit)),
      replay: (filter, now) => call(() => relay.deadLetters.replay(filter, now))
    },
    dryRun: {
      record: (req, ids, now) => call(() => relay.dryRun.record(req, ids, now)),
      latest: (n) => call(() => relay.dryRun.latest(n)),
      count: () => call(() => relay.dryRun.count())
    },
    consoleStats: sqliteConsoleStats(inCommit),
    consoleSessions: sqliteConsoleSessions(inCommit),
    status: (now) => call(() => relay.status(now)),
    readCounters: () => call(() => relay.status().counters),
    onEnqueued: (listener) => relay.onEnqueued(listener),
    async prune(limits, now = Date.now()) {
      const pruned = await call(() => relay.prune(limits, now))
      let claims = 0
      for (;;) {
        const n = await inCommit(
          (db) =>
            db
              .prepare(
                'DELETE FROM message_claims WHERE key IN (SELECT key FROM message_claims WHERE claimed_at < ? LIMIT ?)'
              )
              .run(now - windowMs, PRUNE_CHUNK).changes
        )
        claims += n
        if (n < PRUNE_CHUNK) break
      }
      // SQLite's write lock already lets one writer at a time delete a row, so every caller prunes.
      return { ...pruned, claims, ranHere: true }
    },
    probe: () => call(() => relay.probe()),
    async close() {
      if (closed) return
      closed = true
      relay.close()
    }
  }
}

/**
 * The runner's durable store: one SQLite file per data dir (WAL), shared by intake (enqueue, profiles) and the
 * delivery worker (queue, dead letters, dry-run requests, counters). Same code on Bun, Deno and Node; only
 * sqlite-driver.ts knows the binding. Tokens never reach it: a row names its route, the token stays in memory.
 */
import type { EventSource, TikTokEvent } from '../../destinations/tiktok/core/contract.ts'
import { createLogger, type Logger } from '../log.ts'
import { startCheckpointer } from './checkpointer.ts'
import { addToCounter, type CounterName, readCounters } from './counters.ts'
import { createDeadLetters, type DeadLetters } from './dead-letters.ts'
import { createDryRunRequests, type DryRunRequests } from './dry-run-requests.ts'
import { logFileModes, tightenStoreFiles } from './file-modes.ts'
import { createGroupCommit } from './group-commit.ts'
import { insertEvents } from './insert-events.ts'
import { checkDataDir, explainSqliteError } from './open-checks.ts'
import { createProfilesTable } from './profiles-table.ts'
import { type Pruned, pruneExpired, type RetentionLimits } from './prune-expired.ts'
import { createDeliveryQueue, type DeliveryQueue } from './queue-table.ts'
import { applySchema } from './schema.ts'
import { openSqlite, type SqlDatabase } from './sqlite-driver.ts'
import { createWalSync } from './wal-sync.ts'

export interface DeliveryRoute {
  routeId: string
  pixelCode: string
  eventSource: EventSource
  testEventCode?: string
}

/** Already-hashed match keys (SHA-256 hex) and plain city/state/country, merged across identify calls. */
export interface HashedProfile {
  email?: string[]
  phone?: string[]
  external_id?: string[]
  first_name?: string
  last_name?: string
  zip_code?: string
  city?: string
  state?: string
  country?: string
}

export interface EnqueueItem {
  route: DeliveryRoute
  event: TikTokEvent
}

export interface StoreStatus {
  queueDepth: number
  leased: number
  oldestEnqueuedAt: number | null
  deadLetters: number
  dryRunRequests: number
  counters: Record<CounterName, number>
}

export interface RelayStore {
  /**
   * Resolves only after the SQLite commit reached stable storage; concurrent calls share one transaction per tick
   * and one log sync (group commit).
   */
  enqueue(items: EnqueueItem[]): Promise<void>
  profiles: {
    get(ids: { userId?: string; anonymousId?: string }): HashedProfile | undefined
    merge(ids: { userId?: string; anonymousId?: string }, profile: HashedProfile): void
    alias(previousId: string, userId: string): void
  }
  /** The delivery worker's side of the queue. */
  queue: DeliveryQueue
  deadLetters: DeadLetters
  dryRun: DryRunRequests
  status(now?: number): StoreStatus
  /** Called after each commit that added ready events (wakes the worker without polling). */
  onEnqueued(listener: () => void): () => void
  /**
   * Runs `write` inside the next group-commit transaction, before that round's events; resolves with its result once
   * the commit is durable, or rejects with the round. The asynchronous store interface (sqlite-store.ts) commits
   * message claims together with their events through it.
   */
  inCommit<R>(write: (db: SqlDatabase, now: number) => R): Promise<R>
  readonly path: string
  /** Deletes dead letters and profiles past their retention (chunk by chunk); returns how many went. */
  prune(limits: RetentionLimits, now?: number): Promise<Pruned>
  /** One tiny write transaction, as intake's commits need: throws when the store cannot commit (for /healthz). */
  probe(): void
  close(): void
}

export const STORE_FILE = 'relay.sqlite'

/** SQLite opened, its schema applied, and one write committed: a read-only or locked database fails here. */
async function openWritable(path: string): Promise<SqlDatabase> {
  let db: SqlDatabase | undefined
  try {
    db = await openSqlite(path)
    applySchema(db)
    // A real write that changes nothing: a read-only or locked file fails here, and no counter moves.
    db.prepare(
      "INSERT INTO counters (name, value) VALUES ('health_probes', 0) ON CONFLICT (name) DO UPDATE SET value = value"
    ).run()
    return db
  } catch (err) {
    const busyMs = Number(db?.prepare<{ timeout: number }>('PRAGMA busy_timeout').get()?.timeout ?? 0)
    db?.close()
    throw explainSqliteError(path, err, busyMs)
  }
}

export interface StoreOptions {
  /**
   * Checkpoint the WAL from a thread of its own (the serving relay). Short-lived commands (status, replay) leave it
   * to SQLite's auto-checkpoint.
   */
  checkpointThread?: boolean
  /** Told when the checkpoint thread cannot start or fails later; the store goes on with SQLite's auto-checkpoint. */
  onCheckpointerError?: (err: unknown) => void
  /**
   * A bulk writer (`import`): commits of thousands of rows, each rewriting pages all over the message claims' index
   * (random keys). Its connection gets a larger page cache and checkpoints every ~200 MB of WAL instead of every
   * ~4 MB, so a claims page rewritten by many commits is copied into the database file once, not after each
   * commit (docs/performance.md). Durability is unchanged: a commit is durable once its WAL frames are synced.
   */
  bulkWrites?: boolean
  /**
   * Where the open says which store files it set to 0600, or could not (file-modes.ts). Default: JSON lines on
   * stderr, as the relay's own log.
   */
  log?: Pick<Logger, 'info' | 'warn'>
}

/** bulkWrites: page cache (KiB; ~+16 MB of RSS, within the import's 256 MB) and WAL pages between auto-checkpoints. */
const BULK_CACHE_KIB = 16_384
const BULK_CHECKPOINT_PAGES = 50_000
/**
 * Every connection that writes cuts the WAL file back to this size when it starts the log over: after an import
 * grew it to ~200 MB, a serving relay on the same data dir (the import's own close cannot remove the file while the
 * relay has it open) does not keep the file that large.
 */
const WAL_LIMIT_BYTES = 64 * 1024 * 1024

/**
 * Opens (creating if needed) the store in `dir`. Throws StoreOpenError naming the directory or file when the store
 * could not take an event: checked before anything listens (open-checks.ts), then by one real write transaction.
 */
export async function openRelayStore(dir: string, options: StoreOptions = {}): Promise<RelayStore> {
  const path = checkDataDir(dir, STORE_FILE)
  // Before SQLite opens the file: the -wal and -shm it makes take the database's mode.
  logFileModes(tightenStoreFiles([path, `${path}-wal`, `${path}-shm`]), options.log ?? createLogger())
  const db = await openWritable(path)
  db.exec(`PRAGMA journal_size_limit = ${WAL_LIMIT_BYTES}`)
  if (options.bulkWrites)
    db.exec(`PRAGMA cache_size = -${BULK_CACHE_KIB}; PRAGMA wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`)
  // Without the thread (it could not start, or a short-lived command) SQLite's auto-checkpoint does it all.
  const onError = options.onCheckpointerError ?? (() => {})
  const checkpointer = options.checkpointThread
    ? await startCheckpointer(path, onError).catch((err) => {
        onError(err)
        return undefined
      })
    : undefined
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const l of listeners) l()
  }

  let closed = false
  const walSync = createWalSync(path)
  let writes: Array<{ write: (db: SqlDatabase, now: number) => unknown; out?: unknown }> = []
  const commits = createGroupCommit<EnqueueItem>((items) => {
    if (closed) throw new Error('the relay store is closed')
    const now = Date.now()
    const round = writes
    writes = []
    db.transaction(() => {
      for (const w of round) w.out = w.write(db, now)
      insertEvents(db, items, now)
      profiles.flush(now)
    })
    if (items.length > 0 || round.length > 0) notify()
  }, walSync.durable)
  const profiles = createProfilesTable(db, () => commits.poke())

  return {
    enqueue: (items) => commits.add(items),
    profiles,
    queue: createDeliveryQueue(db),
    deadLetters: createDeadLetters(db, notify),
    dryRun: createDryRunRequests(db),
    status(now = Date.now()) {
      const q = db
        .prepare<{ n: number; leased: number; oldest: number | null }>(
          `SELECT count(*) AS n, count(lease_owner) AS leased,
             (SELECT min(enqueued_at) FROM queue_events) AS oldest FROM queue`
        )
        .get()!
      return {
        queueDepth: Number(q.n),
        leased: Number(q.leased),
        oldestEnqueuedAt: q.oldest === null ? null : Math.min(Number(q.oldest), now),
        deadLetters: Number(db.prepare<{ n: number }>('SELECT count(*) AS n FROM dead_letters').get()!.n),
        dryRunRequests: Number(db.prepare<{ n: number }>('SELECT count(*) AS n FROM dry_run_requests').get()!.n),
        counters: readCounters(db)
      }
    },
    onEnqueued(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async inCommit<R>(write: (db: SqlDatabase, now: number) => R): Promise<R> {
      const entry: { write: typeof write; out?: R } = { write }
      writes.push(entry as (typeof writes)[number])
      await commits.add([])
      return entry.out as R
    },
    path,
    prune: (limits, now = Date.now()) => pruneExpired(db, limits, now),
    probe() {
      if (closed) throw new Error('the relay store is closed')
      db.transaction(() => addToCounter(db, 'health_probes', 1))
    },
    close() {
      if (closed) return
      commits.flushNow()
      closed = true
      listeners.clear()
      db.close()
      void walSync.close()
      void checkpointer?.stop()
    }
  }
}

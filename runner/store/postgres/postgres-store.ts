/**
 * The shared PostgreSQL store: any number of relays on one database share the queue, hashed profiles, message
 * claims, dead letters, dry-run requests, counters and pixel circuits. Opening migrates the schema (migrations.ts)
 * and makes the queue's partitions ready (partitions.ts); a timer then keeps them ahead, retires drained ones and
 * compacts leftovers, in one relay at a time. Enqueues and profile writes share group-commit rounds (commit-rounds.ts,
 * write-round.ts); a resolved enqueue means its COMMIT returned with synchronous_commit on.
 */
import { randomInt } from 'node:crypto'
import { StoreClosedError } from '../store-errors.ts'
import { DEFAULT_DEDUP_WINDOW_MS, type EnqueueResult, type Store } from '../store-interface.ts'
import { createCircuits } from './circuits.ts'
import { createCommitRounds } from './commit-rounds.ts'
import { codeOf, connect, type PostgresOptions } from './connect.ts'
import { createConsoleSessions } from './console-sessions.ts'
import { createConsoleStats } from './console-stats.ts'
import { addCounter, COUNTER_SHARDS, countersFrom, READ_COUNTERS_SQL } from './counters.ts'
import { createDeadLetters } from './dead-letters.ts'
import { createDryRun } from './dry-run.ts'
import { migrate } from './migrations.ts'
import { DEFAULT_PARTITION_WIDTH, type MaintenanceReport, openPartitions } from './partitions.ts'
import { readProfiles } from './profiles.ts'
import { pruneExpired } from './prune.ts'
import { createQueue } from './queue.ts'
import { type RoundResult, type WriteEntry, weightOf, writeRound } from './write-round.ts'

export interface PostgresStoreOptions extends PostgresOptions {
  /** How long a messageId stays claimed (default DEFAULT_DEDUP_WINDOW_MS). */
  dedupWindowMs?: number
  /** Ids per queue partition, fixed by the relay that creates the schema (default 100,000). */
  partitionWidth?: number
  /** Group-commit rounds committing at once (default 2). */
  maxInFlightRounds?: number
  /** Partition upkeep interval (default 5 s); 0 leaves it to maintain(). */
  maintenanceEveryMs?: number
}

export interface PostgresStore extends Store {
  readonly kind: 'postgres'
  /** One round of partition upkeep now (the timer's work): retire drained partitions, compact leftovers. */
  maintain(): Promise<MaintenanceReport>
}

/** An insert met an id with no partition yet (faster than upkeep kept ahead): make them, then run the round again. */
const missingPartition = (err: unknown) =>
  codeOf(err) === '23514' && /no partition of relation/.test(String((err as Error)?.message))

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const conn = connect(url, options)
  const windowMs = options.dedupWindowMs ?? DEFAULT_DEDUP_WINDOW_MS
  let partitions: Awaited<ReturnType<typeof openPartitions>>
  try {
    const width = options.partitionWidth ?? DEFAULT_PARTITION_WIDTH
    await migrate(conn, { partition_width: String(width) })
    const [row] = await conn.query("SELECT value FROM store_settings WHERE name = 'partition_width'")
    partitions = await openPartitions(conn, Number(row!.value))
  } catch (err) {
    const typed = conn.typed(err)
    await conn.close()
    throw typed
  }
  // Each relay counts into one shard row of its own choosing (counters.ts).
  const shard = randomInt(COUNTER_SHARDS)
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const l of listeners) l()
  }
  let closed = false

  const commitRound = async (entries: WriteEntry[]): Promise<Array<EnqueueResult | undefined>> => {
    const now = Date.now()
    const run = () => conn.transaction((tx) => writeRound(tx, entries, now, windowMs))
    let out: RoundResult
    try {
      out = await run()
    } catch (err) {
      if (!missingPartition(err)) throw err
      await partitions.ensureFor((await partitions.nextId()) + entries.reduce((n, e) => n + weightOf(e), 0))
      out = await run()
    }
    if (out.enqueued > 0) notify()
    // Keep partitions ahead of the ids, off the commit path.
    if (out.maxId > 0 && !partitions.coveredBeyond(out.maxId)) void partitions.ensureFor(out.maxId).catch(() => {})
    return out.results
  }
  const rounds = createCommitRounds<WriteEntry, EnqueueResult | undefined>(commitRound, weightOf, {
    maxInFlight: options.maxInFlightRounds ?? 2,
    maxWeight: 5000
  })
  const write = (entry: WriteEntry) => (closed ? Promise.reject(new StoreClosedError()) : rounds.add(entry))

  let upkeep: Promise<unknown> | undefined
  const maintain = async () => {
    if (closed) throw new StoreClosedError()
    const run = partitions.maintain()
    upkeep = run.catch(() => {})
    return run
  }
  const every = options.maintenanceEveryMs ?? 5000
  const timer = every > 0 ? setInterval(() => void maintain().catch(() => {}), every) : undefined
  ;(timer as { unref?: () => void } | undefined)?.unref?.()

  return {
    kind: 'postgres',
    location: conn.location,
    enqueue: (request) => write({ kind: 'enqueue', request }) as Promise<EnqueueResult>,
    profiles: {
      get: async (ids) => (await readProfiles(conn, [ids]))[0],
      getMany: (list) => readProfiles(conn, list),
      merge: async (ids, profile) => void (await write({ kind: 'merge', ids, profile })),
      alias: async (previousId, userId) => void (await write({ kind: 'alias', previousId, userId }))
    },
    queue: createQueue(conn, shard),
    circuits: createCircuits(conn),
    deadLetters: createDeadLetters(conn, partitions, shard, notify),
    dryRun: createDryRun(conn, shard),
    consoleStats: createConsoleStats(conn),
    consoleSessions: createConsoleSessions(conn),
    async status(now = Date.now()) {
      const [q] = await conn.query<{ n: number; leased: number; oldest: number | null }>(
        'SELECT count(*) AS n, count(lease_owner) AS leased, min(enqueued_at) AS oldest FROM queue'
      )
      const [d] = await conn.query('SELECT count(*) AS n FROM dead_letters')
      const [r] = await conn.query('SELECT count(*) AS n FROM dry_run_requests')
      return {
        queueDepth: q!.n,
        leased: q!.leased,
        oldestEnqueuedAt: q!.oldest === null ? null : Math.min(q!.oldest, now),
        deadLetters: Number(d!.n),
        dryRunRequests: Number(r!.n),
        counters: countersFrom(await conn.query(READ_COUNTERS_SQL))
      }
    },
    readCounters: async () => countersFrom(await conn.query(READ_COUNTERS_SQL)),
    onEnqueued(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    prune: (limits, now = Date.now()) => pruneExpired(conn, limits, windowMs, now),
    probe: () => conn.transaction((tx) => addCounter(tx, shard, 'health_probes', 1)),
    maintain,
    async close() {
      if (closed) return
      closed = true
      if (timer) clearInterval(timer)
      listeners.clear()
      await rounds.idle()
      await upkeep
      await conn.close()
    }
  }
}

/**
 * The relay's store as one asynchronous interface, implemented by the embedded SQLite store (sqlite-store.ts, one
 * relay per data dir) and by PostgreSQL (postgres/, any number of relays sharing one database). Every operation is
 * one transaction: a resolved write is committed (and, for enqueue, durable: SQLite's log synced, PostgreSQL's
 * COMMIT returned with synchronous_commit on). Operations reject with StoreUnavailableError (store-errors.ts) while
 * the store cannot be reached, and work again once it is back, without reopening. Both implementations pass the one
 * conformance suite in conformance/store-suite.ts.
 *
 * Only hashed match keys, built TikTok events and their routes reach a store; profile rows and message claims are
 * keyed by SHA-256 of the id, so a userId that is an email is never stored either.
 */
import type { ConsoleSessionStore } from './console-sessions.ts'
import type { ConsoleStatsStore } from './console-stats.ts'
import type { CounterName } from './counters.ts'
import type { DeadLetter, DeadLetterFilter } from './dead-letters.ts'
import type { DryRunRequest } from './dry-run-requests.ts'
import type { Pruned, RetentionLimits } from './prune-expired.ts'
import type { DeliveryFailure, LeasedEvent } from './queue-table.ts'
import type { EnqueueItem, HashedProfile, StoreStatus } from './relay-store.ts'

export type { ConsoleSessionStore } from './console-sessions.ts'
export type { ConsoleStatsStore, LiveEvent, LiveFilter, LiveStatus, MinuteCount } from './console-stats.ts'
export type { DeliveryRoute, EnqueueItem, HashedProfile, StoreStatus } from './relay-store.ts'
export type { CounterName, DeadLetter, DeadLetterFilter, DeliveryFailure, DryRunRequest, LeasedEvent }

/** How long a claimed messageId stays claimed, unless the store is opened with another window. */
export const DEFAULT_DEDUP_WINDOW_MS = 60 * 60 * 1000

/** A Segment/RudderStack messageId, claimed per route: a second claim within the window is a duplicate. */
export interface MessageClaim {
  routeId: string
  messageId: string
}

export interface EnqueueRequest {
  /** The messages of this request (each at most once per route and window, across every relay on the store). */
  claims?: MessageClaim[]
  /** Events to queue; `claim` (an index into `claims`) ties an event to its message: a duplicate's events are left out. */
  items: Array<EnqueueItem & { claim?: number }>
  /**
   * How long these claims hold, when that is longer than the store's dedup window: a file import's claims hold as
   * long as TikTok could still count its events (28 days), so importing the same file again adds nothing. The
   * claim is dated ahead by the difference, so both the duplicate check and retention keep it that long.
   */
  claimHoldMs?: number
}

export interface EnqueueResult {
  /** Indexes into `claims` that were already claimed (by an earlier request, on any relay, within the window). */
  duplicates: number[]
  /** Events committed. */
  enqueued: number
}

export interface ProfileIds {
  userId?: string
  anonymousId?: string
}

export interface ProfileStore {
  /** The user's own keys over the anonymous visitor's (the SQLite store's rule, profiles-table.ts). */
  get(ids: ProfileIds): Promise<HashedProfile | undefined>
  /** Several lookups in one round trip (a batch request's messages); answers in the same order. */
  getMany(list: ProfileIds[]): Promise<Array<HashedProfile | undefined>>
  /** Merges hashed keys into the profile of each id; resolves once committed (seen by every relay). */
  merge(ids: ProfileIds, profile: HashedProfile): Promise<void>
  /** Copies previousId's profile (an earlier userId or an anonymousId) to userId; committed when resolved. */
  alias(previousId: string, userId: string): Promise<void>
}

/** Which pixels' rows a lease may take (issue 11's per-pixel circuit keeps an open pixel's rows in the queue). */
export interface LeaseFilter {
  /** Pixels whose rows stay in the queue, untouched (their circuit is open). */
  exceptPixels?: string[]
  /** Only rows of these pixels (a probe of one pixel's circuit). */
  onlyPixels?: string[]
}

/** The delivery worker's side of the queue. Times are epoch milliseconds from the caller's clock. */
export interface QueueStore {
  /** Leases up to `limit` ready rows (available_at <= now, earliest first) until `leaseUntil`; rows leased by
   * another owner are skipped, never waited for. */
  lease(owner: string, limit: number, now: number, leaseUntil: number, filter?: LeaseFilter): Promise<LeasedEvent[]>
  /**
   * Extends to `leaseUntil` the leases `owner` still holds among `ids` (the heartbeat of rows a worker still buffers
   * or sends); answers the ids it no longer holds (taken back, or gone), which the worker must not send.
   */
  renew(owner: string, ids: number[], leaseUntil: number): Promise<number[]>
  /** Delivered: the rows leave the queue. */
  ack(ids: number[]): Promise<void>
  /** Back to the queue at `availableAt`; `failed` counts an attempt and records the reason. Without `failed` this is
   * a release: the rows go back as they were, no attempt counted. */
  reschedule(ids: number[], availableAt: number, failed?: DeliveryFailure): Promise<void>
  deadLetter(ids: number[], failure: DeliveryFailure, now: number): Promise<void>
  heartbeat(owner: string, now: number): Promise<void>
  /** Takes back the leases of owners whose heartbeat is older than `staleBefore` (a dead relay); how many rows. */
  reclaimStale(staleBefore: number): Promise<number>
  /** Takes back every lease whose expiry has passed, whoever holds it; how many rows. */
  releaseExpired(now: number): Promise<number>
  removeOwner(owner: string): Promise<void>
  depth(): Promise<number>
  /** When the event first in line (the lowest id still queued) was enqueued; undefined for an empty queue. */
  firstInLineEnqueuedAt(): Promise<number | undefined>
}

/**
 * One pixel's open delivery circuit, shared by every relay on the store (issue 11): while a circuit exists its
 * pixel's events stay queued, and one relay at a time sends a probe request (`claimProbe`) when `nextProbeAt` comes;
 * the probe's success removes the circuit (closed). No row: closed. A circuit held because TikTok refused an access
 * token is that token's (`tokenFingerprint`): it holds only the relays sending with that token, and a pixel may have
 * one per refused token beside its pixel-wide one.
 */
export interface PixelCircuit {
  pixelCode: string
  /**
   * The refused token's fingerprint (delivery/token-fingerprint.ts: a slow hash, never the token) when the circuit
   * holds only the relays using that token; null (or absent) for a pixel-wide circuit (an outage, a rate limit).
   * With pixelCode, the circuit's key.
   */
  tokenFingerprint?: string | null
  /** When the circuit opened (for how long it was open). */
  openedAt: number
  /** A rate limit's pause (Retry-After, capped) ends at this time; null for an outage. */
  pausedUntil: number | null
  /** When the next probe request may go (null: none scheduled). */
  nextProbeAt: number | null
  /** Failed requests in a row. */
  failures: number
  updatedAt: number
  /**
   * Why TikTok refused the relay's credentials, when the circuit holds for that (delivery/auth-fault.ts: e.g.
   * "TikTok refused the access token (40105)", TikTok's code only, never the token); null for an outage or a rate
   * limit. Optional when opening: absent is null.
   */
  authFault?: string | null
}

/** Which circuit: the pixel's own (no fingerprint) or the one held for a refused token of it. */
export type CircuitKey = Pick<PixelCircuit, 'pixelCode' | 'tokenFingerprint'>

export interface CircuitStore {
  /** Every open circuit, by pixel, the pixel-wide one before those held for tokens. */
  list(): Promise<PixelCircuit[]>
  /** Opens the circuit (its key) unless it is open already (another relay's); true when this call opened it. */
  open(circuit: PixelCircuit): Promise<boolean>
  /** Writes the circuit as given (a failed probe moves its next probe on), opening it if needed. */
  save(circuit: PixelCircuit): Promise<void>
  /**
   * True for exactly one caller among relays racing for a due probe (next_probe_at <= now), which moves the next
   * probe to `nextProbeAt`; false when none is due or another relay took it.
   */
  claimProbe(key: CircuitKey, now: number, nextProbeAt: number): Promise<boolean>
  /** Closes the circuit; true when this call removed it (so one relay logs the closing). */
  remove(key: CircuitKey): Promise<boolean>
}

export interface DeadLetterStore {
  count(filter?: DeadLetterFilter): Promise<number>
  /** Newest first. */
  list(filter: DeadLetterFilter, limit: number): Promise<DeadLetter[]>
  /** Moves matching dead letters back to the queue as fresh events (attempts and age reset); how many. */
  replay(filter: DeadLetterFilter, now: number): Promise<number>
}

export interface DryRunStore {
  /** Records one would-be request and removes its events from the queue, in one transaction. */
  record(
    req: { routeId: string; url: string; bodyText: string; eventCount: number },
    queueIds: number[],
    now: number
  ): Promise<void>
  /** The newest `n`, oldest of them first. */
  latest(n: number): Promise<DryRunRequest[]>
  count(): Promise<number>
}

export interface StorePruned extends Pruned {
  /** Message claims older than the dedup window. */
  claims: number
  /** False when another relay was pruning (one at a time); this call then deleted nothing. */
  ranHere: boolean
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** Where the data lives, for logs: the SQLite file, or the database URL without its password. */
  readonly location: string
  enqueue(request: EnqueueRequest): Promise<EnqueueResult>
  profiles: ProfileStore
  queue: QueueStore
  circuits: CircuitStore
  deadLetters: DeadLetterStore
  dryRun: DryRunStore
  /** The console's per-minute counts and live events (console-stats.ts, issue 16). */
  consoleStats: ConsoleStatsStore
  /** The console's signed-in sessions (console-sessions.ts): a sign-out on one relay holds on every relay. */
  consoleSessions: ConsoleSessionStore
  status(now?: number): Promise<StoreStatus>
  readCounters(): Promise<Record<CounterName, number>>
  /** Called after each of this process's commits that queued events (wakes a local worker without polling). */
  onEnqueued(listener: () => void): () => void
  /** Retention: dead letters and profiles past their limits, message claims past the dedup window. */
  prune(limits: RetentionLimits, now?: number): Promise<StorePruned>
  /** One tiny write transaction, as intake's commits need; rejects when the store cannot commit (for /healthz). */
  probe(): Promise<void>
  /** Commits what is waiting, then releases the store (connections, files); later calls reject with StoreClosedError. */
  close(): Promise<void>
}

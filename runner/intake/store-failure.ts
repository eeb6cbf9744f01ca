/**
 * Intake's view of the store (store-interface.ts), with every failure of it marked as the relay's own. Only such a
 * failure (a commit that did not happen: PostgreSQL unreachable or restarting, a full disk, a closed database)
 * answers 503 "unavailable" with a Retry-After and turns /healthz to 503; anything a client sends or fails to send is
 * an IntakeError and leaves health alone, so no single client can take a replica out of its load balancer.
 */
import { errorMessage } from '../log.ts'
import type { EnqueueRequest, EnqueueResult, ProfileStore, Store } from '../store/store-interface.ts'

/** The store could not read or commit for intake. Retryable: the client should send the same request later. */
export class IntakeStoreError extends Error {
  override readonly name = 'IntakeStoreError'
  /** The store's own advice (StoreUnavailableError.retryAfterSeconds), else 5 s. */
  readonly retryAfterSeconds: number
  constructor(override readonly cause: unknown) {
    super(errorMessage(cause))
    const advised = (cause as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds
    this.retryAfterSeconds = typeof advised === 'number' && advised > 0 ? advised : 5
  }
}

/** Intake's store: the same store, its failures marked as the store's. */
export interface IntakeStore {
  enqueue(request: EnqueueRequest): Promise<EnqueueResult>
  profiles: Pick<ProfileStore, 'getMany' | 'merge' | 'alias'>
  /** Events still queued (a COUNT: read it rarely, overload.ts). */
  queueDepth(): Promise<number>
}

function marked<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args)
    } catch (err) {
      throw new IntakeStoreError(err)
    }
  }
}

export function intakeStore(store: Store): IntakeStore {
  return {
    enqueue: marked((request) => store.enqueue(request)),
    profiles: {
      getMany: marked((list) => store.profiles.getMany(list)),
      merge: marked((ids, profile) => store.profiles.merge(ids, profile)),
      alias: marked((previousId, userId) => store.profiles.alias(previousId, userId))
    },
    queueDepth: marked(() => store.queue.depth())
  }
}

/**
 * Intake's view of the store, with every failure of it marked as the relay's own. Only such a failure (a commit
 * that did not happen: a full disk, a vanished volume, a closed database) answers 429 "unavailable" and turns
 * /healthz to 503; anything a client sends or fails to send is an IntakeError and leaves health alone, so no single
 * client can take a replica out of its load balancer.
 */
import type { RelayStore } from '../store/relay-store.ts'

/** The store could not read or commit for intake. Retryable: the client should send the same request later. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
  readonly retryAfterSeconds = 5
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

function marked<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args)
    } catch (err) {
      throw new StoreUnavailableError(err)
    }
  }
}

/** Intake's store: the same store, its failures marked as the store's. */
export type IntakeStore = Pick<RelayStore, 'enqueue' | 'profiles'> & { queueDepth(): number }

export function intakeStore(store: RelayStore): IntakeStore {
  return {
    enqueue: (items) =>
      store.enqueue(items).catch((err) => {
        throw new StoreUnavailableError(err)
      }),
    profiles: {
      get: marked((ids) => store.profiles.get(ids)),
      merge: marked((ids, profile) => store.profiles.merge(ids, profile)),
      alias: marked((previousId, userId) => store.profiles.alias(previousId, userId))
    },
    queueDepth: marked(() => store.queue.depth())
  }
}

/**
 * GET /console/api/dead-letters (newest 200, TikTok's code and message for each; ?event= filters by TikTok event
 * name) and POST /console/api/dead-letters/replay with `{"ids": [..]}` (one or a selection) or `{"all": true}`:
 * the dead letters go back to the queue as fresh events and the delivery worker sends them.
 */
import type { DeadLetterFilter, Store } from '../../store/store-interface.ts'
import { ConsoleRequestError } from './request-error.ts'

export async function deadLetters(store: Store, url: URL) {
  const filter: DeadLetterFilter = {}
  const event = url.searchParams.get('event')
  if (event) filter.eventName = event
  const [count, list] = await Promise.all([store.deadLetters.count(filter), store.deadLetters.list(filter, 200)])
  return { count, deadLetters: list }
}

/** Replays what `body` names; how many went back to the queue. */
export async function replayDeadLetters(store: Store, body: unknown, now: number) {
  const b = (body ?? {}) as { ids?: unknown; all?: unknown }
  if (b.all === true) return { replayed: await store.deadLetters.replay({}, now) }
  if (!Array.isArray(b.ids) || b.ids.length === 0 || !b.ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw new ConsoleRequestError('ids: a list of dead-letter ids (positive integers), or {"all": true}')
  }
  return { replayed: await store.deadLetters.replay({ ids: b.ids as number[] }, now) }
}

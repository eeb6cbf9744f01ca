/**
 * GET /console/api/live?event=&status=&limit=: the latest events as TikTok receives them (hashed keys only), each
 * with its consent decision, pipeline and dropped-field warnings, newest first, shared by every relay on the store.
 */
import type { LiveStatus, Store } from '../../store/store-interface.ts'
import { ConsoleRequestError } from './request-error.ts'

const STATUSES: LiveStatus[] = ['queued', 'dropped', 'unmatched']

export async function liveEvents(store: Store, url: URL) {
  const status = url.searchParams.get('status') || undefined
  if (status !== undefined && !STATUSES.includes(status as LiveStatus)) {
    throw new ConsoleRequestError(`status: one of ${STATUSES.join(', ')}`)
  }
  const eventName = url.searchParams.get('event') || undefined
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 100, 1), 500)
  const events = await store.consoleStats.live({ eventName, status: status as LiveStatus | undefined }, limit)
  return {
    events: events.map(({ eventJson, ...e }) => ({ ...e, event: eventJson ? JSON.parse(eventJson) : null }))
  }
}

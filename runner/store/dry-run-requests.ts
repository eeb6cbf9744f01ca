/**
 * Dry-run mode (no access token): the worker records the exact request bodies it would have sent, and `status
 * --show-requests` prints them. Only the newest KEEP_DRY_RUN_REQUESTS are kept so a long dry run cannot fill the disk.
 */
import { addToCounter } from './counters.ts'
import { idsWhere } from './id-range.ts'
import type { SqlDatabase } from './sqlite-driver.ts'

export const KEEP_DRY_RUN_REQUESTS = 200

export interface DryRunRequest {
  id: number
  createdAt: number
  routeId: string
  url: string
  eventCount: number
  body: unknown
}

export interface DryRunRequests {
  /** Records one would-be request and removes its events from the queue, in one transaction. */
  record(
    req: { routeId: string; url: string; bodyText: string; eventCount: number },
    queueIds: number[],
    now: number
  ): void
  latest(n: number): DryRunRequest[]
  count(): number
}

export function createDryRunRequests(db: SqlDatabase): DryRunRequests {
  return {
    record(req, queueIds, now) {
      db.transaction(() => {
        // Deletions first: secure_delete zeroes the pages they free, and the new body then reuses those dirty pages
        // in this same transaction, so each page reaches the WAL once (inserting first wrote the body to other pages
        // and the zeroes again: ~a third more pages per record, docs/performance.md).
        db.prepare('DELETE FROM dry_run_requests WHERE id <= (SELECT max(id) FROM dry_run_requests) - ?').run(
          KEEP_DRY_RUN_REQUESTS - 1
        )
        const where = idsWhere(queueIds)
        db.prepare(`DELETE FROM queue WHERE id ${where.sql}`).run(...where.params)
        db.prepare(`DELETE FROM queue_events WHERE id ${where.sql}`).run(...where.params)
        db.prepare(
          'INSERT INTO dry_run_requests (created_at, route_id, url, event_count, body_json) VALUES (?, ?, ?, ?, ?)'
        ).run(now, req.routeId, req.url, req.eventCount, req.bodyText)
        addToCounter(db, 'dry_run_events', queueIds.length)
      })
    },
    latest(n) {
      return db
        .prepare<Record<string, any>>(
          'SELECT id, created_at, route_id, url, event_count, body_json FROM dry_run_requests ORDER BY id DESC LIMIT ?'
        )
        .all(n)
        .reverse()
        .map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          routeId: r.route_id,
          url: r.url,
          eventCount: r.event_count,
          body: JSON.parse(r.body_json)
        }))
    },
    count: () => Number(db.prepare<{ n: number }>('SELECT count(*) AS n FROM dry_run_requests').get()!.n)
  }
}

/**
 * Dry-run requests in PostgreSQL: the request the relay would have sent, recorded with its events' removal from the
 * queue in one transaction; only the newest KEEP_DRY_RUN_REQUESTS are kept, as in SQLite.
 */
import { KEEP_DRY_RUN_REQUESTS } from '../dry-run-requests.ts'
import type { DryRunStore } from '../store-interface.ts'
import type { Connection } from './connect.ts'
import { addCounter } from './counters.ts'

export function createDryRun(conn: Connection, shard: number): DryRunStore {
  return {
    async record(req, queueIds, now) {
      await conn.transaction(async (tx) => {
        await tx`INSERT INTO dry_run_requests (created_at, route_id, url, event_count, body_json)
          VALUES (${now}, ${req.routeId}, ${req.url}, ${req.eventCount}, ${req.bodyText})`
        await tx`DELETE FROM dry_run_requests
          WHERE id <= (SELECT max(id) FROM dry_run_requests) - ${KEEP_DRY_RUN_REQUESTS}`
        const gone = await tx`DELETE FROM queue WHERE id = ANY(${queueIds}::bigint[])`
        await addCounter(tx, shard, 'dry_run_events', gone.count)
      })
    },
    latest: (n) =>
      conn.query(async (sql) =>
        (
          await sql<Record<string, any>[]>`
            SELECT id, created_at, route_id, url, event_count, body_json FROM dry_run_requests
            ORDER BY id DESC LIMIT ${Math.max(0, Math.floor(n))}`
        )
          .reverse()
          .map((r) => ({
            id: r.id,
            createdAt: r.created_at,
            routeId: r.route_id,
            url: r.url,
            eventCount: r.event_count,
            body: JSON.parse(r.body_json)
          }))
      ),
    count: () => conn.query(async (sql) => Number((await sql`SELECT count(*) AS n FROM dry_run_requests`)[0]!.n))
  }
}

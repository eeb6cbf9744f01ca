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
      await conn.transaction(
        async (tx) => {
          await tx.query(
            'INSERT INTO dry_run_requests (created_at, route_id, url, event_count, body_json) VALUES ($1, $2, $3, $4, $5)',
            [now, req.routeId, req.url, req.eventCount, req.bodyText]
          )
          await tx.query('DELETE FROM dry_run_requests WHERE id <= (SELECT max(id) FROM dry_run_requests) - $1', [
            KEEP_DRY_RUN_REQUESTS
          ])
          const gone = await tx.query('DELETE FROM queue WHERE id = ANY($1::bigint[])', [queueIds])
          await addCounter(tx, shard, 'dry_run_events', gone.rowCount)
        },
        { durable: false }
      )
    },
    latest: async (n) =>
      (
        await conn.query(
          `SELECT id, created_at, route_id, url, event_count, body_json FROM dry_run_requests
           ORDER BY id DESC LIMIT $1`,
          [Math.max(0, Math.floor(n))]
        )
      )
        .reverse()
        .map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          routeId: r.route_id,
          url: r.url,
          eventCount: r.event_count,
          body: JSON.parse(r.body_json)
        })),
    count: async () => Number((await conn.query('SELECT count(*) AS n FROM dry_run_requests'))[0]!.n)
  }
}

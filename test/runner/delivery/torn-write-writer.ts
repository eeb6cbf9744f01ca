/**
 * Child process of the torn-write test: commits 1,000 events, records how long the WAL was at that point, then
 * opens a transaction that never commits and keeps writing until it is killed (kill -9 mid-transaction). A small
 * page cache makes SQLite spill the uncommitted pages into the WAL, so the log has a tail that must be ignored.
 *   bun test/runner/delivery/torn-write-writer.ts <data-dir>
 */
import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openRelayStore, STORE_FILE } from '../../../runner/store/relay-store.ts'
import { openSqlite } from '../../../runner/store/sqlite-driver.ts'
import { items } from './store-fixtures.ts'

const dir = process.argv[2]!
const store = await openRelayStore(dir)
await store.enqueue(items(1000, 'committed'))
writeFileSync(join(dir, 'committed-wal-bytes'), String(statSync(join(dir, `${STORE_FILE}-wal`)).size))

const db = await openSqlite(join(dir, STORE_FILE))
db.exec('PRAGMA cache_size = 50')
db.exec('BEGIN IMMEDIATE')
const insert = db.prepare(
  `INSERT INTO queue_events (route_id, pixel_code, event_source, event_id, event_name, event_json, enqueued_at)
   VALUES ('default', 'CPIXEL', 'web', ?, 'Purchase', ?, 0)`
)
const filler = JSON.stringify({ pad: 'x'.repeat(2000) })
for (let i = 0; ; i++) insert.run(`uncommitted-${i}`, filler)

/**
 * The store survives a crash in the middle of a write: a process killed (-9) inside a transaction leaves a WAL whose
 * tail is uncommitted frames, and here that tail is also cut short and scribbled on. Reopening must keep every
 * committed row, drop the uncommitted ones, and pass SQLite's integrity check.
 */
import { spawn } from 'node:child_process'
import { closeSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openRelayStore, STORE_FILE } from '../../../runner/store/relay-store.ts'
import { openSqlite } from '../../../runner/store/sqlite-driver.ts'
import { BUN } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'
import { items, tempDataDir } from './store-fixtures.ts'

describe('store after a torn write', () => {
  it('keeps committed events and opens cleanly after kill -9 mid-transaction and a damaged WAL tail', async () => {
    const dir = tempDataDir('relay-torn-')
    const wal = join(dir, `${STORE_FILE}-wal`)
    const child = spawn(BUN, ['test/runner/delivery/torn-write-writer.ts', dir], { stdio: 'ignore' })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const committedBytes = await waitFor('the committed events', () => {
      try {
        return Number(readFileSync(join(dir, 'committed-wal-bytes'), 'utf8'))
      } catch {
        return 0
      }
    })
    // Let the open transaction spill a few MB of uncommitted frames into the WAL, then kill it mid-write.
    await waitFor('uncommitted frames in the WAL', () => statSync(wal).size > committedBytes + 4_000_000)
    child.kill('SIGKILL')
    await exited

    const size = statSync(wal).size
    const fd = openSync(wal, 'r+')
    ftruncateSync(fd, size - 3_000) // a torn final frame
    writeSync(fd, Buffer.alloc(8_192, 0xa5), 0, 8_192, committedBytes + 100_000) // garbage inside the uncommitted tail
    closeSync(fd)

    const db = await openSqlite(join(dir, STORE_FILE))
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    db.close()
    const store = await openRelayStore(dir)
    expect(store.status().queueDepth).toBe(1000)
    const leased = store.queue.lease('after-crash', 2000, Date.now(), Date.now() + 60_000)
    expect(new Set(leased.map((e) => JSON.parse(e.eventJson).event_id))).toEqual(
      new Set(items(1000, 'committed').map((i) => i.event.event_id))
    )
    await store.enqueue(items(1, 'after'))
    expect(store.status().queueDepth).toBe(1001)
    store.close()
  })
})

/**
 * A store whose files an earlier version left 0644 is set to 0600 when the relay opens it (it owns them), with one
 * log line naming each file and the mode it had. Real files, a real SQLite store; the other user's case (a file the
 * relay may not change) runs a relay as `nobody` in test/runner/store-file-modes.e2e.test.ts.
 */
import { chmodSync, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { openSqliteStore } from './sqlite-store.ts'
import type { Store } from './store-interface.ts'

const opened: Store[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()))
})

function capture() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = []
  return {
    lines,
    log: {
      info: (msg: string, fields?: Record<string, unknown>) => lines.push({ level: 'info', msg, fields }),
      warn: (msg: string, fields?: Record<string, unknown>) => lines.push({ level: 'warn', msg, fields })
    }
  }
}

const modeOf = (path: string) => statSync(path).mode & 0o777

describe('store file modes on open', () => {
  it('sets a database, -wal and -shm made 0644 by an earlier version to 0600, said in one log line', async () => {
    const dir = tempDataDir('file-modes-')
    const db = join(dir, 'relay.sqlite')
    // A store in use has all three files; an earlier version made them readable by everyone.
    const first = await openSqliteStore(dir)
    opened.push(first)
    await first.enqueue({ claims: [{ routeId: 'r', messageId: 'm' }], items: [] })
    const files = [db, `${db}-wal`, `${db}-shm`]
    expect(files.every((f) => existsSync(f))).toBe(true)
    chmodSync(db, 0o644)
    chmodSync(`${db}-wal`, 0o640)
    chmodSync(`${db}-shm`, 0o604)

    const { lines, log } = capture()
    opened.push(await openSqliteStore(dir, { log }))
    expect(files.map(modeOf)).toEqual([0o600, 0o600, 0o600])
    expect(lines).toEqual([
      {
        level: 'info',
        msg: 'store files were readable by other users; set them to 0600 (owner only)',
        fields: { files: [`${db} (was 0644)`, `${db}-wal (was 0640)`, `${db}-shm (was 0604)`] }
      }
    ])
  })

  it('says nothing of files already 0600, and a new store is made 0600', async () => {
    const dir = tempDataDir('file-modes-')
    const { lines, log } = capture()
    opened.push(await openSqliteStore(dir, { log }))
    opened.push(await openSqliteStore(dir, { log }))
    expect(modeOf(join(dir, 'relay.sqlite'))).toBe(0o600)
    expect(lines).toEqual([])
  })
})

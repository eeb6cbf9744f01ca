/**
 * A store file other users may read, which the relay may not change (another user owns it): the relay opens it as
 * before, leaves its mode, and warns with the path, the mode and the command that fixes it. As root the command runs
 * as `nobody` (root may change any file's mode) from a staged copy of the tree (unprivileged-relay.ts), against a
 * database root made and left 0666, so `nobody` can use it but not change its mode. The owner's case (the mode is
 * set to 0600) is runner/store/file-modes.test.ts.
 */
import { chmodSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../runner/store/sqlite-store.ts'
import { runCli } from './relay-process.ts'
import { NOBODY, stageForNobody } from './unprivileged-relay.ts'

const isRoot = process.getuid?.() === 0
const place = isRoot ? stageForNobody() : undefined

afterAll(() => place?.remove())

describe('a store file the relay does not own', () => {
  it.skipIf(!isRoot)(
    'is left as it is, with a warning naming its path, its mode and the chmod that fixes it (needs root to make a file another user owns)',
    async () => {
      const dir = join(place!.work, 'shared-data')
      mkdirSync(dir)
      // nobody must make the -wal and -shm beside the database.
      chmodSync(dir, 0o777)
      const store = await openSqliteStore(dir, { log: { info() {}, warn() {} } })
      await store.enqueue({ claims: [{ routeId: 'r', messageId: 'm' }], items: [] })
      await store.close()
      const db = join(dir, 'relay.sqlite')
      chmodSync(db, 0o666)

      const { code, stdout, stderr } = await runCli(
        ['status'],
        { RELAY_DATA_DIR: dir },
        {
          ...NOBODY,
          checkout: place!.checkout
        }
      )
      expect(code, stderr).toBe(0)
      expect(stdout).toContain(dir)
      const warnings = stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { level: string; msg: string; files: string[] })
        .filter((l) => l.level === 'warn')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatchObject({
        msg: `store files are readable by other users and the relay cannot change their mode (another user owns them): run chmod 600 ${db} as their owner or root`,
        files: [`${db} (0666)`]
      })
      expect(statSync(db).mode & 0o777).toBe(0o666)
    },
    120_000
  )
})

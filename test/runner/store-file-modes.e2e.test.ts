/**
 * A store file other users may read, which the relay may not change (another user owns it): the relay opens it as
 * before, leaves its mode, and warns with the path, the mode and the command that fixes it (give it to the relay's
 * uid, then chmod 600: a chmod alone by its owner would lock the relay out, which a trial found by following it).
 * As root the command runs as `nobody` (root may change any file's mode) from a staged copy of the tree
 * (unprivileged-relay.ts), against a database root made and left 0666, so `nobody` can use it but not change its
 * mode. The owner's case (the mode is set to 0600) is runner/store/file-modes.test.ts.
 */
import { chmodSync, chownSync, mkdirSync, statSync } from 'node:fs'
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
    'is left as it is, with a warning naming its path, its mode and the chown and chmod that fix it (needs root to make a file another user owns)',
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
        msg: `store files are readable by other users and the relay cannot change their mode (another user owns them): as root, run chown ${NOBODY.uid} ${db} && chmod 600 ${db} (a chmod alone would lock the relay out of its store)`,
        files: [`${db} (0666)`]
      })
      expect(statSync(db).mode & 0o777).toBe(0o666)

      // The advice works: after the command the relay's user opens its store, and the file is 0600.
      // (Found by a trial: the earlier advice, chmod 600 by the owner, made the next start refuse the store.)
      chmodSync(db, 0o600)
      const after = await runCli(['status'], { RELAY_DATA_DIR: dir }, { ...NOBODY, checkout: place!.checkout })
      expect(after.code, after.stderr).not.toBe(0)
      expect(after.stderr).toContain('not writable')
      chownSync(db, NOBODY.uid, NOBODY.gid)
      const fixed = await runCli(['status'], { RELAY_DATA_DIR: dir }, { ...NOBODY, checkout: place!.checkout })
      expect(fixed.code, fixed.stderr).toBe(0)
      expect(fixed.stderr).not.toContain('"level":"warn"')
    },
    120_000
  )
})

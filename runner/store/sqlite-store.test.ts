import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { testStore } from './conformance/store-suite.ts'
import { openSqliteStore } from './sqlite-store.ts'

testStore({
  name: 'SQLite',
  freshDatabase: async () => tempDataDir('relay-store-sqlite-'),
  open: (dir, options) => openSqliteStore(dir, options),
  dump: async (dir) =>
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('\n'),
  concurrentRelays: false
})

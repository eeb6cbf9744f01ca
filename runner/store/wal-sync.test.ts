import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { createWalSync } from './wal-sync.ts'

describe('createWalSync', () => {
  it('syncs the -wal file, and treats a missing one as already checkpointed', async () => {
    const db = join(tempDataDir(), 'x.sqlite')
    const sync = createWalSync(db)
    await expect(sync.durable()).resolves.toBeUndefined()
    writeFileSync(`${db}-wal`, 'frames')
    await expect(sync.durable()).resolves.toBeUndefined()
    await sync.close()
  })
})

import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { items, tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { startCheckpointer } from './checkpointer.ts'
import { openRelayStore } from './relay-store.ts'

const sizeOf = (path: string) => statSync(path).size

describe('the checkpoint thread', () => {
  it('moves committed WAL frames into the database file without the event loop doing it', async () => {
    const store = await openRelayStore(tempDataDir(), { checkpointThread: true })
    try {
      const before = sizeOf(store.path)
      // Far below SQLite's own auto-checkpoint (1,000 pages): only the thread can copy these frames.
      await store.enqueue(items(300, 'ck'))
      const deadline = Date.now() + 5000
      while (sizeOf(store.path) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      expect(sizeOf(store.path)).toBeGreaterThan(before)
      expect(store.status().queueDepth).toBe(300)
    } finally {
      store.close()
    }
  })

  it('is not started for short-lived commands: their database file grows only by SQLite itself', async () => {
    const store = await openRelayStore(tempDataDir())
    try {
      const before = sizeOf(store.path)
      await store.enqueue(items(300, 'ck'))
      await new Promise((r) => setTimeout(r, 400))
      expect(sizeOf(store.path)).toBe(before)
    } finally {
      store.close()
    }
  })

  it('a thread that cannot open the database fails its start (the relay logs it and keeps auto-checkpoint)', async () => {
    const failed = await startCheckpointer('/nonexistent-relay-dir/relay.db').then(
      () => undefined,
      (err: unknown) => err
    )
    expect(failed).toBeInstanceOf(Error)
  })
})

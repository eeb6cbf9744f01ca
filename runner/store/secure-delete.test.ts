/**
 * secure_delete: once an event is delivered (acked) and the store closed (the WAL checkpointed into the file), its
 * bytes are gone from the database file, not left in a free page for anyone who copies the file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROUTE, tempDataDir, tikTokEvent } from '../../test/runner/delivery/store-fixtures.ts'
import { openRelayStore } from './relay-store.ts'

describe('secure_delete', () => {
  it('leaves no byte of a delivered event in the database file', async () => {
    const marker = 'https://shop.example/checkout/thanks?order=SECURE-DELETE-MARKER-7f3a'
    const store = await openRelayStore(tempDataDir())
    const event = { ...tikTokEvent('gone-1'), page: { url: marker } }
    await store.enqueue([{ route: ROUTE, event }])
    const leased = store.queue.lease('w1', 10, Date.now(), Date.now() + 60_000)
    expect(leased.map((l) => JSON.parse(l.eventJson).page.url)).toEqual([marker])
    store.queue.ack(leased.map((l) => l.id))
    const path = store.path
    store.close()
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(marker), file).toBe(false)
    }
  })
})

import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { testDatabase } from '../../test/fixtures/postgres.ts'
import { tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { RelayConfigError } from '../config/config-error.ts'
import { loadRelayConfig } from '../config/load-config.ts'
import { openStore } from './open-store.ts'
import { StoreUnavailableError } from './store-errors.ts'
import type { Store } from './store-interface.ts'

const PASSWORD = 'Very-Secret-Pw'
const opened: Store[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()))
})
const open = async (env: Record<string, string>) => {
  const { config } = await loadRelayConfig({ env })
  const store = await openStore(config)
  opened.push(store)
  return store
}

describe('openStore', () => {
  it('is the SQLite file in the data dir when no database is configured', async () => {
    const dir = tempDataDir()
    const store = await open({ RELAY_DATA_DIR: dir })
    expect(store.kind).toBe('sqlite')
    expect(store.location).toBe(join(dir, 'relay.sqlite'))
  })

  it('is PostgreSQL with RELAY_DATABASE_URL, named without its password; the dedup window comes along', async () => {
    const url = (await testDatabase()).replace('postgres@', `postgres:${PASSWORD}@`)
    const store = await open({
      RELAY_DATA_DIR: tempDataDir(),
      RELAY_DATABASE_URL: url,
      RELAY_DEDUP_WINDOW_MINUTES: '1'
    })
    expect(store.kind).toBe('postgres')
    expect(store.location).not.toContain(PASSWORD)
    const claim = { claims: [{ routeId: 'r', messageId: 'm' }], items: [] }
    await store.enqueue(claim)
    expect(await store.enqueue(claim)).toEqual({ duplicates: [0], enqueued: 0 })
    expect(await store.prune({}, Date.now() + 61_000)).toMatchObject({ claims: 1 })
  })

  it('rejects an unreachable database as unavailable, without repeating the URL or password', async () => {
    const url = `postgres://relay:${PASSWORD}@127.0.0.1:1/relay`
    const err = await open({ RELAY_DATABASE_URL: url }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreUnavailableError)
    expect((err as Error).message).not.toContain(PASSWORD)
    expect((err as Error).message).not.toContain(url)
  })

  it.each([
    ['mysql://relay@db/relay', 'expected a postgres:// or postgresql:// URL'],
    [`postgres://relay:${PASSWORD}@/relay`, 'not a valid URL']
  ])('refuses RELAY_DATABASE_URL=%s naming the variable, not the value', async (url, message) => {
    const err = await loadRelayConfig({ env: { RELAY_DATABASE_URL: url } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RelayConfigError)
    const text = (err as Error).message
    expect(text).toContain('RELAY_DATABASE_URL (database.url)')
    expect(text).toContain(message)
    expect(text).not.toContain(PASSWORD)
  })
})

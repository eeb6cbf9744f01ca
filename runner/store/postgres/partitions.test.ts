import { afterEach, describe, expect, it } from 'vitest'
import { runSql, testDatabase } from '../../../test/fixtures/postgres.ts'
import { items } from '../../../test/runner/delivery/store-fixtures.ts'
import { MIGRATIONS, SchemaTooNewError } from './migrations.ts'
import { openPostgresStore, type PostgresStore } from './postgres-store.ts'

const opened: PostgresStore[] = []
async function open(url: string, width = 10) {
  const s = await openPostgresStore(url, { partitionWidth: width, maintenanceEveryMs: 0 })
  opened.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()))
})

const partitionsOf = async (url: string) =>
  (
    await runSql(
      url,
      `SELECT c.relname AS name FROM pg_class c WHERE c.relkind = 'r' AND c.relname ~ '^queue_p[0-9]+$' ORDER BY 1`
    )
  ).map((r) => r.name as string)
const far = () => Date.now() + 3_600_000

describe('PostgreSQL queue partitions', () => {
  it('drops each partition once its events are delivered, keeps partitions ahead, and loses nothing still queued', async () => {
    const url = await testDatabase()
    const s = await open(url)
    // More than the partitions kept ahead (three of ten ids at the start): the round makes the ones it lacks.
    await s.enqueue({ items: items(35) })
    const leased = await s.queue.lease('w', 25, Date.now(), far())
    await s.queue.ack(leased.map((e) => e.id))
    const firstLeft = (await s.queue.lease('w', 1, Date.now(), far()))[0]!
    await s.queue.reschedule([firstLeft.id], Date.now())
    const report = await s.maintain()
    // Every partition below the one holding the first queued event is gone, that one stays.
    const holding = Math.floor(firstLeft.id / 10)
    expect(report.retired).toEqual(Array.from({ length: holding }, (_, n) => n))
    const left = await partitionsOf(url)
    expect(left[0]).toBe(`queue_p${holding}`)
    expect(left.length).toBeGreaterThanOrEqual(3)
    expect(await runSql(url, "SELECT to_regclass('queue_events_p0') AS t")).toEqual([{ t: null }])
    expect((await s.queue.lease('w', 100, Date.now(), far())).map((e) => JSON.parse(e.eventJson).event_id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `evt-${25 + i}`)
    )
  })

  it('moves the few rows left in a sealed partition to the tail (same state and age), then retires it', async () => {
    const url = await testDatabase()
    const s = await open(url, 100)
    await s.enqueue({ items: items(150) })
    const now = Date.now()
    const all = await s.queue.lease('w', 150, now, far())
    // One row of the first partition waits for a retry; the rest are delivered.
    const straggler = all[5]!
    await s.queue.ack(all.filter((e) => e.id !== straggler.id).map((e) => e.id))
    await s.queue.reschedule([straggler.id], now + 1_000, { code: 50002, message: 'Internal error' })
    const first = await s.maintain()
    expect(first.moved).toBe(1)
    const second = await s.maintain()
    expect(second.retired).toContain(0)
    const [back] = await s.queue.lease('w', 10, now + 1_000, far())
    expect(back!.id).not.toBe(straggler.id)
    expect(back).toMatchObject({ attempts: 1, enqueuedAt: straggler.enqueuedAt, eventJson: straggler.eventJson })
    expect(await s.queue.lease('w', 10, now + 1_000, far())).toEqual([])
  })

  it('leaves a partition with leased rows alone, and one relay at a time does the upkeep', async () => {
    const url = await testDatabase()
    const [a, b] = [await open(url), await open(url)]
    await a.enqueue({ items: items(25) })
    const leased = await a.queue.lease('w', 25, Date.now(), far())
    await a.queue.ack(leased.filter((e) => e.id !== 3).map((e) => e.id))
    const both = await Promise.all([a.maintain(), b.maintain(), a.maintain()])
    expect(both.filter((r) => r.ranHere).length).toBeGreaterThanOrEqual(1)
    expect(both.flatMap((r) => r.retired)).toEqual([1])
    expect(await partitionsOf(url)).toContain('queue_p0')
    // A retired partition is never made again by a relay keeping partitions ahead.
    await Promise.all([a.maintain(), b.maintain()])
    expect(await partitionsOf(url)).not.toContain('queue_p1')
    await b.queue.ack([3])
    expect((await a.maintain()).retired).toEqual([0])
  })
})

describe('PostgreSQL schema migrations', () => {
  it('are applied once however many relays start at once', async () => {
    const url = await testDatabase()
    await Promise.all(Array.from({ length: 5 }, () => open(url)))
    expect(await runSql(url, 'SELECT version FROM schema_migrations ORDER BY version')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version }))
    )
  })

  it('7: held circuits become their token’s; those held before (token unknown) go, outages stay', async () => {
    const url = await testDatabase()
    await (await open(url)).close()
    // Back to the table as migration 6 left it: keyed by the pixel, one held circuit and one outage.
    await runSql(
      url,
      `ALTER TABLE pixel_circuits DROP CONSTRAINT pixel_circuits_pkey;
       ALTER TABLE pixel_circuits DROP COLUMN token_fingerprint;
       ALTER TABLE pixel_circuits ADD PRIMARY KEY (pixel_code);
       DELETE FROM schema_migrations WHERE version = 7;
       INSERT INTO pixel_circuits (pixel_code, opened_at, paused_until, next_probe_at, failures, updated_at, auth_fault)
       VALUES ('CDOWN', 1, NULL, 2, 1, 1, NULL), ('CHELD', 1, NULL, 2, 1, 1, 'TikTok refused the access token (40105)');`
    )
    const store = await open(url)
    const down = { pixelCode: 'CDOWN', tokenFingerprint: null, openedAt: 1, pausedUntil: null, nextProbeAt: 2 }
    expect(await store.circuits.list()).toEqual([{ ...down, failures: 1, updatedAt: 1, authFault: null }])
    const held = { ...down, tokenFingerprint: 'ab'.repeat(16), failures: 1, updatedAt: 3, authFault: 'refused' }
    expect(await store.circuits.open(held)).toBe(true)
    expect(await store.circuits.list()).toHaveLength(2)
  })

  it('a database a newer relay migrated is refused, saying so', async () => {
    const url = await testDatabase()
    await (await open(url)).close()
    await runSql(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')")
    const err = await openPostgresStore(url).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SchemaTooNewError)
    expect((err as Error).message).toContain(
      `version 99, newer than this relay knows (${Math.max(...MIGRATIONS.map((m) => m.version))})`
    )
  })
})

describe('PostgreSQL store', () => {
  it('reads profiles fresh: a relay that found none sees another relay’s identify at once', async () => {
    const url = await testDatabase()
    const [a, b] = [await open(url), await open(url)]
    expect(await b.profiles.get({ userId: 'u-1' })).toBeUndefined()
    await a.profiles.merge({ userId: 'u-1' }, { email: ['e'.repeat(64)] })
    expect(await b.profiles.get({ userId: 'u-1' })).toEqual({ email: ['e'.repeat(64)] })
  })

  it('names its database without the password', async () => {
    const url = (await testDatabase()).replace('postgres@', 'postgres:Pa55word@')
    const s = await open(url)
    expect(s.location).toContain('postgres:***@127.0.0.1')
    expect(s.location).not.toContain('Pa55word')
  })
})

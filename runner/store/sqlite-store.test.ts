import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROUTE, tempDataDir, tikTokEvent } from '../../test/runner/delivery/store-fixtures.ts'
import { testStore } from './conformance/store-suite.ts'
import { STORE_FILE } from './relay-store.ts'
import { applySchema } from './schema.ts'
import { openSqlite } from './sqlite-driver.ts'
import { openSqliteStore } from './sqlite-store.ts'
import type { Store } from './store-interface.ts'
import { claimKey } from './store-keys.ts'

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

describe('SQLite message claims written before keys were bytes', () => {
  let store: Store | undefined
  afterEach(async () => store?.close())

  it('a retry of a message claimed as 32 hex digits is still a duplicate, and every key becomes 16 bytes', async () => {
    const dir = tempDataDir('relay-store-sqlite-')
    const old = await openSqlite(join(dir, STORE_FILE))
    old.exec('CREATE TABLE message_claims (key TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL) WITHOUT ROWID')
    const insert = old.prepare('INSERT INTO message_claims (key, claimed_at) VALUES (?, ?)')
    // Many keys, no claimed_at index: the table as the earliest releases made it.
    old.transaction(() => {
      for (let i = 0; i < 6000; i++) insert.run(claimKey({ routeId: ROUTE.routeId, messageId: `old-${i}` }), Date.now())
    })
    old.close()

    store = await openSqliteStore(dir)
    const request = (ids: string[]) => ({
      claims: ids.map((messageId) => ({ routeId: ROUTE.routeId, messageId })),
      items: ids.map((id, i) => ({ route: ROUTE, event: tikTokEvent(id), claim: i }))
    })
    expect(await store.enqueue(request(['old-0', 'old-5999', 'new-1']))).toEqual({ duplicates: [0, 1], enqueued: 1 })
    await store.close()
    store = undefined

    const db = await openSqlite(join(dir, STORE_FILE))
    const kinds = db
      .prepare('SELECT typeof(key) AS t, length(key) AS n, count(*) AS c FROM message_claims GROUP BY 1, 2')
      .all()
    db.close()
    expect(kinds).toEqual([{ t: 'blob', n: 16, c: 6001 }])
  })

  it('a data dir from before BLOB keys keeps its claims: a message claimed before the upgrade is still a duplicate', async () => {
    const dir = tempDataDir('relay-store-sqlite-')
    // The table as releases before BLOB keys made it: the claim key's 32 hex digits as TEXT.
    const old = await openSqlite(join(dir, STORE_FILE))
    applySchema(old)
    old.exec(`CREATE TABLE message_claims (key TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX message_claims_claimed_at ON message_claims (claimed_at);`)
    old
      .prepare('INSERT INTO message_claims (key, claimed_at) VALUES (?, ?)')
      .run(claimKey({ routeId: ROUTE.routeId, messageId: 'before-upgrade' }), Date.now())
    old.close()

    const store = await openSqliteStore(dir)
    const request = (ids: string[]) => ({
      claims: ids.map((messageId) => ({ routeId: ROUTE.routeId, messageId })),
      items: ids.map((id, i) => ({ route: ROUTE, event: tikTokEvent(id), claim: i }))
    })
    expect(await store.enqueue(request(['before-upgrade', 'after-upgrade']))).toEqual({ duplicates: [0], enqueued: 1 })
    expect(await store.enqueue(request(['after-upgrade']))).toEqual({ duplicates: [0], enqueued: 0 })
    // The expired claim is pruned through the new table's claimed_at index as before.
    expect((await store.prune({}, Date.now() + 2 * 60 * 60 * 1000)).claims).toBe(2)
    await store.close()
  })
})

describe('SQLite profiles written by earlier releases', () => {
  it('a profile row keyed by the hex SHA-256 of `u:<userId>` (createHash, as releases before wrote it) is read', async () => {
    const dir = tempDataDir('relay-store-sqlite-')
    const old = await openSqlite(join(dir, STORE_FILE))
    applySchema(old)
    const key = createHash('sha256').update('u:user-before').digest('hex')
    old
      .prepare('INSERT INTO profiles (key, profile_json, updated_at) VALUES (?, ?, ?)')
      .run(key, JSON.stringify({ email: ['e'.repeat(64)], city: 'lyon' }), Date.now())
    old.close()

    const store = await openSqliteStore(dir)
    expect(await store.profiles.get({ userId: 'user-before' })).toEqual({ email: ['e'.repeat(64)], city: 'lyon' })
    await store.close()
  })
})

describe('SQLite pixel circuits written before held circuits were a token’s', () => {
  it('a data dir keyed by pixel keeps its outages and drops circuits held for an unknown token', async () => {
    const dir = tempDataDir('relay-store-sqlite-')
    // The table as releases before token fingerprints made it (and one before opened_at and auth_fault, for the ALTERs).
    const old = await openSqlite(join(dir, STORE_FILE))
    applySchema(old)
    old.exec(`CREATE TABLE pixel_circuits (pixel_code TEXT PRIMARY KEY, paused_until INTEGER, next_probe_at INTEGER,
        failures INTEGER NOT NULL, updated_at INTEGER NOT NULL);
      ALTER TABLE pixel_circuits ADD COLUMN opened_at INTEGER;
      ALTER TABLE pixel_circuits ADD COLUMN auth_fault TEXT;
      INSERT INTO pixel_circuits (pixel_code, opened_at, paused_until, next_probe_at, failures, updated_at, auth_fault)
      VALUES ('CDOWN', 1, NULL, 2, 1, 1, NULL), ('CHELD', 1, NULL, 2, 1, 1, 'TikTok refused the access token (40105)');`)
    old.close()

    const store = await openSqliteStore(dir)
    const down = { pixelCode: 'CDOWN', tokenFingerprint: null, openedAt: 1, pausedUntil: null, nextProbeAt: 2 }
    expect(await store.circuits.list()).toEqual([{ ...down, failures: 1, updatedAt: 1, authFault: null }])
    const held = { ...down, tokenFingerprint: 'ab'.repeat(16), failures: 1, updatedAt: 3, authFault: 'refused' }
    expect(await store.circuits.open(held)).toBe(true)
    expect(await store.circuits.list()).toEqual([{ ...down, failures: 1, updatedAt: 1, authFault: null }, held])
    await store.close()
  })
})

import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { items, PIXEL, ROUTE, tempDataDir, tikTokEvent } from '../../test/runner/delivery/store-fixtures.ts'
import { silentLogger } from '../log.ts'
import { openRelayStore, type RelayStore } from './relay-store.ts'

const open: RelayStore[] = []
async function store(dir = tempDataDir()) {
  const s = await openRelayStore(dir)
  open.push(s)
  return s
}
afterEach(() => {
  for (const s of open.splice(0)) s.close()
})

describe('openRelayStore', () => {
  it('answers enqueue only after the commit: another connection sees the rows', async () => {
    const dir = tempDataDir()
    const writer = await store(dir)
    const reader = await store(dir)
    await writer.enqueue(items(3))
    expect(reader.status().queueDepth).toBe(3)
  })

  it('commits enqueues made in the same tick together (group commit)', async () => {
    const dir = tempDataDir()
    const writer = await store(dir)
    const reader = await store(dir)
    const first = writer.enqueue(items(2, 'a'))
    const second = writer.enqueue(items(3, 'b'))
    const third = writer.enqueue(items(1, 'c'))
    let seenAfterFirst = -1
    await first.then(() => {
      seenAfterFirst = reader.status().queueDepth
    })
    await Promise.all([second, third])
    expect(seenAfterFirst).toBe(6)
  })

  it('runs in WAL mode', async () => {
    const s = await store()
    await s.enqueue(items(1))
    expect(readFileSync(join(s.path + '-wal')).length).toBeGreaterThan(0)
  })

  it('creates its database, -wal and -shm files 0600 (owner only) whatever the umask', async () => {
    const before = process.umask(0o022)
    try {
      const s = await store()
      await s.enqueue(items(1))
      const modes = ['', '-wal', '-shm'].map((end) => (statSync(s.path + end).mode & 0o777).toString(8))
      expect(modes).toEqual(['600', '600', '600'])
    } finally {
      process.umask(before)
    }
  })

  it('sets an existing database file that its group may read to 0600 (file-modes.ts; the log line: file-modes.test.ts)', async () => {
    const dir = tempDataDir()
    writeFileSync(join(dir, 'relay.sqlite'), '')
    chmodSync(join(dir, 'relay.sqlite'), 0o640)
    const s = await openRelayStore(dir, { log: silentLogger })
    open.push(s)
    await s.enqueue(items(1))
    expect((statSync(s.path).mode & 0o777).toString(8)).toBe('600')
  })

  it('stores the route and the TikTok event, nothing else', async () => {
    const s = await store()
    await s.enqueue([{ route: { ...ROUTE, testEventCode: 'TEST123' }, event: tikTokEvent('e1') }])
    const [leased] = s.queue.lease('w1', 10, Date.now(), Date.now() + 60_000)
    expect(leased!.route).toEqual({ ...ROUTE, testEventCode: 'TEST123' })
    expect(JSON.parse(leased!.eventJson)).toEqual(tikTokEvent('e1'))
  })

  it('rejects enqueue after close', async () => {
    const s = await openRelayStore(tempDataDir())
    s.close()
    await expect(s.enqueue(items(1))).rejects.toThrow(/closed/)
  })
})

describe('queue leases', () => {
  it('leases ready rows once; acked rows leave, rescheduled rows come back when due', async () => {
    const s = await store()
    await s.enqueue(items(5))
    const now = Date.now()
    const first = s.queue.lease('w1', 3, now, now + 60_000)
    expect(first.map((e) => JSON.parse(e.eventJson).event_id)).toEqual(['evt-0', 'evt-1', 'evt-2'])
    expect(s.queue.lease('w2', 10, now, now + 60_000)).toHaveLength(2)
    expect(s.queue.lease('w3', 10, now, now + 60_000)).toHaveLength(0)

    s.queue.ack([first[0]!.id])
    s.queue.reschedule([first[1]!.id], now + 5_000, { code: 40100, message: 'Too many requests' })
    expect(s.queue.lease('w3', 10, now + 1_000, now + 60_000)).toHaveLength(0)
    const back = s.queue.lease('w3', 10, now + 5_000, now + 60_000)
    expect(back.map((e) => [JSON.parse(e.eventJson).event_id, e.attempts])).toEqual([['evt-1', 1]])
    expect(s.status().counters).toMatchObject({ delivered: 1, retried: 1 })
  })

  it('knows when the event first in line was enqueued (the age gauge), and nothing for an empty queue', async () => {
    const s = await store()
    expect(s.queue.firstInLineEnqueuedAt()).toBeUndefined()
    const before = Date.now()
    await s.enqueue(items(2))
    const between = Date.now()
    await new Promise((r) => setTimeout(r, 20))
    await s.enqueue(items(1, 'later'))
    const first = s.queue.firstInLineEnqueuedAt()!
    expect(first).toBeGreaterThanOrEqual(before)
    expect(first).toBeLessThanOrEqual(between)
    const [a, b] = s.queue.lease('w1', 2, Date.now(), Date.now() + 60_000)
    s.queue.ack([a!.id, b!.id])
    expect(s.queue.firstInLineEnqueuedAt()).toBeGreaterThan(between)
  })

  it('takes back the leases of a worker whose heartbeat stopped, and only those', async () => {
    const s = await store()
    await s.enqueue(items(4))
    const now = Date.now()
    s.queue.heartbeat('dead', now - 10_000)
    s.queue.heartbeat('alive', now)
    s.queue.lease('dead', 3, now, now + 600_000)
    s.queue.lease('alive', 1, now, now + 600_000)
    expect(s.queue.reclaimStale(now - 5_000)).toBe(3)
    expect(s.queue.lease('new', 10, now, now + 60_000)).toHaveLength(3)
  })

  it('releases expired leases, whoever holds them, and only expired ones', async () => {
    const s = await store()
    await s.enqueue(items(2))
    const now = Date.now()
    s.queue.lease('w1', 1, now, now + 1_000)
    s.queue.lease('w1', 1, now, now + 9_000)
    expect(s.queue.releaseExpired(now + 999)).toBe(0)
    expect(s.queue.releaseExpired(now + 1_000)).toBe(1)
    expect(s.queue.lease('w2', 5, now + 1_000, now + 60_000).map((e) => JSON.parse(e.eventJson).event_id)).toEqual([
      'evt-0'
    ])
  })
})

describe('dead letters', () => {
  const failure = { code: 40002, message: 'Invalid value for data.0.event_id' }
  async function withDeadLetters() {
    const s = await store()
    const other = { ...ROUTE, pixelCode: 'COTHERPIXEL' }
    await s.enqueue([
      { route: ROUTE, event: tikTokEvent('p1', 'Purchase') },
      { route: ROUTE, event: tikTokEvent('l1', 'Lead') },
      { route: other, event: tikTokEvent('o1', 'Purchase') }
    ])
    const leased = s.queue.lease('w', 10, Date.now(), Date.now() + 60_000)
    leased.forEach((e, i) => {
      s.queue.deadLetter([e.id], failure, 1_000 * (i + 1))
    })
    return s
  }

  it.each([
    ['all', {}, ['p1', 'l1', 'o1']],
    ['by pixel', { pixelCode: PIXEL }, ['p1', 'l1']],
    ['by event name', { eventName: 'Purchase' }, ['p1', 'o1']],
    ['by time', { since: 2_000, until: 3_000 }, ['l1']]
  ])('replays %s back to the queue as fresh events', async (_name, filter, ids) => {
    const s = await withDeadLetters()
    expect(s.deadLetters.list({}, 10)[0]).toMatchObject({
      errorCode: 40002,
      errorMessage: failure.message,
      attempts: 1
    })
    const now = Date.now()
    expect(s.deadLetters.replay(filter, now)).toBe(ids.length)
    const requeued = s.queue.lease('w', 10, now, now + 60_000)
    expect(requeued.map((e) => JSON.parse(e.eventJson).event_id).sort()).toEqual([...ids].sort())
    expect(requeued.every((e) => e.attempts === 0 && e.enqueuedAt === now)).toBe(true)
    expect(s.deadLetters.count()).toBe(3 - ids.length)
  })
})

describe('profiles', () => {
  const digest = (c: string) => c.repeat(64)

  it('retention deletes dead letters and profiles past their days, keeps the rest, and 0 keeps them forever', async () => {
    const day = 24 * 60 * 60 * 1000
    const s = await store()
    s.profiles.merge({ userId: 'old-visitor' }, { email: [digest('e')] })
    await s.enqueue(items(3, 'dl'))
    const leased = s.queue.lease('w', 3, Date.now(), Date.now() + 60_000)
    const now = Date.now()
    s.queue.deadLetter([leased[0]!.id], { message: 'rejected' }, now - 40 * day)
    s.queue.deadLetter([leased[1]!.id, leased[2]!.id], { message: 'rejected' }, now - 2 * day)

    expect(await s.prune({ deadLetterMaxAgeMs: 0, profileMaxAgeMs: 0 }, now + 500 * day)).toEqual({
      deadLetters: 0,
      profiles: 0
    })
    expect(await s.prune({ deadLetterMaxAgeMs: 30 * day, profileMaxAgeMs: 400 * day }, now)).toEqual({
      deadLetters: 1,
      profiles: 0
    })
    expect(s.deadLetters.count()).toBe(2)
    expect(s.profiles.get({ userId: 'old-visitor' })).toBeDefined()
    const later = now + 401 * day
    expect(await s.prune({ profileMaxAgeMs: 400 * day }, later)).toEqual({ deadLetters: 0, profiles: 1 })
  })

  it('merges hashed keys per id, reads anonymous + user together, and follows alias', async () => {
    const s = await store()
    s.profiles.merge({ anonymousId: 'anon-1' }, { email: [digest('a')], city: 'austin' })
    s.profiles.merge({ userId: 'user-1' }, { email: [digest('b')], phone: [digest('c')] })
    expect(s.profiles.get({ userId: 'user-1', anonymousId: 'anon-1' })).toEqual({
      email: [digest('b'), digest('a')],
      phone: [digest('c')],
      city: 'austin'
    })
    s.profiles.alias('anon-1', 'user-2')
    expect(s.profiles.get({ userId: 'user-2' })).toEqual({ email: [digest('a')], city: 'austin' })
  })

  it('persists profiles with the next commit, keyed by a hash of the id', async () => {
    const dir = tempDataDir()
    const s = await store(dir)
    s.profiles.merge({ userId: 'jane.doe@example.com' }, { email: [digest('d')] })
    await s.enqueue([])
    s.close()
    const again = await store(dir)
    expect(again.profiles.get({ userId: 'jane.doe@example.com' })).toEqual({ email: [digest('d')] })
    again.close()
    const bytes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'))
    expect(bytes.join('')).toContain('profiles')
    expect(bytes.join('')).not.toContain('jane.doe@example.com')
  })
})

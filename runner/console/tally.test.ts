/** The console's tally against a real SQLite store: counts reach the store per minute, bounded in labels. */
import { expect, it } from 'vitest'
import { tempDataDir } from '../../test/runner/delivery/store-fixtures.ts'
import { silentLogger } from '../log.ts'
import { openSqliteStore } from '../store/sqlite-store.ts'
import { createConsoleTally, OTHER_LABEL } from './tally.ts'

it('adds its counts to the store per minute when it flushes, and puts labels past the bound under (other)', async () => {
  const store = await openSqliteStore(tempDataDir('relay-console-tally-'))
  let now = 10 * 60_000 + 5_000
  const tally = createConsoleTally(store, silentLogger, { flushMs: 60_000, maxLabels: 2, now: () => now })
  try {
    tally.count('received', '', 3)
    tally.count('unmatched', 'track|a')
    tally.count('unmatched', 'track|b')
    tally.count('unmatched', 'track|c', 4)
    now += 60_000
    tally.count('received', '')
    tally.live({
      at: now,
      eventName: 'Purchase',
      status: 'queued',
      pipeline: 'p',
      consent: 'granted',
      warnings: [],
      eventJson: '{}'
    })
    expect(await store.consoleStats.read(0)).toEqual([])
    await tally.close()
    const rows = (await store.consoleStats.read(0)).map((r) => [r.minute / 60_000, r.series, r.label, r.count])
    expect(rows.sort()).toEqual([
      [10, 'received', '', 3],
      [10, 'unmatched', OTHER_LABEL, 4],
      [10, 'unmatched', 'track|a', 1],
      [10, 'unmatched', 'track|b', 1],
      [11, 'received', '', 1]
    ])
    expect((await store.consoleStats.live({}, 10)).map((e) => e.eventName)).toEqual(['Purchase'])
  } finally {
    await store.close()
  }
})

/**
 * `tiktok-events-relay import` killed (kill -9) part-way, then run again, as a user would after a crash: every row
 * ends up queued exactly once. The import's rows and their claims commit in one transaction, and its connection
 * checkpoints rarely (relay-store.ts bulkWrites), so what the killed run committed lives in the WAL and must come
 * back from it when the store is next opened.
 */
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { BUN, runCli } from '../../test/runner/relay-process.ts'
import { waitFor } from '../../test/runner/wait-for.ts'
import { STORE_FILE } from '../store/relay-store.ts'
import { openSqlite } from '../store/sqlite-driver.ts'

/** Six chunks of run-import.ts's 5,000 rows: the killed run commits one or a few. */
const ROWS = 30_000
const ROOT = new URL('../../', import.meta.url).pathname

it('an import killed part-way and run again queues every row exactly once', async () => {
  const dir = tempDir('import-crash-')
  const file = join(dir, 'sales.csv')
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  const lines = ['Order ID,Order Date,Email,Total,Currency']
  for (let i = 0; i < ROWS; i++) lines.push(`ord-${i},${day},c${i}@example.com,${i % 90}.5,USD`)
  writeFileSync(file, `${lines.join('\n')}\n`)
  const dataDir = join(dir, 'data')
  const env = { TIKTOK_PIXEL_CODE: 'CPIXEL', RELAY_DATA_DIR: dataDir }
  const args = ['import', file, '--source', 'offline', '--set', '8000000001', '--json', '--create']

  const killed = spawn(BUN, ['runner/cli.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: 'ignore'
  })
  const exited = new Promise<void>((resolve) => killed.once('exit', () => resolve()))
  try {
    // Killed once its first chunk has committed, long before the last one.
    await waitFor('the store file', () => existsSync(join(dataDir, STORE_FILE)))
    const reader = await openSqlite(join(dataDir, STORE_FILE))
    try {
      await waitFor('the first committed rows', () => {
        try {
          return Number(reader.prepare('SELECT count(*) AS n FROM queue_events').get()!.n) > 0 || undefined
        } catch {
          return undefined // the schema is not there yet
        }
      })
    } finally {
      reader.close()
    }
  } finally {
    killed.kill('SIGKILL')
    await exited
  }

  const again = await runCli(args, env)
  expect(again.code).toBe(0)
  const summary = JSON.parse(again.stdout)
  // The killed run had committed some rows and not all: the second one skipped those and queued the rest.
  expect(summary.alreadyImported).toBeGreaterThan(0)
  expect(summary.queued).toBeGreaterThan(0)
  expect(summary.queued + summary.alreadyImported).toBe(ROWS)

  const db = await openSqlite(join(dataDir, STORE_FILE))
  try {
    expect(db.prepare('SELECT count(*) AS n, count(DISTINCT event_id) AS ids FROM queue_events').get()).toMatchObject({
      n: ROWS,
      ids: ROWS
    })
  } finally {
    db.close()
  }
}, 120_000)

/**
 * A data directory or database the relay cannot use stops `serve` before it listens, with the path and what is wrong
 * (exit 1), instead of SQLite's placeless "unable to open database file" or a relay that listens and answers 429.
 * Each fault is made for real on disk; permissions are judged as an unprivileged user (root ignores them): as root,
 * the relay runs as `nobody` from a staged copy of its tree that `nobody` can enter wherever the checkout lives
 * (unprivileged-relay.ts), and the data dirs are made beside it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDir } from '../fixtures/temp-dir.ts'
import { BUN, runCli, startRelayProcess } from './relay-process.ts'
import { NOBODY, stageForNobody } from './unprivileged-relay.ts'

const isRoot = process.getuid?.() === 0
/** As root, the relay runs as `nobody`, for whom a read-only file is read-only, from a tree `nobody` can enter. */
const place = isRoot ? stageForNobody() : undefined
const UNPRIVILEGED = place ? { ...NOBODY, checkout: place.checkout } : {}
const root = place?.work ?? tempDir('start-up-faults-')
const readOnly: string[] = []

/** A directory the unprivileged relay owns, as a user's own data directory is. */
function ownDir(name: string): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  if (isRoot) chownSync(dir, NOBODY.uid, NOBODY.gid)
  return dir
}

/** A file the unprivileged relay owns. */
function ownFile(path: string, text: string): void {
  writeFileSync(path, text)
  if (isRoot) chownSync(path, NOBODY.uid, NOBODY.gid)
}

function makeReadOnly(path: string, mode: number): void {
  chmodSync(path, mode)
  readOnly.push(path)
}

/** A data directory holding a real relay database (made by a relay that ran and stopped). */
async function dataDirWithDatabase(name: string): Promise<string> {
  const dir = ownDir(name)
  const relay = await startRelayProcess({ RELAY_DATA_DIR: dir })
  expect(await relay.stop()).toBe(0)
  if (isRoot) for (const f of ['', '/relay.sqlite']) chownSync(dir + f, NOBODY.uid, NOBODY.gid)
  return dir
}

afterAll(() => {
  // Writable again, so the temp dir can be removed by a non-root owner too.
  for (const path of readOnly.reverse()) chmodSync(path, 0o755)
  place?.remove()
})

describe('serve refuses a data directory or database it cannot use, naming it', () => {
  it.each<[string, () => Promise<{ dataDir: string; at: string; problem: string }>]>([
    [
      'a data directory that is a file',
      async () => {
        const file = join(root, 'a-file')
        writeFileSync(file, 'not a directory')
        return { dataDir: file, at: file, problem: 'is not a directory; the data directory' }
      }
    ],
    [
      'a data directory that cannot be created',
      async () => {
        const parent = ownDir('read-only-parent')
        makeReadOnly(parent, 0o555)
        const dataDir = join(parent, 'data')
        return { dataDir, at: dataDir, problem: 'cannot be created (permission denied)' }
      }
    ],
    [
      'a read-only data directory',
      async () => {
        const dataDir = await dataDirWithDatabase('read-only-dir')
        makeReadOnly(dataDir, 0o555)
        return { dataDir, at: dataDir, problem: 'is not writable (permission denied); the queue keeps its files' }
      }
    ],
    [
      'a read-only database file',
      async () => {
        const dataDir = await dataDirWithDatabase('read-only-file')
        makeReadOnly(join(dataDir, 'relay.sqlite'), 0o444)
        return {
          dataDir,
          at: join(dataDir, 'relay.sqlite'),
          problem: 'is not writable (permission denied); the relay writes every event it accepts'
        }
      }
    ],
    [
      'a file that is not a SQLite database',
      async () => {
        const dataDir = ownDir('not-sqlite')
        ownFile(join(dataDir, 'relay.sqlite'), '{"events": []}\n')
        return { dataDir, at: join(dataDir, 'relay.sqlite'), problem: 'is not a SQLite database' }
      }
    ],
    [
      'a directory where the database should be',
      async () => {
        const dataDir = ownDir('database-is-a-dir')
        mkdirSync(join(dataDir, 'relay.sqlite'))
        return { dataDir, at: join(dataDir, 'relay.sqlite'), problem: 'is not a file' }
      }
    ]
  ])('%s (exit 1, never listening)', async (_name, make) => {
    const { dataDir, at, problem } = await make()
    const { code, stdout, stderr } = await runCli(['serve', '--port', '0'], { RELAY_DATA_DIR: dataDir }, UNPRIVILEGED)
    expect(stdout).not.toContain('RELAY_LISTENING')
    expect(code).toBe(1)
    expect(stderr).toContain(`The relay did not start: ${at} ${problem}`)
  })

  it('a database locked by a stale writer: waits the busy timeout, then names the file (exit 1)', async () => {
    const dataDir = await dataDirWithDatabase('locked')
    const database = join(dataDir, 'relay.sqlite')
    // Another process that took the write lock and never lets go (a stopped relay, a forgotten sqlite3 session).
    const holder: ChildProcess = spawn(
      BUN,
      [
        '-e',
        `const { Database } = require('bun:sqlite'); const db = new Database(${JSON.stringify(database)});
         db.exec('BEGIN IMMEDIATE'); db.exec("INSERT INTO counters VALUES ('held', 1)");
         console.log('holding'); setInterval(() => {}, 1000)`
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on('data', (c) => String(c).includes('holding') && resolve())
        holder.once('exit', (c) => reject(new Error(`the lock holder exited with ${c}`)))
      })
      const { code, stdout, stderr } = await runCli(['serve', '--port', '0'], { RELAY_DATA_DIR: dataDir })
      expect(stdout).not.toContain('RELAY_LISTENING')
      expect(code).toBe(1)
      expect(stderr).toContain(
        `The relay did not start: ${database} is locked: another process has held its write lock for over 10 s`
      )
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('a new database and its -wal and -shm are made 0600 (owner only), as a secrets-bearing file', async () => {
    const dataDir = ownDir('new-database')
    const relay = await startRelayProcess({ RELAY_DATA_DIR: dataDir })
    try {
      const res = await fetch(`${relay.url}/v1/track`, {
        method: 'POST',
        body: JSON.stringify({
          userId: 'u-mode',
          event: 'Order Completed',
          properties: { revenue: 1, currency: 'USD' }
        })
      })
      expect(res.status).toBe(200)
      const modes = ['', '-wal', '-shm'].map((end) =>
        (statSync(join(dataDir, `relay.sqlite${end}`)).mode & 0o777).toString(8)
      )
      expect(modes).toEqual(['600', '600', '600'])
    } finally {
      expect(await relay.stop()).toBe(0)
    }
  })

  it('an empty database file is a new database: the relay starts', async () => {
    const dataDir = ownDir('empty-file')
    ownFile(join(dataDir, 'relay.sqlite'), '')
    const relay = await startRelayProcess({ RELAY_DATA_DIR: dataDir })
    try {
      expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    } finally {
      expect(await relay.stop()).toBe(0)
    }
  })
})

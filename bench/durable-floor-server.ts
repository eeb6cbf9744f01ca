/**
 * The durable floor (reference for the intake bench): the least a server can do and still answer 200 only for
 * events that survive a power cut. It parses the JSON body, INSERTs each message's JSON text into a SQLite WAL
 * database (synchronous=NORMAL), commits once per round for everyone waiting, fdatasyncs the WAL, then answers.
 * No auth, no validation, no TikTok event, no identity, no delivery worker: whatever the relay does on top costs
 * more, so the relay cannot beat these figures on the same machine.
 */
import { Database } from 'bun:sqlite'
import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'tiktok-relay-bench-floor-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
process.on('SIGTERM', () => process.exit(0))
const db = new Database(join(dir, 'floor.db'))
db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE queue (id INTEGER PRIMARY KEY, json TEXT)')
const insert = db.prepare('INSERT INTO queue (json) VALUES (?)')
const commit = db.transaction((rows: string[]) => {
  for (const row of rows) insert.run(row)
})
const wal = open(join(dir, 'floor.db-wal'), 'r')

let rows: string[] = []
let waiting: (() => void)[] = []
let busy = false
async function round(): Promise<void> {
  busy = true
  while (waiting.length > 0) {
    const done = waiting
    commit(rows)
    rows = []
    waiting = []
    await (await wal).datasync()
    for (const resolve of done) resolve()
  }
  busy = false
}
function durable(messages: unknown[]): Promise<void> {
  for (const m of messages) rows.push(JSON.stringify(m))
  const committed = new Promise<void>((resolve) => waiting.push(resolve))
  if (!busy) setImmediate(round)
  busy = true
  return committed
}

const server = Bun.serve({
  port: 0,
  hostname: '127.0.0.1',
  async fetch(req) {
    const body = (await req.json()) as { batch?: unknown[] }
    await durable(Array.isArray(body.batch) ? body.batch : [body])
    return Response.json({ success: true })
  }
})
console.log(`FLOOR=${server.url}`)

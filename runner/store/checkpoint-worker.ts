/**
 * Runs in its own thread (checkpointer.ts starts it): moves committed WAL frames into the database file every
 * CHECKPOINT_EVERY_MS with a PASSIVE checkpoint, which never blocks the relay's writers. The copying and its two
 * syncs then cost this thread's time, not the event loop's.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { openSqlite } from './sqlite-driver.ts'

const CHECKPOINT_EVERY_MS = 100

export async function runCheckpointer(path: string): Promise<void> {
  const db = await openSqlite(path)
  db.exec('PRAGMA busy_timeout = 10000')
  // NORMAL: a checkpoint still syncs the WAL before copying and the database file after it.
  db.exec('PRAGMA synchronous = NORMAL')
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
  const timer = setInterval(() => {
    try {
      checkpoint.get()
    } catch {
      // Busy or locked: the next tick tries again, and the relay's own auto-checkpoint is the backstop.
    }
  }, CHECKPOINT_EVERY_MS)
  parentPort!.once('message', () => {
    clearInterval(timer)
    try {
      checkpoint.get()
    } catch {}
    db.close()
    // The main side ends the thread when it reads this.
    parentPort!.postMessage('stopped')
  })
  parentPort!.postMessage('ready')
}

// node:worker_threads is the one thread API Bun, Deno and Node share.
if (!isMainThread && parentPort) void runCheckpointer(String(workerData))

/**
 * Durability without blocking the event loop. The database runs with synchronous=NORMAL: a commit writes its WAL
 * frames into the page cache (microseconds) and does not wait for the disk, which already survives a killed process.
 * To survive a power cut as well, an intake commit is followed by an fdatasync of the `-wal` file, run on the
 * runtime's I/O threads (node:fs/promises on Bun, Deno and Node), and the 200 waits for it. fdatasync flushes every
 * dirty page of the file whichever descriptor wrote it, so a sync that STARTS after a commit makes that commit
 * durable. group-commit.ts decides when to sync.
 *
 * Why not synchronous=FULL: SQLite would then sync inside COMMIT, on the event loop, about a millisecond during which
 * no request is parsed. SQLite itself still syncs the WAL before each checkpoint, so nothing a sync covered is lost
 * when frames move into the database file.
 */
import { type FileHandle, open } from 'node:fs/promises'
import { dirname } from 'node:path'

export interface WalSync {
  /** Resolves once everything committed before the call is on stable storage (one fdatasync). */
  durable(): Promise<void>
  close(): Promise<void>
}

interface OpenWal {
  handle: FileHandle
}

async function syncDirectory(dir: string): Promise<void> {
  // A new -wal file's directory entry must be durable too. Some file systems refuse to sync a directory: then the
  // file's own sync is all there is, as with SQLite's own FULL mode on them.
  try {
    const d = await open(dir, 'r')
    try {
      await d.sync()
    } finally {
      await d.close()
    }
  } catch {}
}

export function createWalSync(databasePath: string): WalSync {
  const walPath = `${databasePath}-wal`
  let wal: Promise<OpenWal> | undefined

  const openWal = async (): Promise<OpenWal> => {
    const handle = await open(walPath, 'r')
    await syncDirectory(dirname(walPath))
    return { handle }
  }

  const syncOnce = async (): Promise<void> => {
    try {
      wal ??= openWal()
      // The descriptor stays valid for the relay's life: SQLite removes the -wal file only when the LAST connection
      // closes, and the relay's own connection is open while it serves.
      await (await wal).handle.datasync()
    } catch (err) {
      const failed = wal
      wal = undefined
      failed?.then((w) => w.handle.close()).catch(() => {})
      // No -wal file: SQLite removes it only after checkpointing it into the database file, which it syncs.
      if ((err as { code?: string }).code === 'ENOENT') return
      throw err
    }
  }

  return {
    durable: syncOnce,
    async close() {
      if (wal) await (await wal).handle.close().catch(() => {})
      wal = undefined
    }
  }
}

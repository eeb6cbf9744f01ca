/**
 * What can stop the store from opening, found before the relay listens and said with the path: a data directory that
 * cannot be created or written, a database file that is read-only, not SQLite, damaged or locked. SQLite's own words
 * ("unable to open database file", "file is not a database") name no file, and a read-only database used to open,
 * listen, then answer every event with 429.
 */
import { closeSync, mkdirSync, openSync, readSync, statSync, unlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage } from '../log.ts'

/** The store cannot open: `path` is the directory or file at fault, `problem` what is wrong with it. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError'
  constructor(
    readonly path: string,
    readonly problem: string
  ) {
    super(`${path} ${problem}`)
  }
}

/** The first 16 bytes of every SQLite 3 database (https://www.sqlite.org/fileformat.html, "The Database Header"). */
const SQLITE_HEADER = 'SQLite format 3\0'
const SET_BY = 'dataDir / RELAY_DATA_DIR'

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EROFS') return 'read-only file system'
  if (code === 'ENOSPC') return 'no space left on the device'
  return errorMessage(err)
}

const notADirectory = (dir: string) =>
  new StoreOpenError(dir, `is not a directory; the data directory (${SET_BY}) must be one`)

const notSqlite = (file: string) =>
  new StoreOpenError(file, `is not a SQLite database; move it away, or point ${SET_BY} elsewhere`)

function checkDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR') throw notADirectory(dir)
    throw new StoreOpenError(dir, `cannot be created (${reason(err)}); it is the data directory (${SET_BY})`)
  }
  if (!statSync(dir).isDirectory()) throw notADirectory(dir)
  // SQLite creates the -wal and -shm files beside the database: the directory itself must take new files.
  const probe = join(dir, `.relay-write-probe-${process.pid}`)
  try {
    closeSync(openSync(probe, 'wx'))
    unlinkSync(probe)
  } catch (err) {
    throw new StoreOpenError(
      dir,
      `is not writable (${reason(err)}); the queue keeps its files in this data directory (${SET_BY})`
    )
  }
}

/** An existing file the store must read and write (the database, its -wal or -shm). */
function checkFile(file: string, isDatabase: boolean): void {
  let size: number
  try {
    const info = statSync(file)
    if (!info.isFile()) throw new StoreOpenError(file, 'is not a file')
    size = info.size
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err instanceof StoreOpenError ? err : new StoreOpenError(file, `cannot be read (${reason(err)})`)
  }
  let fd: number
  try {
    fd = openSync(file, 'r+')
  } catch (err) {
    throw new StoreOpenError(file, `is not writable (${reason(err)}); the relay writes every event it accepts`)
  }
  try {
    // An empty file is a new database to SQLite; anything else must start with its header.
    if (!isDatabase || size === 0) return
    const head = Buffer.alloc(SQLITE_HEADER.length)
    const read = readSync(fd, head, 0, head.length, 0)
    if (head.toString('latin1', 0, read) !== SQLITE_HEADER) throw notSqlite(file)
  } finally {
    closeSync(fd)
  }
}

/** Owner read and write only: the database holds hashed match keys, profiles and the queue's events. */
export const DATABASE_FILE_MODE = 0o600

/**
 * A new database file is made here, empty and 0600 (owner only, whatever the umask), before SQLite opens it: SQLite
 * takes an empty file as a new database, and gives the -wal and -shm files it makes the database file's own mode
 * (its unix VFS, findCreateFileMode and unixOpenSharedMemory), so all three are 0600. An existing file that others
 * may read is set to 0600 on open (file-modes.ts).
 */
function createPrivately(file: string): void {
  try {
    closeSync(openSync(file, 'wx', DATABASE_FILE_MODE))
  } catch (err) {
    // Made meanwhile (another process opening the same data dir): SQLite opens that one.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return
    throw new StoreOpenError(file, `cannot be created (${reason(err)}); it is the relay's database`)
  }
}

/**
 * Makes sure `dir` exists and is writable and that an existing `dir/fileName` (and its -wal, -shm) is a writable
 * SQLite database; a missing one is created empty with DATABASE_FILE_MODE. Returns the database's absolute path.
 * Throws StoreOpenError naming the directory or file at fault.
 */
export function checkDataDir(dir: string, fileName: string): string {
  const absolute = resolve(dir)
  checkDirectory(absolute)
  const path = join(absolute, fileName)
  checkFile(path, true)
  checkFile(`${path}-wal`, false)
  checkFile(`${path}-shm`, false)
  createPrivately(path)
  return path
}

/** SQLite's words for an open or a first write that failed, said about the database file. */
export function explainSqliteError(path: string, err: unknown, busyTimeoutMs: number): StoreOpenError {
  const message = errorMessage(err)
  if (/database is locked|SQLITE_BUSY/i.test(message)) {
    const held = busyTimeoutMs > 0 ? ` for over ${busyTimeoutMs / 1000} s` : ''
    return new StoreOpenError(
      path,
      `is locked: another process has held its write lock${held} (a stopped relay, an open sqlite3 session); stop it, or use another data directory`
    )
  }
  if (/readonly database|SQLITE_READONLY/i.test(message)) {
    return new StoreOpenError(path, 'is read-only; the relay writes every event it accepts')
  }
  if (/file is not a database|SQLITE_NOTADB/i.test(message)) return notSqlite(path)
  return new StoreOpenError(path, `cannot be opened by SQLite: ${message}`)
}

/**
 * The SQLite store's files (the database, its -wal and -shm) hold hashed match keys, profiles and queued events, so
 * only their owner may read them. The relay creates them 0600 (open-checks.ts), but a file made by an earlier
 * version, copied in with `cp`, or restored from a backup may be 0644. On open, each such file is set to 0600 when
 * the relay may change its mode (it owns the file, or runs as root), and said in one log line; a file it may not
 * change (another user's) is said in one warning with its mode and the command that fixes it (as root: give it to the
 * relay's user, then 0600). Nothing else changes:
 * the relay still opens the store either way (refusing would stop the events of a setup that worked before).
 */
import { chmodSync, statSync } from 'node:fs'
import type { Logger } from '../log.ts'
import { DATABASE_FILE_MODE } from './open-checks.ts'

/** A store file other users may read: its path and permission bits as found (`0o644`). */
export interface LooseFile {
  path: string
  mode: number
}

export interface FileModeReport {
  /** Files set to DATABASE_FILE_MODE, with the mode they had. */
  tightened: LooseFile[]
  /** Files the relay may not change (not their owner), left as they are. */
  untouched: LooseFile[]
}

/** `0o644` -> `0644`. */
export const octal = (mode: number) => `0${(mode & 0o777).toString(8).padStart(3, '0')}`

/** A path as a shell word: quoted when it holds anything but letters, digits and `._/-`. */
const shellWord = (path: string) => (/^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`)

/**
 * Sets each existing file of `paths` that group or others may read or write to DATABASE_FILE_MODE. Missing files
 * are skipped. Never throws for a file it may not change: that file is listed in `untouched`.
 */
export function tightenStoreFiles(paths: readonly string[]): FileModeReport {
  const report: FileModeReport = { tightened: [], untouched: [] }
  for (const path of paths) {
    let mode: number
    try {
      mode = statSync(path).mode & 0o7777
    } catch {
      continue
    }
    if ((mode & 0o077) === 0) continue
    try {
      chmodSync(path, DATABASE_FILE_MODE)
      report.tightened.push({ path, mode })
    } catch {
      // EPERM: another user's file (only its owner or root may change its mode).
      report.untouched.push({ path, mode })
    }
  }
  return report
}

/**
 * The relay's own user as chown takes it: its uid (a name from os.userInfo is not always known: Bun answers
 * "unknown" without USER in the environment, and a container's uid may have none).
 */
const relayUser = () => String(process.getuid?.() ?? '')

/**
 * The command that makes `files` the relay's own and owner-only, for the warning. A chmod alone, run by their
 * owner, would leave them another user's file of mode 0600, which the relay may then neither read nor write: its
 * next start refuses the store (found by a trial that followed the advice). So root gives them to the relay first.
 */
export const fixCommand = (files: readonly LooseFile[], user = relayUser()) => {
  const paths = files.map((f) => shellWord(f.path)).join(' ')
  return `chown ${shellWord(user)} ${paths} && chmod ${octal(DATABASE_FILE_MODE).slice(1)} ${paths}`
}

/** One info line for the files tightened, one warning for those left as they were; nothing when all were 0600. */
export function logFileModes(report: FileModeReport, log: Pick<Logger, 'info' | 'warn'>): void {
  const list = (files: readonly LooseFile[]) => files.map((f) => `${f.path} (was ${octal(f.mode)})`)
  if (report.tightened.length > 0) {
    log.info(`store files were readable by other users; set them to ${octal(DATABASE_FILE_MODE)} (owner only)`, {
      files: list(report.tightened)
    })
  }
  if (report.untouched.length > 0) {
    log.warn(
      `store files are readable by other users and the relay cannot change their mode (another user owns them): as root, run ${fixCommand(report.untouched)} (a chmod alone would lock the relay out of its store)`,
      { files: report.untouched.map((f) => `${f.path} (${octal(f.mode)})`) }
    )
  }
}

/**
 * A place where an unprivileged user (`nobody`, uid 65534) can run the relay, wherever the checkout lives. Tests that
 * need real permission faults run as root, and root ignores file modes, so they run the relay as `nobody`; but a
 * checkout in a 0700 directory (`mktemp -d`, a CI workspace, /root) is out of `nobody`'s reach. So the relay's tree
 * (sources, pipelines, node_modules with the bun binary) is staged under a fresh 0755 directory in a temp dir that
 * `nobody` can traverse: hard links where the file system allows (no copy of node_modules' ~500 MB), a copy otherwise
 * and for any file that is not world-readable. The relay still runs from real files as an unprivileged process, so
 * what it reports about permissions is real.
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

export const NOBODY = { uid: 65534, gid: 65534 }

/** The checkout's top-level entries the relay never reads at run time (history, its default data dir, builds). */
const LEFT_OUT = new Set(['.git', 'data', 'dist'])

export interface UnprivilegedPlace {
  /** The staged relay tree: pass it to `runCli` as `checkout`. */
  checkout: string
  /** A 0755 directory, traversable by `nobody`, for the test's own data dirs. */
  work: string
  /** Removes everything staged and made under `work`. */
  remove(): void
}

/** True when `user` may search (enter) `dir` and each directory above it, judged by mode bits and owners. */
export function traversable(dir: string, user = NOBODY): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const { mode, uid, gid } = statSync(d)
    const search = uid === user.uid ? mode & 0o100 : gid === user.gid ? mode & 0o010 : mode & 0o001
    if (!search) return false
    if (d === dirname(d)) return true
  }
}

/**
 * Stages the relay at `checkout` (default: this checkout) under a new 0755 directory in the system temp dir, or in
 * /tmp when the temp dir itself is out of `nobody`'s reach. Throws, saying which, when neither is reachable.
 */
export function stageForNobody(checkout = new URL('../../', import.meta.url).pathname): UnprivilegedPlace {
  const base = [tmpdir(), '/tmp'].find((d) => traversable(d))
  if (!base) throw new Error(`neither ${tmpdir()} nor /tmp can be entered by uid ${NOBODY.uid}`)
  const top = mkdtempSync(join(base, 'tiktok-relay-test-nobody-'))
  chmodSync(top, 0o755)
  try {
    const staged = join(top, 'relay')
    mkdirSync(staged, { mode: 0o755 })
    for (const name of readdirSync(checkout)) {
      if (!LEFT_OUT.has(name)) stageEntry(join(checkout, name), join(staged, name), checkout, staged)
    }
    const work = join(top, 'work')
    mkdirSync(work)
    chmodSync(work, 0o755)
    return { checkout: staged, work, remove: () => rmSync(top, { recursive: true, force: true }) }
  } catch (err) {
    rmSync(top, { recursive: true, force: true })
    throw err
  }
}

/** One file, link or directory (recursively) of the tree: directories 0755, files readable by everyone. */
function stageEntry(from: string, to: string, fromRoot: string, toRoot: string): void {
  const st = lstatSync(from)
  if (st.isSymbolicLink()) {
    // node_modules/.bin links are relative; an absolute one into the checkout must point into the staged tree.
    const target = readlinkSync(from)
    const inside = isAbsolute(target) && !relative(fromRoot, target).startsWith('..')
    symlinkSync(inside ? join(toRoot, relative(fromRoot, target)) : target, to)
  } else if (st.isDirectory()) {
    mkdirSync(to)
    chmodSync(to, 0o755)
    for (const name of readdirSync(from)) stageEntry(join(from, name), join(to, name), fromRoot, toRoot)
  } else if (st.isFile()) {
    if (st.mode & 0o004) {
      try {
        linkSync(from, to)
        return
      } catch (err) {
        // Another file system (a tmpfs /tmp): copy instead.
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV' && (err as NodeJS.ErrnoException).code !== 'EPERM') {
          throw err
        }
      }
    }
    copyFileSync(from, to)
    chmodSync(to, st.mode & 0o111 ? 0o755 : 0o644)
  }
}

/**
 * Starts the relay the way a user does (`bun runner/cli.ts serve`) in its own process and data dir, and reads the
 * URL from its first stdout line. Shared by the end-to-end tests and the intake bench.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { tempDir } from '../fixtures/temp-dir.ts'

export interface RelayProcess {
  url: string
  dataDir: string
  proc: ChildProcess
  stderr(): string
  /**
   * SIGTERM (a drain), and SIGKILL if the relay is still running after `graceMs` (default 30 s); resolves with the
   * exit code once the process is gone (null when a signal ended it). At once for a process already gone, however
   * it ended (kill -9 included).
   */
  stop(graceMs?: number): Promise<number | null>
  /** kill -9; resolves once the process is gone. */
  kill(): Promise<void>
}

/** Every relay process still running: killed when the test process exits, so a failed test leaves no orphan. */
const running = new Set<ChildProcess>()
let reaperInstalled = false
function track(proc: ChildProcess): void {
  running.add(proc)
  proc.once('exit', () => running.delete(proc))
  if (reaperInstalled) return
  reaperInstalled = true
  process.once('exit', () => {
    for (const p of running) p.kill('SIGKILL')
  })
}

const gone = (proc: ChildProcess) => proc.exitCode !== null || proc.signalCode !== null

/** Resolves once `proc` has exited (at once if it already has). */
function exited(proc: ChildProcess): Promise<void> {
  return gone(proc) ? Promise.resolve() : new Promise((resolve) => proc.once('exit', () => resolve()))
}

const ROOT = new URL('../../', import.meta.url).pathname
export const BUN = join(ROOT, 'node_modules/.bin/bun')

export async function startRelayProcess(env: Record<string, string> = {}, args: string[] = []): Promise<RelayProcess> {
  const dataDir = env.RELAY_DATA_DIR ?? tempDir('relay-e2e-')
  const proc = spawn(BUN, ['runner/cli.ts', 'serve', '--port', '0', '--hostname', '127.0.0.1', ...args], {
    cwd: ROOT,
    // Only what the test chooses: a developer's own TIKTOK_* variables must not leak into a test.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RELAY_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  track(proc)
  let err = ''
  proc.stderr!.on('data', (c) => {
    err += c
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    // A relay that never listens (a hung start) is killed: the test fails instead of leaving it behind.
    const timer = setTimeout(() => proc.kill('SIGKILL'), 60_000)
    const onData = (c: Buffer) => {
      out += c
      const m = /RELAY_LISTENING=(\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        proc.stdout!.off('data', onData)
        resolve(m[1]!)
      }
    }
    proc.stdout!.on('data', onData)
    proc.once('exit', (code, signal) =>
      reject(new Error(`relay exited with ${code ?? signal} before listening:\n${err}`))
    )
    proc.once('exit', () => clearTimeout(timer))
  })
  proc.stdout!.resume()
  return {
    url,
    dataDir,
    proc,
    stderr: () => err,
    async stop(graceMs = 30_000) {
      if (!gone(proc)) {
        proc.kill('SIGTERM')
        const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs)
        await exited(proc)
        clearTimeout(timer)
      }
      return proc.exitCode
    },
    async kill() {
      if (!gone(proc)) proc.kill('SIGKILL')
      await exited(proc)
    }
  }
}

/**
 * Runs `bun runner/cli.ts <args>` to completion (for --help and config errors). `as` runs it as another user (a test
 * running as root needs one for whom file permissions count) and, with `checkout`, from another copy of the relay's
 * tree (one that user can enter: see unprivileged-relay.ts).
 */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
  as: { uid?: number; gid?: number; checkout?: string } = {}
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { checkout = ROOT, ...user } = as
  const bun = join(checkout, 'node_modules/.bin/bun')
  const proc = spawn(bun, ['runner/cli.ts', ...args], {
    cwd: checkout,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user
  })
  let stdout = ''
  let stderr = ''
  proc.stdout.on('data', (c) => {
    stdout += c
  })
  proc.stderr.on('data', (c) => {
    stderr += c
  })
  // A command that should have failed but started serving instead is stopped, and the test sees its exit code.
  const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000)
  // A relay that cannot be spawned (as another user, a checkout that user cannot enter) fails the test saying why,
  // instead of an uncaught spawn error and a wait until the test times out.
  const code = await new Promise<number | null>((resolve, reject) => {
    proc.once('exit', resolve)
    proc.once('error', (err) =>
      reject(
        new Error(
          `could not start ${bun} from ${checkout}${user.uid === undefined ? '' : ` as uid ${user.uid}`}: ${err.message}`
        )
      )
    )
  }).finally(() => clearTimeout(timer))
  return { code, stdout, stderr }
}

export interface RelayWithFake {
  fake: FakeTikTok
  relay: RelayProcess
  close(): Promise<void>
}

/** The usual end-to-end setup: a fake TikTok and a relay process delivering to it (token `test-token`, 20 ms linger). */
export async function startRelayWithFakeTikTok(
  pixelCode: string,
  writeKeys: string,
  env: Record<string, string> = {}
): Promise<RelayWithFake> {
  const fake = await startFakeTikTok({ accessToken: 'test-token' })
  const relay = await startRelayProcess({
    TIKTOK_ACCESS_TOKEN: 'test-token',
    TIKTOK_PIXEL_CODE: pixelCode,
    RELAY_WRITE_KEYS: writeKeys,
    TIKTOK_API_URL: fake.url,
    RELAY_LINGER_MS: '20',
    ...env
  })
  return {
    fake,
    relay,
    close: async () => {
      await relay.stop()
      await fake.close()
    }
  }
}

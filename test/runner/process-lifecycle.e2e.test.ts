/**
 * The relay as a process manager sees it. Containers and systemd signal the FIRST process (`npm start`, `npx
 * tiktok-events-relay serve`, the installed command): the Bun server under it must stop in order and leave nothing
 * running, and the events it had accepted must still be queued. Its start log says what it binds to; load balancers
 * probe /healthz with HEAD.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { runCli, startRelayProcess } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const FLAGS = ['--port', '0', '--hostname', '127.0.0.1']
const SERVE = ['serve', ...FLAGS]
const EVENTS = 3

interface Launched {
  first: ChildProcess
  url: string
  serverPid: number
  stderr(): string
  exited: Promise<void>
}

/** Starts the relay through `command` and reads its URL (stdout) and the Bun server's pid (its start log). */
async function launch(command: string, args: string[], env: Record<string, string>): Promise<Launched> {
  // Only PATH and HOME from outside: no npm_* variables of the test runner's own npm.
  const first = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal's foreground job: Ctrl-C signals the whole group.
    detached: true
  })
  let out = ''
  let err = ''
  first.stdout!.on('data', (c) => {
    out += c
  })
  first.stderr!.on('data', (c) => {
    err += c
  })
  const exited = new Promise<void>((resolve) => first.once('exit', () => resolve()))
  const url = await waitFor('RELAY_LISTENING', () => {
    if (first.exitCode !== null || first.signalCode !== null) throw new Error('exited before listening')
    return /RELAY_LISTENING=(\S+)/.exec(out)?.[1]
  }).catch((e) => {
    first.kill('SIGKILL')
    throw new Error(`${e.message}\nstdout: ${out}\nstderr: ${err}`)
  })
  const serverPid = Number(/"msg":"relay listening".*"pid":(\d+)/.exec(err)?.[1])
  return { first, url, serverPid, stderr: () => err, exited }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('a signal to the first process stops the Bun server, and accepted events stay queued', () => {
  let fake: FakeTikTok
  beforeAll(async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token' })
    // TikTok "busy" for the whole test: accepted events stay in the queue, retried with backoff.
    fake.setDefaultAnswer({ kind: 'code', code: 50002 })
  })
  afterAll(() => fake.close())

  // `process`: the signal goes to the first process alone (docker stop, systemd, kill); `group`: to its whole
  // process group, as Ctrl-C in a terminal. npm forwards SIGINT only to the shell it runs commands in, and that shell
  // holds a SIGINT while its command runs: under npx, SIGINT arrives as Ctrl-C does (the README says so).
  it.each([
    ['npm start', 'SIGTERM', 'process', 'npm', ['start', '--', ...FLAGS]],
    ['npm start', 'SIGINT', 'process', 'npm', ['start', '--', ...FLAGS]],
    ['npm start', 'SIGINT', 'group', 'npm', ['start', '--', ...FLAGS]],
    ['npx tiktok-events-relay serve', 'SIGTERM', 'process', 'npx', ['tiktok-events-relay', ...SERVE]],
    ['npx tiktok-events-relay serve', 'SIGINT', 'group', 'npx', ['tiktok-events-relay', ...SERVE]],
    ['bin/tiktok-events-relay.mjs serve', 'SIGTERM', 'process', 'node', ['bin/tiktok-events-relay.mjs', ...SERVE]],
    ['bin/tiktok-events-relay.mjs serve', 'SIGINT', 'process', 'node', ['bin/tiktok-events-relay.mjs', ...SERVE]],
    ['bin/tiktok-events-relay.mjs serve', 'SIGINT', 'group', 'node', ['bin/tiktok-events-relay.mjs', ...SERVE]]
  ] as const)('%s, %s to the %s', async (_name, signal, to, command, args) => {
    const dataDir = tempDir('lifecycle-')
    const relay = await launch(command, [...args], {
      RELAY_DATA_DIR: dataDir,
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_PIXEL_CODE: 'CLIFECYCLE01',
      TIKTOK_API_URL: fake.url,
      RELAY_WRITE_KEYS: 'lifecycle-key',
      RELAY_LINGER_MS: '20'
    })
    let stopped = false
    try {
      expect(relay.serverPid).toBeGreaterThan(0)
      expect(relay.serverPid).not.toBe(relay.first.pid)
      for (let i = 0; i < EVENTS; i++) {
        const res = await fetch(`${relay.url}/v1/track`, {
          method: 'POST',
          headers: { authorization: `Basic ${btoa('lifecycle-key:')}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            userId: 'u1',
            event: 'Order Completed',
            messageId: `${signal}-${to}-${i}`,
            properties: { revenue: 10, currency: 'USD' }
          })
        })
        expect(res.status).toBe(200)
      }

      if (to === 'group') process.kill(-relay.first.pid!, signal)
      else relay.first.kill(signal)
      await relay.exited
      await waitFor('the Bun server to exit', () => !isRunning(relay.serverPid), 20_000)
      stopped = true
      // It stopped in order (its own shutdown ran), not killed.
      expect(relay.stderr()).toMatch(/"msg":"stopping","signal":"SIG(TERM|INT)"/)
      expect(relay.stderr()).toContain('"msg":"delivery worker stopped"')
    } finally {
      if (!stopped && isRunning(relay.serverPid)) process.kill(relay.serverPid, 'SIGKILL')
    }

    const status = await runCli(['status', '--json', '--data-dir', dataDir])
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout)).toMatchObject({ queueDepth: EVENTS, deadLetters: 0 })
  })

  it('the installed command exits as the server did', async () => {
    const relay = await launch('node', ['bin/tiktok-events-relay.mjs', ...SERVE], { RELAY_DATA_DIR: tempDir('exit-') })
    const code = new Promise<number | null>((resolve) => relay.first.once('exit', resolve))
    relay.first.kill('SIGTERM')
    expect(await code).toBe(0)
    const refused = await new Promise<number | null>((resolve) => {
      const p = spawn('node', ['bin/tiktok-events-relay.mjs', 'nonsense'], { cwd: REPO_ROOT, stdio: 'ignore' })
      p.once('exit', resolve)
    })
    expect(refused).toBe(1)
  })
})

describe('the start log and the health probe', () => {
  it.each([
    ['0.0.0.0', 'all interfaces', true],
    ['127.0.0.1', 'loopback only', false]
  ])(
    '--hostname %s without write keys: says it binds %s; warns loudly unless loopback',
    async (hostname, reach, loud) => {
      const relay = await startRelayProcess({}, ['--hostname', hostname])
      try {
        const port = new URL(relay.url).port
        await waitFor('the start log', () => relay.stderr().includes('"msg":"relay listening"'))
        expect(relay.stderr()).toContain(`"bind":"${hostname}:${port} (${reach})"`)
        expect(relay.stderr().includes('OPEN INTAKE: listening on')).toBe(loud)
        if (loud) expect(relay.stderr()).toContain(`OPEN INTAKE: listening on ${hostname}:${port} (all interfaces)`)
      } finally {
        await relay.stop()
      }
    }
  )

  it('with write keys, binding all interfaces is not an open intake', async () => {
    const relay = await startRelayProcess({ RELAY_WRITE_KEYS: 'k' }, ['--hostname', '0.0.0.0'])
    try {
      await waitFor('the start log', () => relay.stderr().includes('"msg":"relay listening"'))
      expect(relay.stderr()).not.toContain('OPEN INTAKE')
    } finally {
      await relay.stop()
    }
  })

  it('HEAD answers as GET does: same status and headers, no body', async () => {
    const relay = await startRelayProcess({})
    try {
      for (const path of ['/healthz', '/metrics', '/no-such-path']) {
        const get = await fetch(`${relay.url}${path}`)
        const getBody = await get.arrayBuffer()
        const head = await fetch(`${relay.url}${path}`, { method: 'HEAD' })
        expect(head.status).toBe(get.status)
        expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
        expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0)
        if (path !== '/metrics') expect(Number(head.headers.get('content-length'))).toBe(getBody.byteLength)
        expect((await head.arrayBuffer()).byteLength).toBe(0)
      }
      expect((await fetch(`${relay.url}/healthz`, { method: 'HEAD' })).status).toBe(200)
    } finally {
      await relay.stop()
    }
  })
})

/**
 * examples/actions-core-test.ts, the README's way in for Segment destination developers, run as they would run it:
 * a plain script under Node's native ESM loader through tsx (where actions-core's own ESM build fails), and under
 * Bun and Deno, against the fake TikTok. The event must arrive there as the Purchase preset maps it.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../fake-tiktok/server.ts'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'

const BIN = join(REPO_ROOT, 'node_modules', '.bin')
const EXAMPLE = 'examples/actions-core-test.ts'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => {
      stdout += c
    })
    child.stderr.on('data', (c) => {
      stderr += c
    })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('examples/actions-core-test.ts', () => {
  let fake: FakeTikTok
  beforeAll(async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token' })
  })
  afterAll(() => fake.close())

  it.each([
    ['node --import tsx', 'node', ['--import', 'tsx', EXAMPLE]],
    ['npx tsx', join(BIN, 'tsx'), [EXAMPLE]],
    ['bun', join(BIN, 'bun'), [EXAMPLE]],
    ['deno', join(BIN, 'deno'), ['run', '-A', EXAMPLE]]
  ])('under %s, sends the Purchase preset through actions-core to the apiUrl', async (name, command, args) => {
    const messageId = `example-${name.replace(/\W+/g, '-')}`
    const { code, stdout, stderr } = await run(command, args, {
      TIKTOK_API_URL: fake.url,
      EXAMPLE_MESSAGE_ID: messageId
    })
    expect(stderr).not.toMatch(/Error|does not provide an export/)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^TikTok answered HTTP 200: \{"code":0,/)
    const arrived = fake.acceptedEvents().find((e) => e.event_id === messageId)
    expect(arrived).toMatchObject({
      event_source_id: 'C0123456789',
      event: 'Purchase',
      user: { email: sha256('jane.doe@example.com'), external_id: sha256('user-42'), ip: '203.0.113.7' },
      properties: { value: 49.9, currency: 'USD', order_id: 'order-1001' }
    })
  })

  it('says what to set when there is no apiUrl, and sends nothing', async () => {
    const before = fake.stats().requests
    const { code, stderr } = await run('node', ['--import', 'tsx', EXAMPLE], {})
    expect(code).toBe(1)
    expect(stderr).toContain('Set TIKTOK_API_URL')
    expect(fake.stats().requests).toBe(before)
  })
})

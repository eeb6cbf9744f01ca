/**
 * `status` and `replay` as an operator runs them (`bun runner/cli.ts ...`) against a data dir.
 */
import { describe, expect, it } from 'vitest'
import { openRelayStore } from '../../../runner/store/relay-store.ts'
import { runCli } from '../relay-process.ts'
import { items, PIXEL, tempDataDir } from './store-fixtures.ts'

async function dataDirWithDeadLetters(): Promise<string> {
  const dir = tempDataDir('relay-commands-')
  const store = await openRelayStore(dir)
  await store.enqueue(items(5, 'cmd'))
  const leased = store.queue.lease('w', 3, Date.now(), Date.now() + 60_000)
  store.queue.ack([leased[0]!.id])
  store.queue.deadLetter(
    [leased[1]!.id, leased[2]!.id],
    { code: 40001, message: 'TikTok code 40001: No permission to operate pixel' },
    Date.now()
  )
  store.close()
  return dir
}

describe('status and replay commands', () => {
  it('status prints depth, oldest age, delivered and failed counts, and the dead letters', async () => {
    const dir = await dataDirWithDeadLetters()
    const { code, stdout } = await runCli(['status', '--data-dir', dir, '--show-dead-letters'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Queue depth: +2 event\(s\)/)
    expect(stdout).toMatch(/Oldest queued: +[\d.]+ (ms|s) ago/)
    expect(stdout).toMatch(/Delivered to TikTok: +1\n/)
    expect(stdout).toMatch(/Failed: +2 in the dead-letter table/)
    expect(stdout).toContain(`${PIXEL}  Purchase  event_id=cmd-2  attempts=1  40001 TikTok code 40001: No permission`)
  })

  it('status reads RELAY_DATA_DIR, and refuses a dir without relay data', async () => {
    const dir = await dataDirWithDeadLetters()
    expect((await runCli(['status'], { RELAY_DATA_DIR: dir })).stdout).toMatch(/Queue depth: +2/)
    const missing = await runCli(['status', '--data-dir', tempDataDir()])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/No relay data in ".*" \(no relay.sqlite\)/)
  })

  it('replay --dry-run counts, a filter that matches nothing moves nothing, and replay moves them back', async () => {
    const dir = await dataDirWithDeadLetters()
    expect((await runCli(['replay', '--data-dir', dir, '--dry-run'])).stdout).toContain(
      'Would re-queue 2 dead-lettered'
    )
    expect((await runCli(['replay', '--data-dir', dir, '--pixel', 'OTHER'])).stdout).toContain('Re-queued 0')
    expect((await runCli(['replay', '--data-dir', dir, '--since', '1h'])).stdout).toContain(
      'Re-queued 2 dead-lettered event(s)'
    )
    const store = await openRelayStore(dir)
    expect(store.status()).toMatchObject({ queueDepth: 4, deadLetters: 0, counters: { replayed: 2 } })
    store.close()
  })

  it('replay explains a time it cannot read', async () => {
    const dir = await dataDirWithDeadLetters()
    const bad = await runCli(['replay', '--data-dir', dir, '--until', 'last tuesday'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('--until: expected an ISO time')
  })
})

/**
 * The outage log's rules on a recording logger (the real-PostgreSQL run is test/runner/multi-relay/store-outage-log
 * .e2e.test.ts): the first line of each kind at once, repeats counted into a summary, a line when the store is back,
 * and every other line untouched.
 */
import { describe, expect, it } from 'vitest'
import type { Logger } from './log.ts'
import { StoreUnavailableError } from './store/store-errors.ts'
import { gateStoreOutageLog } from './store-outage-log.ts'

const DOWN = new StoreUnavailableError('PostgreSQL: connect ECONNREFUSED 127.0.0.1:5432 (ECONNREFUSED)').message

function recording() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = []
  const log: Logger = {
    info: (msg, fields) => lines.push({ level: 'info', msg, fields }),
    warn: (msg, fields) => lines.push({ level: 'warn', msg, fields }),
    error: (msg, fields) => lines.push({ level: 'error', msg, fields })
  }
  return { log, lines }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('the store outage log', () => {
  it('says each kind of store error once, summarises the repeats, and says when the store is back', async () => {
    const { log, lines } = recording()
    let up = false
    const gate = gateStoreOutageLog(log, {
      probe: async () => {
        if (!up) throw new StoreUnavailableError('still down')
      },
      summaryEveryMs: 150,
      probeEveryMs: 20
    })
    for (let i = 0; i < 10; i++) {
      gate.error('delivery loop failed; retrying in 1 s', { error: DOWN })
      gate.error('queue heartbeat failed', { error: DOWN })
    }
    gate.warn('console counts could not be written', { error: DOWN })
    expect(lines.map((l) => l.msg)).toEqual([
      'delivery loop failed; retrying in 1 s',
      'queue heartbeat failed',
      'console counts could not be written'
    ])
    await sleep(200)
    expect(lines[3]).toMatchObject({
      level: 'error',
      msg: 'the store is still unavailable',
      fields: {
        heldBack: 18,
        heldBackByMessage: { 'delivery loop failed; retrying in 1 s': 9, 'queue heartbeat failed': 9 },
        error: DOWN
      }
    })
    // Nothing held back since: no empty summary.
    await sleep(200)
    expect(lines).toHaveLength(4)
    gate.error('queue heartbeat failed', { error: DOWN })
    up = true
    await sleep(60)
    expect(lines[4]).toMatchObject({
      level: 'info',
      msg: 'the store is back',
      fields: { heldBack: 1, heldBackByMessage: { 'queue heartbeat failed': 1 } }
    })
    // A new outage is said again from its first line.
    up = false
    gate.error('queue heartbeat failed', { error: DOWN })
    expect(lines).toHaveLength(6)
    gate.close()
  })

  it('passes every other line as it came, repeats included', () => {
    const { log, lines } = recording()
    const gate = gateStoreOutageLog(log, { probe: async () => {} })
    for (let i = 0; i < 3; i++) gate.error('delivery failed', { error: 'TikTok answered 500' })
    gate.warn('a warning without an error field')
    gate.info('relay listening', { bind: '127.0.0.1:8080' })
    expect(lines).toHaveLength(5)
    gate.close()
  })
})

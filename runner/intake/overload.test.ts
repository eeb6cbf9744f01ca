import { describe, expect, it } from 'vitest'
import { IntakeError } from './intake-error.ts'
import { createOverloadGuard } from './overload.ts'

async function answer(check: () => Promise<void>): Promise<string> {
  try {
    await check()
    return 'ok'
  } catch (err) {
    if (!(err instanceof IntakeError)) throw err
    return `${err.status} retry-after ${err.retryAfterSeconds}`
  }
}

describe('overload guard', () => {
  it('answers 429 while too many events await their commit', async () => {
    const guard = createOverloadGuard({ queueDepth: async () => 0, maxPendingEvents: 10, maxQueueDepth: 100 })
    expect(await answer(guard.check)).toBe('ok')
    guard.pending.events = 10
    expect(await answer(guard.check)).toBe('429 retry-after 1')
    guard.pending.events = 9
    expect(await answer(guard.check)).toBe('ok')
  })

  it('answers 429 while the queue is too deep, reading the depth at most every refreshMs', async () => {
    let depth = 0
    let reads = 0
    let t = 0
    const guard = createOverloadGuard({
      queueDepth: async () => {
        reads++
        return depth
      },
      maxPendingEvents: 10,
      maxQueueDepth: 100,
      refreshMs: 250,
      now: () => t
    })
    expect(await answer(guard.check)).toBe('ok')
    depth = 100
    t = 100
    expect(await answer(guard.check)).toBe('ok')
    t = 250
    expect(await answer(guard.check)).toBe('429 retry-after 30')
    expect(reads).toBe(2)
  })
})

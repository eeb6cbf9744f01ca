import { describe, expect, it } from 'vitest'
import { createPixelPacer } from './pixel-pacer.ts'

describe('createPixelPacer', () => {
  it('lets a burst of a tenth of the rate through, then spaces requests at the rate', () => {
    const pacer = createPixelPacer(800)
    const t = 1_000_000
    const burst = Array.from({ length: 80 }, () => pacer.take('P1', t))
    expect(burst.every((w) => w === 0)).toBe(true)
    expect(pacer.take('P1', t)).toBe(2) // 1.25 ms per request at 800/s
    expect(pacer.take('P1', t + 2)).toBe(0)
  })

  it('never lets more than 1.1 x the rate through in one second', () => {
    const pacer = createPixelPacer(800)
    let sent = 0
    for (let now = 0; now < 1000; now++) while (pacer.take('P1', 5_000 + now) === 0) sent++
    expect(sent).toBeLessThanOrEqual(880)
    expect(sent).toBeGreaterThanOrEqual(800)
  })

  it('keeps pixels apart', () => {
    const pacer = createPixelPacer(10)
    const now = Date.now()
    expect(pacer.take('P1', now)).toBe(0)
    expect(pacer.take('P1', now)).toBe(100)
    expect(pacer.take('P2', now)).toBe(0)
    expect(pacer.take('P1', now + 100)).toBe(0)
  })
})

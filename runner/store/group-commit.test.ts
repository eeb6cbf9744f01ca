import { describe, expect, it } from 'vitest'
import { createGroupCommit } from './group-commit.ts'

/** A durability step the test finishes by hand, recording what had been committed when each sync started. */
function harness() {
  const committed: string[][] = []
  const syncs: Array<{ coversRounds: number; finish: () => void; fail: (e: Error) => void }> = []
  const gc = createGroupCommit<string>(
    (items) => {
      committed.push(items)
    },
    () =>
      new Promise<void>((resolve, reject) => {
        syncs.push({ coversRounds: committed.length, finish: resolve, fail: reject })
      })
  )
  return { gc, committed, syncs }
}

const tick = () => new Promise<void>((r) => setImmediate(r))
/** The next round starts on the tick after the previous sync settled. */
const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await tick()
}
const settled = async (p: Promise<unknown>) => {
  let state = 'pending'
  p.then(
    () => {
      state = 'resolved'
    },
    () => {
      state = 'rejected'
    }
  )
  await tick()
  return state
}

describe('createGroupCommit', () => {
  it('answers a caller only after its round is committed and synced', async () => {
    const { gc, committed, syncs } = harness()
    const a = gc.add(['a1', 'a2'])
    const b = gc.add(['b'])
    await tick()
    expect(committed).toEqual([['a1', 'a2', 'b']])
    expect(syncs).toHaveLength(1)
    expect(await settled(a)).toBe('pending')
    syncs[0]!.finish()
    await Promise.all([a, b])
  })

  it('gathers everything added during a running sync into ONE next round, synced after it', async () => {
    const { gc, committed, syncs } = harness()
    const first = gc.add(['1'])
    await tick()
    const later = [gc.add(['2']), gc.add(['3'])]
    await tick()
    await tick()
    // Nothing is committed while the first sync runs: the next round waits for it.
    expect(committed).toEqual([['1']])
    syncs[0]!.finish()
    await first
    await ticks(2)
    expect(committed).toEqual([['1'], ['2', '3']])
    expect(syncs[1]!.coversRounds).toBe(2)
    expect(await settled(later[0]!)).toBe('pending')
    syncs[1]!.finish()
    await Promise.all(later)
  })

  it('rejects the callers of a round whose commit or sync failed, and goes on with the next', async () => {
    let failCommit = true
    const syncs: Array<() => void> = []
    const gc = createGroupCommit<string>(
      () => {
        if (failCommit) throw new Error('disk full')
      },
      () => new Promise<void>((resolve) => syncs.push(resolve))
    )
    await expect(gc.add(['x'])).rejects.toThrow('disk full')
    failCommit = false
    const ok = gc.add(['y'])
    await tick()
    syncs[0]!()
    await ok

    const { gc: gc2, syncs: syncs2 } = harness()
    const lost = gc2.add(['z'])
    await tick()
    syncs2[0]!.fail(new Error('EIO'))
    await expect(lost).rejects.toThrow('EIO')
  })

  it('commits a poke (buffered profile writes) without a sync, also when it came during one', async () => {
    const { gc, committed, syncs } = harness()
    const a = gc.add(['a'])
    await tick()
    gc.poke()
    await tick()
    expect(committed).toHaveLength(1)
    syncs[0]!.finish()
    await a
    await ticks(2)
    expect(committed).toEqual([['a'], []])
    expect(syncs).toHaveLength(1)
  })

  it('flushNow commits at once and answers without waiting for a sync (closing)', async () => {
    const { gc, committed, syncs } = harness()
    const a = gc.add(['a'])
    gc.flushNow()
    expect(committed).toEqual([['a']])
    await a
    expect(syncs).toHaveLength(0)
  })
})

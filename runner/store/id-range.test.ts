import { describe, expect, it } from 'vitest'
import { IN_IDS, idsWhere } from './id-range.ts'

describe('idsWhere', () => {
  it('names a run of consecutive ids, in any order, as a BETWEEN', () => {
    expect(idsWhere([7, 5, 6])).toEqual({ sql: 'BETWEEN ? AND ?', params: [5, 7] })
    expect(idsWhere([42])).toEqual({ sql: 'BETWEEN ? AND ?', params: [42, 42] })
  })

  it('names ids with a gap, or a repeat that fills the span, as a json_each list', () => {
    expect(idsWhere([1, 3])).toEqual({ sql: IN_IDS, params: ['[1,3]'] })
    // As many ids as the span 1..3 holds, but 2 is missing: not a run.
    expect(idsWhere([1, 1, 3])).toEqual({ sql: IN_IDS, params: ['[1,1,3]'] })
    expect(idsWhere([])).toEqual({ sql: IN_IDS, params: ['[]'] })
  })
})

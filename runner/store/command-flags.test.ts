import { describe, expect, it } from 'vitest'
import { CommandUsageError, parseFlags, parseTimeFlag, resolveDataDir } from './command-flags.ts'

const NOW = Date.parse('2026-11-23T10:00:00Z')

describe('parseTimeFlag', () => {
  it.each([
    ['30m', NOW - 30 * 60_000],
    ['2h', NOW - 2 * 3_600_000],
    ['7d', NOW - 7 * 86_400_000],
    ['2026-11-23T08:00:00Z', Date.parse('2026-11-23T08:00:00Z')],
    ['1795420800000', 1_795_420_800_000]
  ])('reads %s', (text, expected) => {
    expect(parseTimeFlag('since', text, NOW)).toBe(expected)
  })

  it('names the flag and the accepted forms when it cannot read the time', () => {
    expect(() => parseTimeFlag('until', 'yesterday', NOW)).toThrow(
      new CommandUsageError('--until: expected an ISO time (2026-11-23T08:00:00Z) or a duration ago (30m, 2h, 7d)')
    )
  })
})

describe('parseFlags', () => {
  const spec = { 'data-dir': 'string', 'show-requests': 'optional-number', json: 'boolean' } as const
  it.each([
    [['--data-dir', '/d', '--json'], { 'data-dir': '/d', json: true }],
    [['--data-dir=/d', '--show-requests'], { 'data-dir': '/d', 'show-requests': true }],
    [['--show-requests', '3'], { 'show-requests': 3 }]
  ])('reads %j', (argv, expected) => {
    expect(parseFlags(argv, spec)).toEqual(expected)
  })

  it.each([
    [['--nope'], 'Unknown option "--nope" (see --help)'],
    [['--data-dir'], '--data-dir needs a value']
  ])('rejects %j', (argv, message) => {
    expect(() => parseFlags(argv, spec)).toThrow(message)
  })

  it('takes the data dir from the flag, then RELAY_DATA_DIR, then ./data', () => {
    expect(resolveDataDir('/flag', { RELAY_DATA_DIR: '/env' })).toBe('/flag')
    expect(resolveDataDir(undefined, { RELAY_DATA_DIR: '/env' })).toBe('/env')
    expect(resolveDataDir(undefined, {})).toBe('./data')
  })
})

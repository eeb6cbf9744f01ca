import { describe, expect, it } from 'vitest'
import { correctClockSkew } from './clock-skew.ts'

const RECEIVED = Date.parse('2026-11-23T12:00:00.000Z')

describe('correctClockSkew: timestamp = receivedAt - (sentAt - originalTimestamp)', () => {
  it.each([
    [
      'a device clock 3 hours fast',
      { timestamp: '2026-11-23T14:59:50.000Z', sentAt: '2026-11-23T15:00:00.000Z' },
      undefined,
      '2026-11-23T11:59:50.000Z'
    ],
    [
      'a device clock a year behind',
      { timestamp: '2025-11-23T11:58:00.000Z', sentAt: '2025-11-23T12:00:00.000Z' },
      undefined,
      '2026-11-23T11:58:00.000Z'
    ],
    [
      'an event a phone queued offline for a day keeps its age',
      { timestamp: '2026-11-22T12:00:00.000Z', sentAt: '2026-11-23T12:00:00.000Z' },
      undefined,
      '2026-11-22T12:00:00.000Z'
    ],
    [
      "RudderStack's originalTimestamp, and the batch's sentAt",
      { originalTimestamp: '2026-11-23T10:00:00.000Z' },
      '2026-11-23T10:00:30.000Z',
      '2026-11-23T11:59:30.000Z'
    ],
    [
      "the message's own sentAt wins over the batch's",
      { timestamp: '2026-11-23T10:00:00.000Z', sentAt: '2026-11-23T10:00:10.000Z' },
      '2026-11-23T09:00:00.000Z',
      '2026-11-23T11:59:50.000Z'
    ]
  ])('%s', (_, message: Record<string, string>, batchSentAt, expected) => {
    const m: Record<string, any> = { ...message }
    correctClockSkew(m, batchSentAt, RECEIVED)
    expect(m.timestamp).toBe(expected)
    expect(m.originalTimestamp).toBe(message.originalTimestamp ?? message.timestamp)
  })

  it.each([
    [
      'a device timestamp later than its own sentAt: dated at arrival, never in the future',
      { timestamp: '2026-11-23T10:00:30.000Z', sentAt: '2026-11-23T10:00:00.000Z' },
      '2026-11-23T12:00:00.000Z'
    ],
    [
      "RudderStack's originalTimestamp wins over a timestamp sent beside it",
      {
        originalTimestamp: '2026-11-23T10:00:00.000Z',
        timestamp: '2026-11-23T10:00:20.000Z',
        sentAt: '2026-11-23T10:00:30.000Z'
      },
      '2026-11-23T11:59:30.000Z'
    ]
  ])('%s', (_, message: Record<string, string>, expected) => {
    const m: Record<string, any> = { ...message }
    correctClockSkew(m, undefined, RECEIVED)
    expect(m.timestamp).toBe(expected)
  })

  it.each([
    [
      'a message a CDP already processed (receivedAt set): its corrected timestamp stays',
      {
        timestamp: '2026-10-01T09:00:00.000Z',
        originalTimestamp: '2026-10-01T11:00:00.000Z',
        sentAt: '2026-10-01T11:00:01.000Z',
        receivedAt: '2026-10-01T09:00:01.000Z'
      }
    ],
    ['no sentAt: a server library’s historical timestamp stays', { timestamp: '2026-01-01T00:00:00.000Z' }],
    ['an unreadable sentAt', { timestamp: '2026-01-01T00:00:00.000Z', sentAt: 'yesterday-ish' }],
    ['an unreadable timestamp', { timestamp: 'soon', sentAt: '2026-11-23T12:00:00.000Z' }],
    ['no timestamp at all (the relay uses its own clock)', { sentAt: '2026-11-23T12:00:00.000Z' }]
  ])('leaves the message alone with %s', (_, message) => {
    const m: Record<string, any> = { ...message }
    correctClockSkew(m, undefined, RECEIVED)
    expect(m).toEqual(message)
  })
})

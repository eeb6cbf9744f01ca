import { describe, expect, it } from 'vitest'
import { routeTokens, tokenFingerprint } from './token-fingerprint.ts'

describe('an access token’s fingerprint', () => {
  it('is the same for the same token and pixel on every relay, differs by pixel, and holds nothing of the token', async () => {
    const token = 'secret-token-abcdef0123456789'
    const fp = await tokenFingerprint(token, 'CPIXELA')
    expect(fp).toMatch(/^[0-9a-f]{32}$/)
    expect(await tokenFingerprint(token, 'CPIXELA')).toBe(fp)
    expect(await tokenFingerprint(token, 'CPIXELB')).not.toBe(fp)
    expect(await tokenFingerprint(`${token}x`, 'CPIXELA')).not.toBe(fp)
    expect(fp).not.toContain(token.slice(0, 6))
  })

  it('is taken per route token; a route without one (dry run) has none', async () => {
    const routes = new Map([
      ['a', { accessToken: 't1', settings: { pixelCode: 'CP' } }],
      ['b', { accessToken: 't2', settings: { pixelCode: 'CP' } }],
      ['c', { settings: { pixelCode: 'CP' } }]
    ])
    const tokens = routeTokens(routes)
    expect(await tokens.ofRoute('a')).toBe(await tokenFingerprint('t1', 'CP'))
    expect(await tokens.ofRoute('c')).toBeUndefined()
    expect(await tokens.ofPixel('CP')).toEqual(
      new Set([await tokenFingerprint('t1', 'CP'), await tokenFingerprint('t2', 'CP')])
    )
    expect(await tokens.ofPixel('COTHER')).toEqual(new Set())
  })
})

import { describe, expect, it } from 'vitest'
import { parseCookies, serializeCookie } from './cookies.ts'

describe('cookies', () => {
  it('parses a Cookie header, first value wins', () => {
    expect(parseCookies('_ttp=01ABC_.tt.1; ttclid=E.C.P.x%2By; _ttp=later; junk; ="x"')).toEqual({
      _ttp: '01ABC_.tt.1',
      ttclid: 'E.C.P.x+y'
    })
    expect(parseCookies(null)).toEqual({})
  })

  it('writes 400-day, Secure, Lax, root-path cookies on the configured domain', () => {
    expect(serializeCookie('_ttp', '01ABC_.tt.1', 'example.com')).toBe(
      '_ttp=01ABC_.tt.1; Max-Age=34560000; Path=/; Secure; SameSite=Lax; Domain=example.com'
    )
    expect(serializeCookie('ttclid', 'abc', undefined)).toBe(
      'ttclid=abc; Max-Age=34560000; Path=/; Secure; SameSite=Lax'
    )
  })

  it('refuses values that could inject attributes', () => {
    expect(serializeCookie('ttclid', 'a; Domain=evil.com', undefined)).toBeUndefined()
    expect(serializeCookie('ttclid', '', undefined)).toBeUndefined()
  })
})

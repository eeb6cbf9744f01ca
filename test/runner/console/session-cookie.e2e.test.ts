/**
 * A console cookie is no fast oracle for the admin token (found by an attacker trial). The cookie is
 * `<id>.<HMAC-SHA256 over the id>`; keyed by the token itself, anyone holding a cookie (copied, or kept after its
 * sign-out) could test guesses of the token offline at SHA-256 speed, around the sign-in throttle. Keyed by scrypt of
 * the token, each guess costs an scrypt. A relay process as users run it.
 */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { relayForFile } from '../relay-for-file.ts'

const TOKEN = 'session-cookie-token-0123456789'
const relay = relayForFile({ RELAY_ADMIN_TOKEN: TOKEN })

describe('the console session cookie', () => {
  it('is not an HMAC keyed by the admin token, and still signs in', async () => {
    const res = await fetch(`${relay.current.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ token: TOKEN })
    })
    expect(res.status).toBe(303)
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!
    const [id, mac] = cookie.slice('relay_console='.length).split('.')
    // What an attacker holding the cookie would compute for a guess that happens to be right.
    const guess = createHmac('sha256', TOKEN).update(`console-session:${id}`).digest('base64url')
    expect(mac).toHaveLength(43)
    expect(mac).not.toBe(guess)
    expect((await fetch(`${relay.current.url}/console/api/overview`, { headers: { cookie } })).status).toBe(200)
  })
})

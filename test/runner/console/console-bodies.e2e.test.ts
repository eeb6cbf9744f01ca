/**
 * The console's request bodies are bounded like intake's (found by an attacker trial): the sign-in form, which
 * anyone may POST to, read whatever it was sent, so four 100 MB sign-in posts took a relay from ~90 MB to ~870 MB of
 * memory, kept afterwards. A sign-in body is a token in a form, 16 KiB at most; a console API body (a replay
 * selection, a playground event) is limited as an intake body is (limits.maxRequestBytes). A relay process as users
 * run it, asked by Node's fetch (undici).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { relayForFile } from '../relay-for-file.ts'

const TOKEN = 'console-bodies-token-0123456789'
const relay = relayForFile({ RELAY_ADMIN_TOKEN: TOKEN })

const rssKiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${relay.current.proc.pid}/status`, 'utf8'))![1])

describe('console request bodies', () => {
  it('a sign-in body over 16 KiB is answered 413 naming the limit, and costs no try', async () => {
    const res = await fetch(`${relay.current.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${'a'.repeat(1024 * 1024)}`
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({
      success: false,
      code: 'too_large',
      message: 'Request size exceeds max limit of 16384 bytes'
    })
    // The right token from the same client still signs in: a refused body is no wrong token.
    for (let i = 0; i < 5; i++) {
      await fetch(`${relay.current.url}/console/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ token: 'x'.repeat(20_000) })
      })
    }
    const right = await fetch(`${relay.current.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ token: TOKEN })
    })
    expect(right.status).toBe(303)
  })

  it('four concurrent 100 MB sign-in bodies leave the relay under 300 MB of memory', async () => {
    const body = new Uint8Array(100 * 1024 * 1024).fill(0x61)
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        fetch(`${relay.current.url}/console/sign-in`, { method: 'POST', redirect: 'manual', body }).then(
          (r) => r.status
        )
      )
    )
    expect(answers).toEqual([413, 413, 413, 413])
    expect(rssKiB()).toBeLessThan(300 * 1024)
  }, 60_000)

  it('a console API body over limits.maxRequestBytes is answered 413', async () => {
    const event = { type: 'track', event: 'Order Completed', properties: { padding: 'p'.repeat(600_000) } }
    const res = await fetch(`${relay.current.url}/console/api/playground`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ event })
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({
      success: false,
      code: 'too_large',
      message: 'Request size exceeds max limit of 512000 bytes'
    })
  })
})

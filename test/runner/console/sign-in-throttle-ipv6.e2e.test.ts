/**
 * The wrong-token throttle counts an IPv6 client by its /64 (found by an attacker trial): a host is normally given a
 * whole /64 (RFC 6177; SLAAC and privacy addresses pick any of its 2^64 addresses), so counted per address, one
 * client could take a new address for every 5 guesses and never be made to wait. IPv4 clients are counted per
 * address as before. A relay process behind a proxy (RELAY_TRUST_PROXY=1), each client named in X-Forwarded-For as
 * the proxy would write it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

const TOKEN = 'throttle-ipv6-token-0123456789'
let relay: RelayProcess

beforeAll(async () => {
  relay = await startRelayProcess({ RELAY_ADMIN_TOKEN: TOKEN, RELAY_TRUST_PROXY: '1' })
}, 60_000)

afterAll(async () => {
  await relay?.stop()
})

const signIn = (token: string, client: string) =>
  fetch(`${relay.url}/console/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'x-forwarded-for': client },
    body: new URLSearchParams({ token })
  })

describe('the sign-in throttle and IPv6 clients', () => {
  it('5 wrong tokens from 5 addresses of one /64 make the whole /64 wait; another /64 signs in', async () => {
    for (let i = 1; i <= 5; i++) expect((await signIn(`guess-${i}`, `2001:db8:1:2::${i}`)).status).toBe(401)
    const next = await signIn('guess-6', '2001:db8:1:2:abcd:ef01:2345:6789')
    expect(next.status).toBe(429)
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(800)
    expect((await signIn(TOKEN, '2001:0db8:0001:0002::99')).status).toBe(429)
    expect((await signIn(TOKEN, '2001:db8:1:3::1')).status).toBe(303)
  })

  it('IPv4 clients are still counted per address', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(`guess-${i}`, '198.51.100.7')).status).toBe(401)
    expect((await signIn(TOKEN, '198.51.100.7')).status).toBe(429)
    expect((await signIn(TOKEN, '198.51.100.8')).status).toBe(303)
  })
})

/**
 * An admin token pasted with a space or a line break around it signs in, and costs no try of the wrong-token
 * throttle; a wrong token with the same padding is still a wrong try. The configured token may carry a final line
 * break too: from a variable set to a file's contents (`RELAY_ADMIN_TOKEN="$(cat token)"` keeps none, a Docker
 * env file or a systemd credential may keep it) and from a relay.yaml block scalar (`adminToken: |`). Relay
 * processes as users run them; RELAY_TRUST_PROXY=1 lets the test speak as several clients.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../fixtures/temp-dir.ts'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

const TOKEN = 'sign-in-whitespace-token-0123456789'
let fromEnv: RelayProcess
let fromYaml: RelayProcess
/** A fresh client address per relay and case, so each starts with no counted tries. */
let clients = 0

beforeAll(async () => {
  const dir = tempDir('sign-in-whitespace-')
  const config = join(dir, 'relay.yaml')
  // A literal block scalar keeps the line break after the token.
  writeFileSync(
    config,
    `adminToken: |\n  ${TOKEN}\ntrustProxy: 1\ndestinations:\n  - id: main\n    pixelCode: PIXEL_WS\n    writeKeys: [wk]\n`
  )
  ;[fromEnv, fromYaml] = await Promise.all([
    startRelayProcess({ RELAY_ADMIN_TOKEN: `${TOKEN}\n`, RELAY_TRUST_PROXY: '1' }),
    startRelayProcess({}, ['--config', config])
  ])
}, 120_000)

afterAll(async () => {
  await Promise.all([fromEnv?.stop(), fromYaml?.stop()])
})

const signIn = (url: string, token: string, client: string) =>
  fetch(`${url}/console/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
    body: `token=${encodeURIComponent(token)}`
  })
const overview = (url: string, cookie: string) =>
  fetch(`${url}/console/api/overview`, { headers: { cookie } }).then((r) => r.status)

describe('an admin token with spaces or a line break around it', () => {
  it.each([
    ['a trailing space', `${TOKEN} `],
    ['a trailing line break', `${TOKEN}\n`],
    ['a Windows line break and a leading tab', `\t${TOKEN}\r\n`]
  ])('signs in when pasted with %s, six times running without a 429', async (_, pasted) => {
    for (const relay of [fromEnv, fromYaml]) {
      const client = `198.51.100.${++clients}`
      // Six tries: had any counted as wrong, the sixth would be answered 429.
      for (let i = 0; i < 6; i++) {
        const res = await signIn(relay.url, pasted, client)
        expect(res.status).toBe(303)
        expect(res.headers.get('location')).toBe('/console')
        const cookie = res.headers.get('set-cookie')!.split(';')[0]!
        expect(await overview(relay.url, cookie)).toBe(200)
      }
    }
  })

  it('the configured token with its line break answers the Bearer header with the token alone', async () => {
    for (const relay of [fromEnv, fromYaml]) {
      const res = await fetch(`${relay.url}/console/api/overview`, { headers: { authorization: `Bearer ${TOKEN}` } })
      expect(res.status).toBe(200)
    }
  })

  it('a wrong token with the same padding is still a wrong try: the sixth is answered 429', async () => {
    const client = '203.0.113.70'
    for (let i = 0; i < 5; i++) expect((await signIn(fromEnv.url, ` ${TOKEN}x \n`, client)).status).toBe(401)
    // Neither the padding nor a token's inner difference escapes the throttle, the right token included.
    expect((await signIn(fromEnv.url, ` ${TOKEN} `, client)).status).toBe(429)
  })

  it('a token that is only spaces is refused as a wrong token, not taken as empty', async () => {
    const res = await signIn(fromEnv.url, '   ', '203.0.113.80')
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('That is not the admin token.')
  })
})

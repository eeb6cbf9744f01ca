/**
 * The configuration of the relay's security: write-key scopes, the admin token and allowedOrigins, from relay.yaml
 * and the environment. Error texts are matched loosely (what they name), their layout is load-config's.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { RelayConfigError } from './config-error.ts'
import { loadRelayConfig } from './load-config.ts'

const dir = tempDir('relay-security-config-')
const yaml = (text: string) => {
  const file = join(dir, `relay-${Math.random()}.yaml`)
  writeFileSync(file, text)
  return file
}
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    if (err instanceof RelayConfigError) return err.message
    throw err
  }
  throw new Error('expected a RelayConfigError')
}

describe('write key scopes', () => {
  it.each([
    ['RELAY_WRITE_KEYS, browser by default', { RELAY_WRITE_KEYS: 'web-key, backend-key:server' }, undefined],
    [
      'relay.yaml, a plain key or {key, scope}',
      {},
      'destinations:\n  - pixelCode: P\n    writeKeys:\n      - web-key\n      - {key: backend-key, scope: server}\n'
    ],
    [
      'relay.yaml, the key:scope form',
      {},
      'destinations:\n  - pixelCode: P\n    writeKeys: [web-key:browser, backend-key:server]\n'
    ]
  ])('%s', async (_n, env, text) => {
    const { config } = await loadRelayConfig({ env, file: text ? yaml(text) : undefined })
    expect(config.destinations[0]!.writeKeys).toEqual([
      { key: 'web-key', scope: 'browser' },
      { key: 'backend-key', scope: 'server' }
    ])
  })

  it('refuses an unknown scope, naming the key path', async () => {
    const message = await failure(
      loadRelayConfig({
        env: {},
        file: yaml('destinations:\n  - pixelCode: P\n    writeKeys: [{key: k, scope: admin}]\n')
      })
    )
    expect(message).toContain('destinations[0].writeKeys[0].scope: expected one of browser, server')
    expect(message).not.toContain('k, scope')
  })

  // Found by a new-user trial: `key:Server` was taken, silently, for a browser key named "key:Server".
  it.each([
    ['a capitalised scope', 'web-key,secret-backend-key:Server', 'scope "Server"'],
    ['an unknown scope', 'web-key,secret-backend-key:admin', 'scope "admin"'],
    ['a space after the colon', 'web-key,secret-backend-key: server', 'scope " server"']
  ])(
    'RELAY_WRITE_KEYS: refuses %s as relay.yaml does, naming the variable and the entry, the key masked',
    async (_n, keys, what) => {
      const message = await failure(loadRelayConfig({ env: { RELAY_WRITE_KEYS: keys } }))
      expect(message).toContain(
        `RELAY_WRITE_KEYS (destinations[0].writeKeys[1]): write key se… (18 characters): ${what}; expected key, key:browser or key:server`
      )
      expect(message).not.toContain('secret-backend-key')
    }
  )

  it('RELAY_WRITE_KEYS: refuses a scope with no key before it', async () => {
    const message = await failure(loadRelayConfig({ env: { RELAY_WRITE_KEYS: 'web-key,:server' } }))
    expect(message).toContain(
      'RELAY_WRITE_KEYS (destinations[0].writeKeys[1]): write key … (0 characters): no key before ":"'
    )
  })

  it('relay.yaml: refuses the key:scope form with an unknown scope, at its line and column', async () => {
    const message = await failure(
      loadRelayConfig({
        env: {},
        file: yaml('destinations:\n  - pixelCode: P\n    writeKeys: [web-key, my-key:admin]\n')
      })
    )
    expect(message).toMatch(
      /relay-[^:]+\.yaml:3:\d+: destinations\[0\]\.writeKeys\[1\]: write key my… \(6 characters\): scope "admin"/
    )
    expect(message).not.toContain('my-key')
  })

  it('finds the same key listed twice under two scopes', async () => {
    const message = await failure(loadRelayConfig({ env: { RELAY_WRITE_KEYS: 'same-key,same-key:server' } }))
    expect(message).toContain('RELAY_WRITE_KEYS (destinations[0].writeKeys[1]): also a write key of destinations[0]')
    expect(message).not.toContain('same-key')
  })
})

describe('admin token and allowed origins', () => {
  it('reads RELAY_ADMIN_TOKEN and RELAY_ALLOWED_ORIGINS', async () => {
    const { config } = await loadRelayConfig({
      env: {
        RELAY_ADMIN_TOKEN: 'a-long-enough-admin-token',
        RELAY_ALLOWED_ORIGINS: 'https://shop.example.com, *.example.org'
      }
    })
    expect(config.adminToken).toBe('a-long-enough-admin-token')
    expect(config.allowedOrigins).toEqual(['https://shop.example.com', '*.example.org'])
  })

  it('refuses a short admin token without echoing it', async () => {
    const message = await failure(loadRelayConfig({ env: { RELAY_ADMIN_TOKEN: 'secret123' } }))
    expect(message).toContain('RELAY_ADMIN_TOKEN')
    expect(message).toContain('at least 16 characters')
    expect(message).not.toContain('secret123')
  })

  // Found by an attacker trial: a token of spaces was taken for no token, and the relay started with its admin
  // endpoints open to this machine without a sign-in, saying nothing.
  it.each([
    ['spaces', '                    '],
    ['a line break', '\n']
  ])('refuses an admin token of only %s', async (_n, token) => {
    const message = await failure(loadRelayConfig({ env: { RELAY_ADMIN_TOKEN: token } }))
    expect(message).toContain('RELAY_ADMIN_TOKEN (adminToken): expected at least 16 characters')
  })

  it.each([
    ['*', '"*" cannot be allowed credentials'],
    ['null', '"null" cannot be allowed credentials'],
    ['shop.example.com', 'an exact origin needs its scheme']
  ])('refuses allowedOrigins entry %s', async (entry, expected) => {
    const message = await failure(loadRelayConfig({ env: { RELAY_ALLOWED_ORIGINS: `https://ok.example,${entry}` } }))
    expect(message).toContain('RELAY_ALLOWED_ORIGINS')
    expect(message).toContain(expected)
  })
})

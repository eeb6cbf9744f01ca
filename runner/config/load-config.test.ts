import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { formatConfigIssue, RelayConfigError } from './config-error.ts'
import { configHelpText } from './help-text.ts'
import { DRY_RUN_PIXEL_CODE, loadRelayConfig } from './load-config.ts'
import { RelayConfig } from './schema.ts'

const dir = tempDir('relay-config-')
function yamlFile(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

async function issuePaths(p: Promise<unknown>): Promise<string[]> {
  try {
    await p
  } catch (err) {
    if (err instanceof RelayConfigError) return err.issues.map((i) => formatConfigIssue(i).replace(`${dir}/`, ''))
    throw err
  }
  throw new Error('expected a RelayConfigError')
}

describe('loadRelayConfig', () => {
  it('runs on embedded defaults with no token: dry-run, port 8080, ./data', async () => {
    const { config, dryRun } = await loadRelayConfig({ env: {} })
    expect(dryRun).toBe(true)
    expect(config.port).toBe(8080)
    expect(config.dataDir).toBe('./data')
    expect(config.destinations).toMatchObject([{ id: 'default', pixelCode: DRY_RUN_PIXEL_CODE, writeKeys: [] }])
    expect(config.destinations[0]!.settings.gpcAction).toBe('drop')
    expect(config.limits).toEqual({
      maxEventBytes: 32768,
      maxRequestBytes: 512000,
      maxBatchEvents: 2500,
      bodyTimeoutMs: 10000,
      maxPendingEvents: 50000,
      maxQueueDepth: 1000000
    })
    expect(config.delivery.lingerMs).toBe(1000)
  })

  it('reads the environment', async () => {
    const { config, dryRun } = await loadRelayConfig({
      env: {
        PORT: '9090',
        TIKTOK_ACCESS_TOKEN: 'tok',
        TIKTOK_PIXEL_CODE: 'PIX1',
        RELAY_WRITE_KEYS: 'a, b,,c',
        RELAY_DATA_DIR: '/tmp/x',
        RELAY_COOKIE_DOMAIN: 'example.com',
        TIKTOK_API_URL: 'http://127.0.0.1:1/open_api/v1.3/event/track/',
        RELAY_LINGER_MS: '50',
        RELAY_TRUST_PROXY: '2',
        RELAY_DEAD_LETTER_DAYS: '7'
      }
    })
    expect(dryRun).toBe(false)
    expect(config).toMatchObject({
      port: 9090,
      dataDir: '/tmp/x',
      cookieDomain: 'example.com',
      trustProxy: 2,
      delivery: { lingerMs: 50 },
      retention: { deadLetterDays: 7, profileDays: 400 }
    })
    expect(config.destinations[0]).toMatchObject({
      pixelCode: 'PIX1',
      accessToken: 'tok',
      writeKeys: [
        { key: 'a', scope: 'browser' },
        { key: 'b', scope: 'browser' },
        { key: 'c', scope: 'browser' }
      ]
    })
  })

  it('reads relay.yaml, with the environment overriding it', async () => {
    const file = yamlFile(
      'ok.yaml',
      'port: 7000\ndestinations:\n  - id: shop\n    pixelCode: P1\n    writeKeys: [k1]\n    settings:\n      gpcAction: limited_data_use\n'
    )
    const { config } = await loadRelayConfig({ file, env: { PORT: '7001' } })
    expect(config.port).toBe(7001)
    expect(config.destinations[0]).toMatchObject({
      id: 'shop',
      pixelCode: 'P1',
      settings: { gpcAction: 'limited_data_use' }
    })
  })

  it.each([
    ['a bad env var', { PORT: 'eighty' }, undefined, ['PORT (port): expected a number, got a string ("eighty")']],
    [
      'a bad delivery env var',
      { RELAY_CONCURRENCY: '0' },
      undefined,
      ['RELAY_CONCURRENCY (delivery.concurrency): expected a number >= 1, got a number (0)']
    ],
    [
      'a bad URL',
      { TIKTOK_API_URL: 'not a url' },
      undefined,
      ['TIKTOK_API_URL (apiUrl): expected a URL, got a string ("not a url")']
    ],
    [
      'a bad retention env var',
      { RELAY_PROFILE_DAYS: '-1' },
      undefined,
      ['RELAY_PROFILE_DAYS (retention.profileDays): expected a number >= 0, got a number (-1)']
    ],
    [
      'a token but no pixel',
      { TIKTOK_ACCESS_TOKEN: 't' },
      undefined,
      ['TIKTOK_PIXEL_CODE: not set; it is required once TIKTOK_ACCESS_TOKEN is']
    ],
    [
      'a token but no pixel, with a file',
      { TIKTOK_ACCESS_TOKEN: 't' },
      'destinations:\n  - id: shop\n',
      ['bad.yaml:2:5: destinations[0]: missing required key "pixelCode" (or set TIKTOK_PIXEL_CODE)']
    ],
    [
      'a bad value in the file',
      {},
      'port: 8080\ndestinations:\n  - pixelCode: P\n    settings:\n      gpcAction: shout\n',
      [
        'bad.yaml:5:18: destinations[0].settings.gpcAction: expected one of drop, limited_data_use, ignore, got a string ("shout")'
      ]
    ],
    ['an unknown key in the file', {}, 'prot: 1\n', ['bad.yaml:1:1: prot: unknown key "prot"; did you mean "port"?']],
    [
      'an unknown setting',
      {},
      'destinations:\n  - pixelCode: P\n    settings: {pixelCode: Q}\n',
      [
        'bad.yaml:3:16: destinations[0].settings.pixelCode: unknown key "pixelCode"; expected one of eventSource, defaultPhoneCountry, consentCategories, gpcAction, limitedDataUse, testEventCode, renameLegacyEvents, externalIdSource, sendCustomEvents, partnerName'
      ]
    ],
    [
      'broken YAML',
      {},
      'port: [1,\n',
      ['bad.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']
    ],
    [
      'two destinations without keys',
      {},
      'destinations:\n  - {id: a, pixelCode: P}\n  - {id: b, pixelCode: Q, writeKeys: [x]}\n',
      ['bad.yaml:2:5: destinations[0]: with several destinations, each needs its own writeKeys']
    ],
    [
      'the same write key twice, one from the environment',
      { RELAY_WRITE_KEYS: 'x' },
      'destinations:\n  - {id: a, pixelCode: P}\n  - {id: b, pixelCode: Q, writeKeys: [x]}\n',
      ['bad.yaml:3:39: destinations[1].writeKeys[0]: also a write key of destinations[0]']
    ]
  ])('names the key for %s', async (_n, env, yaml, expected) => {
    const file = yaml === undefined ? undefined : yamlFile('bad.yaml', yaml)
    const paths = await issuePaths(loadRelayConfig({ file, env }))
    expect(paths).toEqual(expected)
  })

  it('warns when relay.yaml holds an access token that other users can read', async () => {
    const file = yamlFile('token.yaml', 'destinations:\n  - pixelCode: P\n    accessToken: in-the-file\n')
    chmodSync(file, 0o644)
    const readable = await loadRelayConfig({ file, env: {} })
    expect(readable.warnings).toEqual([
      `${file} holds an access token and other users can read it: chmod 600 ${file}, or move the token to TIKTOK_ACCESS_TOKEN`
    ])
    expect(readable.warnings.join()).not.toContain('in-the-file')
    chmodSync(file, 0o600)
    expect((await loadRelayConfig({ file, env: {} })).warnings).toEqual([])
    const noToken = yamlFile('no-token.yaml', 'destinations:\n  - pixelCode: P\n')
    chmodSync(noToken, 0o644)
    expect((await loadRelayConfig({ file: noToken, env: { TIKTOK_ACCESS_TOKEN: 't' } })).warnings).toEqual([])
  })

  it('generates help for every option from the schema descriptions', () => {
    const help = configHelpText(RelayConfig)
    for (const key of [
      'port',
      'dataDir',
      'cookieDomain',
      'apiUrl',
      'destinations[].pixelCode',
      'destinations[].settings.gpcAction',
      'limits.maxEventBytes',
      'delivery.lingerMs'
    ]) {
      expect(help).toContain(`  ${key} `)
    }
    expect(help).not.toMatch(/^\s+\S+\s+\S+( \(default [^)]*\))?$\n(?!\s{10,})/m)
  })
})

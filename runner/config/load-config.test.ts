import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { RelayConfigError } from './config-error.ts'
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
    if (err instanceof RelayConfigError) return err.issues.map((i) => `${i.path.replace(`${dir}/`, '')}: ${i.message}`)
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
    ['a bad env var', { PORT: 'eighty' }, undefined, ['PORT (port): Invalid input: expected number, received string']],
    [
      'a bad delivery env var',
      { RELAY_CONCURRENCY: '0' },
      undefined,
      ['RELAY_CONCURRENCY (delivery.concurrency): Too small: expected number to be >=1']
    ],
    ['a bad URL', { TIKTOK_API_URL: 'not a url' }, undefined, ['TIKTOK_API_URL (apiUrl): Invalid URL']],
    [
      'a bad retention env var',
      { RELAY_PROFILE_DAYS: '-1' },
      undefined,
      ['RELAY_PROFILE_DAYS (retention.profileDays): Too small: expected number to be >=0']
    ],
    [
      'a token but no pixel',
      { TIKTOK_ACCESS_TOKEN: 't' },
      undefined,
      ['TIKTOK_PIXEL_CODE / destinations.0.pixelCode: required: set TIKTOK_PIXEL_CODE or the key']
    ],
    [
      'a bad key in the file',
      {},
      'port: 8080\ndestinations:\n  - pixelCode: P\n    settings:\n      gpcAction: shout\n',
      [
        'bad.yaml:5:18 destinations.0.settings.gpcAction: Invalid option: expected one of "drop"|"limited_data_use"|"ignore"'
      ]
    ],
    ['an unknown key in the file', {}, 'prot: 1\n', ['bad.yaml:1:7 prot: unknown key']],
    [
      'broken YAML',
      {},
      'port: [1,\n',
      ['bad.yaml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]']
    ],
    [
      'two destinations without keys',
      {},
      'destinations:\n  - {id: a, pixelCode: P}\n  - {id: b, pixelCode: Q, writeKeys: [x]}\n',
      ['bad.yaml:2:5 destinations.0.writeKeys: with several destinations, each needs its own write keys']
    ]
  ])('names the key for %s', async (_n, env, yaml, expected) => {
    const file = yaml === undefined ? undefined : yamlFile('bad.yaml', yaml)
    const paths = await issuePaths(loadRelayConfig({ file, env }))
    expect(paths).toEqual(expected)
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

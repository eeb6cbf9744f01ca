/**
 * `serve` as a user starts it: --help documents every option, a bad configuration stops the start naming the key,
 * and with no token it says loudly that it is in dry-run.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../fixtures/temp-dir.ts'
import { runCli, startRelayProcess } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const dir = tempDir('relay-cli-')

describe('tiktok-events-relay serve', () => {
  it('--help documents every option and environment variable', async () => {
    const { code, stdout } = await runCli(['serve', '--help'])
    expect(code).toBe(0)
    for (const text of [
      '--config <file>',
      '--port <n>',
      'TIKTOK_ACCESS_TOKEN',
      'TIKTOK_PIXEL_CODE',
      'RELAY_WRITE_KEYS',
      'RELAY_DATA_DIR',
      'RELAY_COOKIE_DOMAIN',
      'TIKTOK_API_URL',
      '  cookieDomain ',
      '  destinations[].writeKeys ',
      '  destinations[].settings.consentCategories ',
      '  delivery.lingerMs ',
      '  limits.maxBatchEvents '
    ]) {
      expect(stdout).toContain(text)
    }
  })

  it.each([
    ['a bad PORT', {}, [], 'PORT (port): expected a number, got a string ("http")', { PORT: 'http' }],
    ['a token without a pixel', {}, ['--port', '0'], 'TIKTOK_PIXEL_CODE: not set', { TIKTOK_ACCESS_TOKEN: 't' }],
    ['an unknown option', {}, ['--port', '0', '--verbose'], 'Unknown option "--verbose"', {}],
    [
      'a bad key in relay.yaml',
      { 'relay.yaml': 'destinations:\n  - pixelCode: P\n    settings:\n      defaultPhoneCountry: usa\n' },
      ['--port', '0', '--config', 'relay.yaml'],
      'relay.yaml:4:28: destinations[0].settings.defaultPhoneCountry: expected an ISO-3166 alpha-2 country code such as US',
      {}
    ],
    [
      'a broken pipeline file',
      {
        'relay2.yaml': 'destinations:\n  - pixelCode: P\n    pipelines: [broken.yaml]\n',
        'broken.yaml': 'name: broken\nintegration: tiktok-events-api\ntrigger:\n  event: purchase\n'
      },
      ['--port', '0', '--config', 'relay2.yaml'],
      'broken.yaml:4:10: trigger.event: ',
      {}
    ]
  ])('refuses to start with %s, naming the key', async (_n, files, args, message, env) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    const resolved = args.map((a) => (a.endsWith('.yaml') ? join(dir, a) : a))
    const { code, stderr } = await runCli(['serve', ...resolved], { RELAY_DATA_DIR: dir, ...env })
    expect(code).toBe(1)
    expect(stderr.replaceAll(/\S*relay-cli-[^/]+\//g, '')).toContain(message)
  })

  it('announces dry-run loudly when no access token is set', async () => {
    const relay = await startRelayProcess({})
    try {
      expect(relay.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      await waitFor('the dry-run banner', () => relay.stderr().includes('DRY-RUN: no TikTok access token'))
      expect((await (await fetch(`${relay.url}/healthz`)).json()).dryRun).toBe(true)
      // What it would send is recorded, and shown at GET /dry-run.
      const track = {
        userId: 'u1',
        event: 'Order Completed',
        messageId: 'dry-1',
        properties: { revenue: 3, currency: 'USD' }
      }
      expect((await fetch(`${relay.url}/v1/track`, { method: 'POST', body: JSON.stringify(track) })).status).toBe(200)
      const shown = await waitFor('the recorded request', async () => {
        const { requests } = await (await fetch(`${relay.url}/dry-run`)).json()
        return requests.find((r: any) => r.body.data.some((e: any) => e.event_id === 'dry-1'))
      })
      expect(shown.body).toMatchObject({ event_source: 'web', event_source_id: 'DRY_RUN_PIXEL' })
      expect(shown.body.data[0]).toMatchObject({ event: 'Purchase', properties: { value: 3, currency: 'USD' } })
    } finally {
      expect(await relay.stop()).toBe(0)
    }
  })
})

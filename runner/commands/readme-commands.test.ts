/**
 * Issue 14, items 1-3: the pipeline commands exactly as README.md shows them, run the way `npx` runs them (the
 * package's bin, bin/tiktok-events-relay.mjs) in a shell with no TikTok variables set, as a new user has.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TikTokRequestBody } from '../../destinations/tiktok/core/contract.ts'
import { REPO_ROOT } from '../../test/fixtures/pipelines/read-fixtures.ts'
import { tempDir } from '../../test/fixtures/temp-dir.ts'

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** The README's own command line that starts with `prefix` (so the test runs what the README says). */
function readmeCommand(prefix: string): string[] {
  const line = README.split('\n').find((l) => l.startsWith(prefix))
  if (!line) throw new Error(`README.md shows no line starting with ${prefix}`)
  return line.trim().split(/\s+/).slice(2)
}

/** `npx tiktok-events-relay <args>`: the bin, with only PATH and HOME from this environment. */
function npx(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/tiktok-events-relay.mjs', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the README pipeline commands on a fresh shell (no TIKTOK_ACCESS_TOKEN, no TIKTOK_PIXEL_CODE)', () => {
  it('item 1: `npx tiktok-events-relay validate` passes the shipped pipelines and notes the unset token', () => {
    const args = readmeCommand('npx tiktok-events-relay validate')
    expect(args).toEqual(['validate'])
    const { code, stdout, stderr } = npx(args)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.at(-2)).toMatch(/^ok: \d+ pipelines, \d+ active$/)
    expect(lines.at(-1)).toBe(
      `note: TIKTOK_ACCESS_TOKEN is not set here (read by ${lines.length - 2} pipelines); the relay runs in dry-run without it. To check the environment too: tiktok-events-relay validate --check-env`
    )
    // For deploy checks the same environment is an error.
    const strict = npx([...args, '--check-env'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('output.auth: environment variable TIKTOK_ACCESS_TOKEN is not set')
  })

  it('item 2: the preview line works with the shipped sample event and the dry-run pixel, and says so', () => {
    const args = readmeCommand('npx tiktok-events-relay preview')
    expect(args).toEqual([
      'preview',
      '--pipeline',
      'pipelines/tiktok-purchase.yaml',
      '--event',
      'examples/events/order-completed.json'
    ])
    const { code, stdout, stderr } = npx(args)
    expect(code).toBe(0)
    expect(stderr).toBe(
      'note: no pixel code (set TIKTOK_PIXEL_CODE or pixelCode in --settings): previewing with the dry-run pixel DRY_RUN_PIXEL, as serve does without one\n'
    )
    const body = TikTokRequestBody.parse(JSON.parse(stdout))
    expect(body).toMatchObject({
      event_source_id: 'DRY_RUN_PIXEL',
      data: [{ event: 'Purchase', properties: { value: 25, currency: 'USD' } }]
    })
    expect(stdout).not.toContain('Jane')
  })

  it('item 2: every sample event in examples/events previews (the shop-formats one names what it left out)', () => {
    const messy = npx([
      'preview',
      '--pipeline',
      'pipelines',
      '--event',
      'examples/events/order-completed-shop-formats.json'
    ])
    expect(messy.code).toBe(0)
    expect(JSON.parse(messy.stdout).data[0]).toMatchObject({
      event: 'Purchase',
      event_id: 'pixel-order-50314b8e9bcf000000000001',
      user: { country: 'DE', ttclid: 'E.C.P.shopformats' },
      properties: { value: 1299, currency: 'EUR', contents: [{ content_id: 'TV-55-OLED', price: 1299 }] }
    })
    // Named as the event sent it: the second of its products has no id.
    expect(messy.stderr.split('\n')).toContain(
      "dropped field properties.products.1 (missing_content_id, TikTok's properties.contents.1.content_id)"
    )
    for (const name of ['product-added', 'page']) {
      expect(npx(['preview', '--pipeline', 'pipelines', '--event', `examples/events/${name}.json`]).code, name).toBe(0)
    }
    const unmatched = npx(['preview', '--pipeline', 'pipelines', '--event', 'examples/events/newsletter-signup.json'])
    expect(unmatched.code).toBe(1)
    expect(unmatched.stderr).toContain('not sent: no_pipeline: the event "Newsletter Signup"')
  })

  it('item 3: a misspelt TikTok event name fails validate with "did you mean", unless declared custom', () => {
    const dir = tempDir('readme-validate-')
    const pipeline = (staticEntry: string) => `name: newsletter
integration: tiktok-events-api
trigger:
  event: track
  conditions:
    - { field: event, operator: equals, value: Newsletter Subscribed }
transform:
  static:
    - ${staticEntry}
`
    const typo = join(dir, 'typo.yaml')
    writeFileSync(typo, pipeline('{ target: event, value: Subscibe }'))
    const failed = npx(['validate', typo])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(
      'transform.static[0].value: "Subscibe" is not a TikTok event: did you mean Subscribe? (for a custom event on purpose, add custom: true)'
    )
    const custom = join(dir, 'custom.yaml')
    writeFileSync(custom, pipeline('{ target: event, value: Newsletter Signup, custom: true }'))
    const passed = npx(['validate', custom])
    expect(passed.code).toBe(0)
    expect(passed.stdout).toContain('newsletter sends Newsletter Signup (custom event) for type = "track"')
  })
})

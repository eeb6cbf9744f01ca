/**
 * validate and preview as a user runs them: `bun runner/cli.ts <command>` in a real process, asserting exit codes
 * and output.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { TikTokRequestBody } from '../../destinations/tiktok/core/contract.ts'
import { REPO_ROOT, readYamlSources } from '../../test/fixtures/pipelines/read-fixtures.ts'
import { tempDir } from '../../test/fixtures/temp-dir.ts'

const BUN = join(REPO_ROOT, 'node_modules', '.bin', 'bun')
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

function relay(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(BUN, ['runner/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...BASE_ENV, ...env },
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const TOKEN = { TIKTOK_ACCESS_TOKEN: 'test-token' }
const EVENTS = 'test/fixtures/pipelines/events'

describe('tiktok-events-relay validate', () => {
  it('accepts the shipped pipelines (exit 0), says which are active and the name each one sends', () => {
    const { code, stdout, stderr } = relay(['validate'], TOKEN)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain(
      'pipelines/purchase.yaml: purchase sends Purchase for type = "track" and event "Order Completed" (any case) (replaced by tiktok_purchase)'
    )
    // The seed writes the legacy name; the request says Purchase, and so does validate.
    expect(stdout).toContain(
      'pipelines/tiktok-purchase.yaml: tiktok_purchase sends Purchase (written CompletePayment) for type = "track" and event "Order Completed" (any case)'
    )
    expect(stdout).toContain('pipelines/page-view.yaml: page_view sends Pageview for type = "page"')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('ok: 29 pipelines, 28 active')
  })

  it('an unset secret is a note saying how to check the environment (exit 0); --check-env makes it a problem', () => {
    const noted = relay(['validate', 'pipelines/page-view.yaml'])
    expect([noted.code, noted.stderr]).toEqual([0, ''])
    expect(noted.stdout.trimEnd().split('\n').at(-1)).toBe(
      'note: TIKTOK_ACCESS_TOKEN is not set here (read by 1 pipeline); the relay runs in dry-run without it. To check the environment too: tiktok-events-relay validate --check-env'
    )
    const checked = relay(['validate', '--check-env', 'pipelines/page-view.yaml'])
    expect(checked.code).toBe(1)
    expect(checked.stderr).toBe(
      'pipelines/page-view.yaml:13:9: output.auth: environment variable TIKTOK_ACCESS_TOKEN is not set\n1 problem in 1 file\n'
    )
    expect(relay(['validate', '--check-env', 'pipelines/page-view.yaml'], TOKEN).code).toBe(0)
    expect(relay(['validate', '--no-env', 'pipelines/page-view.yaml']).stdout).not.toContain('note:')
  })

  it('lists ALL problems of all broken files as file:line:col: message (exit 1)', () => {
    const { code, stdout, stderr } = relay(['validate', '--check-env', 'test/fixtures/pipelines/invalid'], TOKEN)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const dir = join(REPO_ROOT, 'test/fixtures/pipelines/invalid')
    const expected = readYamlSources(dir)
      .map((s) => readFileSync(join(REPO_ROOT, s.path.replace(/\.yaml$/, '.expected')), 'utf8'))
      .join('')
    const problems = expected.trimEnd().split('\n').length
    expect(stderr).toBe(`${expected}${problems} problems in ${readYamlSources(dir).length} files\n`)
  })

  it('refuses unknown options and unreadable paths', () => {
    expect(relay(['validate', '--strict'])).toMatchObject({
      code: 1,
      stderr: 'Unknown option "--strict" (see validate --help)\n'
    })
    const missing = relay(['validate', 'no/such/dir'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^cannot read no\/such\/dir: /)
  })
})

describe('tiktok-events-relay preview', () => {
  const dir = tempDir('preview-')
  const settingsFile = join(dir, 'settings.json')
  writeFileSync(settingsFile, JSON.stringify({ pixelCode: 'C4PIXEL123', consentCategories: ['Advertising'] }))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints the hashed request body the seed would send, and sends nothing (exit 0)', () => {
    const { code, stdout, stderr } = relay([
      'preview',
      '--pipeline',
      'pipelines/tiktok-purchase.yaml',
      '--event',
      `${EVENTS}/order-completed.json`,
      '--settings',
      settingsFile
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const body = TikTokRequestBody.parse(JSON.parse(stdout))
    expect(body).toMatchObject({
      event_source: 'web',
      event_source_id: 'C4PIXEL123',
      data: [
        {
          event: 'Purchase',
          event_time: 1795421465,
          user: { email: '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f' },
          properties: { value: 25, currency: 'USD' }
        }
      ]
    })
    expect(stdout).not.toContain('Alice')
  })

  it('reads pixelCode from TIKTOK_PIXEL_CODE; without one it previews with the dry-run pixel, as serve does, and says so', () => {
    const args = ['preview', '--pipeline', 'pipelines/page-view.yaml', '--event', `${EVENTS}/page.json`]
    expect(JSON.parse(relay(args, { TIKTOK_PIXEL_CODE: 'P1' }).stdout).event_source_id).toBe('P1')
    const dryRun = relay(args)
    expect(dryRun.code).toBe(0)
    expect(JSON.parse(dryRun.stdout).event_source_id).toBe('DRY_RUN_PIXEL')
    expect(dryRun.stderr).toBe(
      'note: no pixel code (set TIKTOK_PIXEL_CODE or pixelCode in --settings): previewing with the dry-run pixel DRY_RUN_PIXEL, as serve does without one\n'
    )
  })

  it('explains an event the pipeline does not trigger on (exit 1)', () => {
    const { code, stdout, stderr } = relay(
      ['preview', '--pipeline', 'pipelines/search.yaml', '--event', `${EVENTS}/order-completed.json`],
      { TIKTOK_PIXEL_CODE: 'P1' }
    )
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      'the event does not trigger search (type = "track" and event "Products Searched" (any case))\n'
    ])
  })

  it('says when consent stops the event (exit 0, nothing printed on stdout)', () => {
    const denied = join(dir, 'denied.json')
    const event = JSON.parse(readFileSync(join(REPO_ROOT, EVENTS, 'page.json'), 'utf8'))
    event.context.consent = { categoryPreferences: { Advertising: false } }
    writeFileSync(denied, JSON.stringify(event))
    const { code, stdout, stderr } = relay([
      'preview',
      '--pipeline',
      'pipelines/page-view.yaml',
      '--event',
      denied,
      '--settings',
      settingsFile
    ])
    expect([code, stdout]).toEqual([0, ''])
    expect(stderr).toMatch(/^not sent: consent_denied \(/)
  })

  it('with a directory, previews every pipeline the event triggers (the seed, not the replaced purchase)', () => {
    const { code, stdout } = relay(
      ['preview', '--pipeline', 'pipelines', '--event', `${EVENTS}/order-completed.json`],
      {
        TIKTOK_PIXEL_CODE: 'P1'
      }
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).data.map((e: { event: string }) => e.event)).toEqual(['Purchase'])
    expect(
      relay(['preview', '--pipeline', 'pipelines', '--event', `${EVENTS}/identify.json`], { TIKTOK_PIXEL_CODE: 'P1' })
    ).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'not sent: no_pipeline: the event triggers none of the 28 active pipelines\n'
    })
  })

  // Found by a new-user trial: preview printed a request for events intake refuses, and a broken file gave Bun's
  // `JSON Parse error: Expected '}'` with no place.
  it('says, per event, what intake would refuse, by the checks intake runs, and prints no request for it (exit 1)', () => {
    const file = join(dir, 'refused.json')
    const base = JSON.parse(readFileSync(join(REPO_ROOT, EVENTS, 'order-completed.json'), 'utf8'))
    const { userId: _u, anonymousId: _a, sentAt: _s, ...noIds } = base
    const { sentAt: _sent, ...noSentAt } = base
    writeFileSync(file, JSON.stringify([base, noIds, { ...noSentAt, timestamp: '1999-06-01T10:00:00Z' }]))
    const { code, stdout, stderr } = relay([
      'preview',
      '--pipeline',
      'pipelines/tiktok-purchase.yaml',
      '--event',
      file,
      '--settings',
      settingsFile
    ])
    expect(code).toBe(1)
    expect(stderr).toBe(
      [
        'event 1: intake would refuse this: userId: Request neither has anonymousId nor userId (missing_id)',
        'event 2: intake would refuse this: timestamp: 1999-06-01T10:00:00.000Z is more than 28 days in the past: TikTok attributes no conversion older than its 28-day attribution window (timestamp_too_old)',
        ''
      ].join('\n')
    )
    // Only the first event's request.
    expect(TikTokRequestBody.parse(JSON.parse(stdout)).data).toHaveLength(1)
  })

  it('names a file that is not JSON with its line and column (exit 1)', () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{\n  "type": "track",\n  "event": "Order Completed"\n  "userId": "u1"\n}\n')
    expect(relay(['preview', '--pipeline', 'pipelines/tiktok-purchase.yaml', '--event', file])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `${file}:4:3: invalid JSON: comma expected (event file)\n`
    })
    const settings = join(dir, 'broken-settings.json')
    writeFileSync(settings, '{"pixelCode": "C4PIXEL123",}')
    const event = `${EVENTS}/order-completed.json`
    expect(
      relay(['preview', '--pipeline', 'pipelines/tiktok-purchase.yaml', '--event', event, '--settings', settings])
    ).toMatchObject({ code: 1, stderr: `${settings}:1:28: invalid JSON: property name expected (settings file)\n` })
  })

  it('lists pipeline problems with file:line:col and usage errors (exit 1)', () => {
    expect(relay(['preview', '--pipeline', 'nope.yaml', '--event', `${EVENTS}/page.json`])).toMatchObject({
      code: 1,
      stderr: "cannot read nope.yaml: ENOENT: no such file or directory, stat 'nope.yaml'\n"
    })
    expect(
      relay([
        'preview',
        '--pipeline',
        'test/fixtures/pipelines/invalid/unknown-transform.yaml',
        '--event',
        `${EVENTS}/page.json`
      ])
    ).toMatchObject({
      code: 1,
      stderr: readFileSync(join(REPO_ROOT, 'test/fixtures/pipelines/invalid/unknown-transform.expected'), 'utf8')
    })
    expect(relay(['preview', '--event', `${EVENTS}/page.json`])).toMatchObject({
      code: 1,
      stderr: '--pipeline is required (see preview --help)\n'
    })
  })
})

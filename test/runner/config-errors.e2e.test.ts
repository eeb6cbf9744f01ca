/**
 * A relay.yaml or environment the relay cannot start with, as a user meets it: `serve --config <file>` in a real
 * process. Every problem is one line `file:line:col: key.path: message` (the pipeline errors' form) pointing at the
 * key when the key is wrong, with "did you mean" for a near miss at any level; an environment value names its
 * variable. Each fixture in test/fixtures/relay-config/invalid/ has its whole expected stderr beside it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'
import { tempDir } from '../fixtures/temp-dir.ts'
import { runCli } from './relay-process.ts'

const FIXTURES = 'test/fixtures/relay-config/invalid'
const FOOTER = /\n\d+ problems? in the configuration: the relay did not start\n$/
const dataDir = tempDir('config-errors-')

const fixtures = readdirSync(join(REPO_ROOT, FIXTURES))
  .filter((name) => name.endsWith('.yaml'))
  .sort()

describe('serve with a relay.yaml it cannot start with', () => {
  it.each(fixtures)('%s: every problem at its place (exit 1)', async (name) => {
    const expected = readFileSync(join(REPO_ROOT, FIXTURES, name.replace(/\.yaml$/, '.expected')), 'utf8')
    const { code, stdout, stderr } = await runCli(['serve', '--config', `${FIXTURES}/${name}`], {
      RELAY_DATA_DIR: dataDir
    })
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: expected })
    // One form: every line but the count is file:line:col: message.
    for (const line of stderr.replace(FOOTER, '').split('\n')) expect(line).toMatch(/^[^:\s]+\.yaml:\d+:\d+: \S/)
  })

  it('says which file it cannot read', async () => {
    const { code, stderr } = await runCli(['serve', '--config', 'no-such-relay.yaml'])
    expect([code, stderr]).toEqual([
      1,
      'no-such-relay.yaml: cannot read: no such file\n1 problem in the configuration: the relay did not start\n'
    ])
  })
})

describe('serve with an environment variable it cannot use', () => {
  const valid = join(tempDir('config-env-'), 'relay.yaml')
  writeFileSync(valid, 'port: 8080\ndestinations:\n  - pixelCode: C0123456789\n')

  it.each([
    [{ PORT: 'eighty' }, 'PORT (port): expected a number, got a string ("eighty")'],
    [{ PORT: '70000' }, 'PORT (port): expected a number <= 65535, got a number (70000)'],
    [{ RELAY_TRUST_PROXY: 'yes' }, 'RELAY_TRUST_PROXY (trustProxy): expected a number, got a string ("yes")'],
    [{ TIKTOK_API_URL: 'not a url' }, 'TIKTOK_API_URL (apiUrl): expected a URL, got a string ("not a url")'],
    [{ RELAY_CONCURRENCY: '0' }, 'RELAY_CONCURRENCY (delivery.concurrency): expected a number >= 1, got a number (0)'],
    [{ RELAY_LINGER_MS: 'soon' }, 'RELAY_LINGER_MS (delivery.lingerMs): expected a number, got a string ("soon")'],
    [
      { RELAY_PROFILE_DAYS: '-1' },
      'RELAY_PROFILE_DAYS (retention.profileDays): expected a number >= 0, got a number (-1)'
    ],
    [{ TIKTOK_ACCESS_TOKEN: 'a-token' }, 'TIKTOK_PIXEL_CODE: not set; it is required once TIKTOK_ACCESS_TOKEN is']
  ])('%j: names the variable (exit 1)', async (env, line) => {
    const { code, stdout, stderr } = await runCli(['serve'], { RELAY_DATA_DIR: dataDir, ...env })
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: `${line}\n1 problem in the configuration: the relay did not start\n`
    })
  })

  it('names the variable, not the file, when the variable overrides a key of relay.yaml', async () => {
    const { code, stderr } = await runCli(['serve', '--config', valid], { RELAY_DATA_DIR: dataDir, PORT: 'http' })
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toBe('PORT (port): expected a number, got a string ("http")')
  })

  it('never repeats a credential it refuses', async () => {
    const { stderr } = await runCli(['serve', '--config', `${FIXTURES}/secret-value.yaml`], { RELAY_DATA_DIR: dataDir })
    expect(stderr).toContain('accessToken: expected a string, got a number\n')
    expect(stderr).not.toMatch(/1234567890|4242/)
  })
})

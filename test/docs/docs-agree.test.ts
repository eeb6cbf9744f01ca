/**
 * The docs and the CLI say one thing: every `tiktok-events-relay <command> --flag` in the user docs is a command and
 * flag the CLI's own --help lists, every `npm run x` is a script, every TIKTOK_ / RELAY_ / PORT variable is one
 * `serve --help` lists, the CLI is always written one way (`npx tiktok-events-relay`), and the README's relay.yaml is
 * relay.example.yaml. The help itself is generated from the config schema and the environment overlay.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from '../fixtures/pipelines/read-fixtures.ts'
import { runCli } from '../runner/relay-process.ts'

const DOCS = [
  'README.md',
  'pipelines/README.md',
  'relay.example.yaml',
  ...readdirSync(join(REPO_ROOT, 'docs')).map((name) => `docs/${name}`)
]
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8')
const scripts = Object.keys(JSON.parse(read('package.json')).scripts)

/** `[file, match]` for every match of `pattern` (global) in the docs. */
function findInDocs(pattern: RegExp): Array<[string, RegExpExecArray]> {
  return DOCS.flatMap((file) => [...read(file).matchAll(pattern)].map((m) => [file, m] as [string, RegExpExecArray]))
}

/** Names in the variables' style that are not variables: RudderStack's integrations key for TikTok. */
const NOT_VARIABLES = new Set(['TIKTOK_ADS'])

const flagsIn = (text: string) => text.match(/--[a-z][a-z-]*/g) ?? []

describe('the docs and the CLI agree', () => {
  const help = new Map<string, string>()
  beforeAll(async () => {
    const usage = await runCli(['--help'])
    help.set('', usage.stdout)
    for (const name of usage.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)) {
      help.set(name[1]!, (await runCli([name[1]!, '--help'])).stdout)
    }
  })

  const commandLines = findInDocs(/(?:npx |`)tiktok-events-relay ([a-z][a-z-]*)([^`\n|]*)/g)

  it('the docs show CLI command lines (the check below is not empty)', () => {
    expect(commandLines.length).toBeGreaterThan(5)
  })

  it.each(commandLines.map(([file, m]) => [file, m[0].replace(/^`/, ''), m[1]!, m[2]!]))(
    '%s: `%s` names a command and flags that exist',
    (_file, _line, command, rest) => {
      expect([...help.keys()]).toContain(command)
      for (const flag of flagsIn(rest)) expect(help.get(command)).toContain(flag)
    }
  )

  it.each(findInDocs(/npm start -- ([^`\n|#]*)/g).map(([file, m]) => [file, m[0], m[1]!]))(
    '%s: `%s` passes serve flags that exist',
    (_file, _line, rest) => {
      expect(flagsIn(rest).length).toBeGreaterThan(0)
      for (const flag of flagsIn(rest)) expect(help.get('serve')).toContain(flag)
    }
  )

  it.each(findInDocs(/npm run ([a-z][a-z:-]*)/g).map(([file, m]) => [file, m[1]!]))(
    '%s: `npm run %s` is a script of package.json',
    (_file, script) => {
      expect(scripts).toContain(script)
    }
  )

  it.each(
    [...new Set(findInDocs(/\b(?:TIKTOK|RELAY)_[A-Z][A-Z_]*\b|\bPORT\b/g).map(([, m]) => m[0]))]
      .filter((name) => !NOT_VARIABLES.has(name))
      .map((v) => [v])
  )('%s is a variable serve --help lists', (variable) => {
    expect(help.get('serve')).toMatch(new RegExp(`^ {2}${variable} `, 'm'))
  })

  it('write the CLI one way: `npx tiktok-events-relay`, not bun runner/cli.ts', () => {
    for (const file of DOCS) expect([file, read(file)]).not.toEqual([file, expect.stringMatching(/bun runner\/cli/)])
  })

  it("the README's relay.yaml is relay.example.yaml", () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(read('README.md'))?.[1]
    expect(parse(block ?? '')).toEqual(parse(read('relay.example.yaml')))
  })

  it('the quick start says how to change the port', () => {
    const quickStart = /## Quick start\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? ''
    expect(quickStart).toContain('PORT=9000 npm start')
    expect(quickStart).toContain('npm start -- --port 9000')
  })

  it('help, schema and README tell one story about destinations[].accessToken', () => {
    const row = /^ {2}destinations\[\]\.accessToken .*\n\s+(.*)$/m.exec(help.get('serve')!)?.[1] ?? ''
    expect(row).toContain('TIKTOK_ACCESS_TOKEN')
    expect(row).toContain('another TikTok account')
    expect(row).toContain('chmod 600')
    const readme = read('README.md')
    expect(readme).toContain('`destinations[].accessToken` exists for one case, destinations of different')
    expect(readme).toContain('`chmod 600`')
  })
})

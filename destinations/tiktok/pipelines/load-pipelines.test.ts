import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR, readYamlSources, TEST_ENV } from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { FIELD_DEFAULTS } from './field-defaults.ts'
import { loadPipelines, loadPipelinesOrThrow } from './load-pipelines.ts'
import { formatPipelineIssue, PipelineValidationError } from './pipeline-issue.ts'

const INVALID_DIR = join(FIXTURES_DIR, 'invalid')
const options = { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV }

describe('invalid pipelines: every error, with file:line:col and what was expected', () => {
  const cases = readYamlSources(INVALID_DIR).map((source) => [source.path, source] as const)
  it('the table is not empty', () => expect(cases.length).toBeGreaterThanOrEqual(15))

  it.each(cases)('%s', (_, source) => {
    const expected = readFileSync(
      join(
        INVALID_DIR,
        source.path
          .split('/')
          .pop()!
          .replace(/\.yaml$/, '.expected')
      ),
      'utf8'
    )
    const { pipelines, issues } = loadPipelines([source], options)
    expect(pipelines).toEqual([])
    expect(`${issues.map(formatPipelineIssue).join('\n')}\n`).toBe(expected)
  })

  it('every invalid fixture has its .expected file and nothing else lies around', () => {
    const names = readdirSync(INVALID_DIR)
    const yaml = names.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, ''))
    const expected = names.filter((n) => n.endsWith('.expected')).map((n) => n.replace(/\.expected$/, ''))
    expect(expected.sort()).toEqual(yaml.sort())
  })

  it('reports the problems of several files in one run, file by file', () => {
    const sources = readYamlSources(INVALID_DIR).filter((s) => /unknown-(operator|transform)\.yaml$/.test(s.path))
    const { issues } = loadPipelines(sources, options)
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ['test/fixtures/pipelines/invalid/unknown-operator.yaml', 7, 17, 'invalid_pipeline'],
      ['test/fixtures/pipelines/invalid/unknown-transform.yaml', 12, 18, 'invalid_pipeline']
    ])
  })
})

describe('YAML syntax errors', () => {
  // Inline rather than a fixture file: the repository's linter parses every *.yaml and would reject it.
  it('are located and reported, with nothing else', () => {
    const text =
      'name: broken\ntrigger:\n  event: track\n  conditions:\n    - field: event\n      value: "Order Completed\n'
    const { pipelines, issues } = loadPipelines([{ path: 'broken.yaml', text }], options)
    expect(pipelines).toEqual([])
    expect(issues.map(formatPipelineIssue)).toEqual(['broken.yaml:7:1: invalid YAML: Missing closing "quote'])
  })
})

describe('valid pipelines', () => {
  it('load without issues', () => {
    const { pipelines, issues } = loadPipelines(readYamlSources(join(FIXTURES_DIR, 'valid')), options)
    expect(issues.map(formatPipelineIssue)).toEqual([])
    expect(pipelines.map((p) => p.name).sort()).toEqual([
      'custom_event',
      'every_operator',
      'every_transform',
      'match_any',
      'pluck_with_defaults'
    ])
  })

  it('two files with one name: the second is refused', () => {
    const [source] = readYamlSources(join(FIXTURES_DIR, 'valid')).filter((s) => s.path.endsWith('match-any.yaml'))
    const { pipelines, issues } = loadPipelines([source, { ...source, path: 'copy.yaml' }], options)
    expect(pipelines).toHaveLength(1)
    expect(issues.map(formatPipelineIssue)).toEqual([
      'copy.yaml:2:7: name: pipeline name "match_any" is already used by test/fixtures/pipelines/valid/match-any.yaml'
    ])
  })

  it('loadPipelinesOrThrow throws one typed error carrying every issue', () => {
    const sources = readYamlSources(INVALID_DIR).filter((s) => s.path.endsWith('enrichment-errors.yaml'))
    const error = (() => {
      try {
        loadPipelinesOrThrow(sources, options)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(PipelineValidationError)
    expect((error as PipelineValidationError).issues).toHaveLength(7)
  })
})

describe('secrets come from the environment', () => {
  const [source] = readYamlSources(join(FIXTURES_DIR, 'valid')).filter((s) => s.path.endsWith('every-transform.yaml'))

  it('resolves environment variables in auth and endpoint, and never serialises the token', () => {
    const [pipeline] = loadPipelinesOrThrow([source], {
      fieldDefaults: FIELD_DEFAULTS,
      env: {
        TIKTOK_ACCESS_TOKEN: 'secret-token-value',
        TIKTOK_API_URL_FOR_TESTS: 'http://127.0.0.1:4010/open_api/v1.3/event/track/'
      }
    })
    expect(pipeline.output.accessToken).toBe('secret-token-value')
    expect(pipeline.output.endpoint).toBe('http://127.0.0.1:4010/open_api/v1.3/event/track/')
    expect(JSON.stringify(pipeline)).not.toContain('secret-token-value')
  })

  it('a missing variable is an error naming it', () => {
    const { issues } = loadPipelines([source], { fieldDefaults: FIELD_DEFAULTS, env: { TIKTOK_ACCESS_TOKEN: 'x' } })
    expect(issues.map(formatPipelineIssue)).toEqual([
      'test/fixtures/pipelines/valid/every-transform.yaml:76:13: output.endpoint: environment variable TIKTOK_API_URL_FOR_TESTS is not set'
    ])
  })

  it('without an environment nothing is resolved and nothing is required', () => {
    const [pipeline] = loadPipelinesOrThrow([source], { fieldDefaults: FIELD_DEFAULTS })
    expect(pipeline.output.accessToken).toBeUndefined()
    expect(pipeline.output.accessTokenVariable).toBe('TIKTOK_ACCESS_TOKEN')
  })
})

/**
 * Pipeline files (text, already read by the host) -> compiled pipelines, or every problem in every file, each with
 * file, line and column. YAML syntax, the zod schema and the compilers all report into one list.
 */
import { LineCounter, parseDocument } from 'yaml'
import type { Mapping } from '../mapping/mapping-types.ts'
import { type CompiledPipeline, compilePipeline } from './compile-pipeline.ts'
import { describeSchemaIssues } from './describe-schema-issue.ts'
import { createLocator } from './locate-node.ts'
import { formatYamlPath, type PipelineIssue, PipelineValidationError, type YamlPath } from './pipeline-issue.ts'
import { PipelineSpec } from './pipeline-schema.ts'
import type { Env } from './resolve-output.ts'

export interface PipelineSource {
  /** Shown in errors; the CLI passes the path relative to the working directory. */
  path: string
  text: string
}

export interface LoadOptions {
  /** The reportEvent field defaults (mapping-kit); see FIELD_DEFAULTS in field-defaults.ts. */
  fieldDefaults: Mapping
  /** Resolves `${VAR}` and the access token. Omit to check pipelines without secrets (nothing is resolved). */
  env?: Env
  /**
   * An environment variable the pipelines read that `env` lacks: an issue (the default: a relay must not start
   * without its secret), or a note (`validate` judges the files; `--check-env` asks for issues).
   */
  missingSecrets?: 'issue' | 'note'
}

export interface LoadResult {
  pipelines: CompiledPipeline[]
  issues: PipelineIssue[]
  /** Unset environment variables, when LoadOptions.missingSecrets is 'note' (code `missing_env`). */
  notes: PipelineIssue[]
}

/** One file's issues, in reading order (line, then column) whatever phase found them. */
function loadOne(
  source: PipelineSource,
  options: LoadOptions,
  issues: PipelineIssue[],
  notes: PipelineIssue[]
): CompiledPipeline | undefined {
  const found: PipelineIssue[] = []
  const pipeline = compileSource(source, options, found, notes)
  found.sort((a, b) => a.line - b.line || a.column - b.column)
  issues.push(...found)
  return pipeline
}

function compileSource(
  source: PipelineSource,
  options: LoadOptions,
  issues: PipelineIssue[],
  notes: PipelineIssue[]
): CompiledPipeline | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const issue = (code: string, path: YamlPath, line: number, column: number, message: string) =>
    issues.push({ code, file: source.path, line, column, path: formatYamlPath(path), message })
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0])
      issue('yaml_syntax', [], line, col, `invalid YAML: ${error.message}`)
    }
    return undefined
  }
  const locate = createLocator(doc, lineCounter)
  const data: unknown = doc.toJS() ?? {}
  const parsed = PipelineSpec.safeParse(data)
  if (!parsed.success) {
    for (const described of describeSchemaIssues(parsed.error, data, PipelineSpec)) {
      const { line, column } = locate(described.path, described.at)
      issue(described.code, described.path, line, column, described.message)
    }
  }
  const raw = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  return compilePipeline(raw, parsed.success ? parsed.data : undefined, {
    file: source.path,
    fieldDefaults: options.fieldDefaults,
    env: options.env,
    report: (path, message, at) => {
      const { line, column } = locate(path, at)
      issue('invalid_pipeline', path, line, column, message)
    },
    lineOf: (path) => locate(path).line,
    ...(options.missingSecrets === 'note'
      ? {
          missing: (path: YamlPath, variable: string) => {
            const { line, column } = locate(path, 'value')
            notes.push({
              code: 'missing_env',
              file: source.path,
              line,
              column,
              path: formatYamlPath(path),
              message: `environment variable ${variable} is not set`
            })
          }
        }
      : {})
  })
}

/** Loads every source; returns the pipelines that compiled and ALL issues (pipelines are unusable if any). */
export function loadPipelines(sources: readonly PipelineSource[], options: LoadOptions): LoadResult {
  const issues: PipelineIssue[] = []
  const notes: PipelineIssue[] = []
  const pipelines: CompiledPipeline[] = []
  const names = new Map<string, string>()
  for (const source of sources) {
    const pipeline = loadOne(source, options, issues, notes)
    if (!pipeline) continue
    const other = names.get(pipeline.name)
    if (other) {
      const lineCounter = new LineCounter()
      const doc = parseDocument(source.text, { lineCounter })
      const { line, column } = createLocator(doc, lineCounter)(['name'])
      issues.push({
        code: 'duplicate_name',
        file: source.path,
        line,
        column,
        path: 'name',
        message: `pipeline name "${pipeline.name}" is already used by ${other}`
      })
      continue
    }
    names.set(pipeline.name, source.path)
    pipelines.push(pipeline)
  }
  return { pipelines, issues, notes }
}

/** Like loadPipelines, but throws PipelineValidationError (carrying every issue) when anything is wrong. */
export function loadPipelinesOrThrow(sources: readonly PipelineSource[], options: LoadOptions): CompiledPipeline[] {
  const { pipelines, issues } = loadPipelines(sources, options)
  if (issues.length > 0) throw new PipelineValidationError(issues)
  return pipelines
}

import type { Issue } from '../../destinations/tiktok/core/errors.ts'
import { formatPipelineIssue } from '../../destinations/tiktok/pipelines/pipeline-issue.ts'

/**
 * One problem with the relay's configuration and where to fix it: a place in a YAML file (relay.yaml or a pipeline
 * it names), an environment variable, or neither (a rule about the whole configuration). `path` is the key path in
 * the pipelines' notation (`destinations[0].settings.gpcAction`).
 */
export interface ConfigIssue extends Issue {
  file?: string
  /** 1-based, with `file`. */
  line?: number
  /** 1-based, with `file`. */
  column?: number
  /** The environment variable that set the value (`PORT`). */
  env?: string
}

/**
 * `relay.yaml:4:7: destinations[0].pixelcode: unknown key "pixelcode"; did you mean "pixelCode"?`: the form of the
 * pipeline errors (formatPipelineIssue), which editors and CI logs turn into links. A value from the environment
 * names its variable first: `PORT (port): expected a number, got a string ("eighty")`.
 */
export function formatConfigIssue(issue: ConfigIssue): string {
  if (issue.file !== undefined && issue.line !== undefined && issue.column !== undefined) {
    return formatPipelineIssue({ ...issue, file: issue.file, line: issue.line, column: issue.column })
  }
  if (issue.env) return `${issue.env}${issue.path ? ` (${issue.path})` : ''}: ${issue.message}`
  const where = [issue.file, issue.path].filter(Boolean).join(': ')
  return where ? `${where}: ${issue.message}` : issue.message
}

/** File by file, line by line (as an editor lists them); issues without a place keep their order, after those. */
function inReadingOrder(a: ConfigIssue, b: ConfigIssue): number {
  if (a.line === undefined || b.line === undefined)
    return (a.line === undefined ? 1 : 0) - (b.line === undefined ? 1 : 0)
  return (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
}

/** A configuration that cannot start the relay. Carries every issue, each naming where to fix it. */
export class RelayConfigError extends Error {
  override readonly name = 'RelayConfigError'
  readonly issues: ConfigIssue[]
  constructor(issues: ConfigIssue[]) {
    issues = [...issues].sort(inReadingOrder)
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(`${issues.map(formatConfigIssue).join('\n')}\n${count} in the configuration: the relay did not start`)
    this.issues = issues
  }
}

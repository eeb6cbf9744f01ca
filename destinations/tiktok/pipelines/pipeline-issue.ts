/**
 * Problems found in pipeline files, as data: every issue names the file, line and column, the YAML path and what
 * was expected. Loaders collect ALL of them; nothing stops at the first.
 */
import type { Issue } from '../core/errors.ts'

export interface PipelineIssue extends Issue {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
}

/** `file:line:col: path: message`, the line every editor and CI log understands. */
export function formatPipelineIssue(issue: PipelineIssue): string {
  const where = issue.path ? `${issue.path}: ` : ''
  return `${issue.file}:${issue.line}:${issue.column}: ${where}${issue.message}`
}

/** Thrown by the strict entry points when any pipeline has issues; carries all of them. */
export class PipelineValidationError extends Error {
  override readonly name = 'PipelineValidationError'
  constructor(readonly issues: PipelineIssue[]) {
    super(issues.map(formatPipelineIssue).join('\n'))
  }
}

export type YamlPath = ReadonlyArray<string | number>

/** `['trigger', 'conditions', 0, 'operator']` -> `trigger.conditions[0].operator`. */
export function formatYamlPath(path: YamlPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out ? `.${segment}` : segment
  }
  return out
}

/**
 * Turns zod's issues into located, readable ones: YAML words (map, list), the key that is unknown or missing,
 * and for unions the branch that got furthest instead of zod's generic "Invalid input".
 */
import type { z } from 'zod'
import type { YamlPath } from './pipeline-issue.ts'

export interface DescribedIssue {
  code: string
  path: YamlPath
  /** Point at the key itself (unknown keys) rather than its value. */
  at: 'key' | 'value'
  message: string
}

type ZodIssue = z.core.$ZodIssue

const YAML_NAMES: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false'
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return `${YAML_NAMES[typeof value] ?? typeof value} (${JSON.stringify(value)})`
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let current = data
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment]
  return current
}

const depth = (issues: ZodIssue[]) =>
  Math.max(...issues.map((issue) => issue.path.length * 2 + (issue.code === 'invalid_type' ? 0 : 1)))

function describeOne(issue: ZodIssue, prefix: YamlPath, data: unknown): DescribedIssue[] {
  const path = [...prefix, ...(issue.path as Array<string | number>)]
  if (issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(data, path) === undefined) {
    const key = path[path.length - 1]
    return [{ code: 'missing_key', path: path.slice(0, -1), at: 'value', message: `missing required key "${key}"` }]
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown_key',
        path: [...path, key],
        at: 'key' as const,
        message: `unknown key "${key}"; ${issue.message}`
      }))
    case 'invalid_type': {
      const actual = valueAt(data, path)
      const expected = YAML_NAMES[issue.expected] ?? issue.expected
      return [
        { code: 'invalid_type', path, at: 'value', message: `expected ${expected}, got ${describeValue(actual)}` }
      ]
    }
    case 'invalid_union': {
      // The branch that got furthest explains the mistake; when none did, the union's own message does.
      const scores = issue.errors.map(depth)
      const best = Math.max(...scores)
      if (best <= 0) return [{ code: 'invalid_value', path, at: 'value', message: issue.message }]
      return issue.errors[scores.indexOf(best)].flatMap((inner) => describeOne(inner, path, data))
    }
    case 'too_small':
      return [
        {
          code: 'too_small',
          path,
          at: 'value',
          message: issue.origin === 'array' ? `expected at least ${issue.minimum} item` : 'expected a non-empty value'
        }
      ]
    default:
      return [{ code: issue.code, path, at: 'value', message: issue.message }]
  }
}

export function describeSchemaIssues(error: z.ZodError, data: unknown): DescribedIssue[] {
  return error.issues.flatMap((issue) => describeOne(issue as ZodIssue, [], data))
}

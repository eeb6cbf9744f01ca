/**
 * Turns zod's issues into located, readable ones: YAML words (map, list), the key that is unknown or missing,
 * and for unions the branch that got furthest instead of zod's generic "Invalid input".
 */
import type { z } from 'zod'
import { closestName } from './closest-name.ts'
import type { YamlPath } from './pipeline-issue.ts'
import { knownKeysAt } from './schema-keys.ts'

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
  int: 'a whole number',
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

/**
 * `unknown key "pixelcode"; did you mean "pixelCode"?` when a known key is close, else the schema's own message
 * (the pipeline schema lists the keys it accepts), else the keys that exist there.
 */
function unknownKeyMessage(key: string, issue: ZodIssue, path: YamlPath, schema?: z.core.$ZodType): string {
  const known = schema ? knownKeysAt(schema, path) : []
  const guess = closestName(key, known)
  if (guess) return `unknown key "${key}"; did you mean "${guess}"?`
  // zod's default text ("Unrecognized key: ...") says nothing the first half does not.
  if (!issue.message.startsWith('Unrecognized key')) return `unknown key "${key}"; ${issue.message}`
  return known.length > 0 ? `unknown key "${key}"; expected one of ${known.join(', ')}` : `unknown key "${key}"`
}

function describeOne(issue: ZodIssue, prefix: YamlPath, data: unknown, schema?: z.core.$ZodType): DescribedIssue[] {
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
        message: unknownKeyMessage(key, issue, path, schema)
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
      if (best <= 0) {
        // Every branch refused the value's type: name the types it could have had.
        const types = issue.errors.map((branch) =>
          branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0
            ? (YAML_NAMES[branch[0]!.expected] ?? branch[0]!.expected)
            : undefined
        )
        if (issue.message === 'Invalid input' && types.every((t) => t !== undefined)) {
          const names = [...new Set(types)]
          const expected = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]
          const message = `expected ${expected}, got ${describeValue(valueAt(data, path))}`
          return [{ code: 'invalid_type', path, at: 'value', message }]
        }
        return [{ code: 'invalid_value', path, at: 'value', message: issue.message }]
      }
      return issue.errors[scores.indexOf(best)].flatMap((inner) => describeOne(inner, path, data, schema))
    }
    case 'too_small':
    case 'too_big':
      return [{ code: issue.code, path, at: 'value', message: boundMessage(issue, valueAt(data, path)) }]
    case 'invalid_value': {
      // zod's own text for an enum ("Invalid option: ...") gets YAML's words and a guess; a schema's text stays.
      const allowed = issue.values.map(String)
      if (!issue.message.startsWith('Invalid option') || allowed.length === 0) break
      const actual = valueAt(data, path)
      const guess = typeof actual === 'string' ? closestName(actual, allowed) : undefined
      const message = `expected one of ${allowed.join(', ')}, got ${describeValue(actual)}`
      return [
        { code: issue.code, path, at: 'value', message: guess ? `${message}; did you mean "${guess}"?` : message }
      ]
    }
    case 'invalid_format':
      // zod's own text ("Invalid URL"); a schema's own (a regex's explanation) stays.
      if (issue.format !== 'url' || issue.message !== 'Invalid URL') break
      return [
        { code: issue.code, path, at: 'value', message: `expected a URL, got ${describeValue(valueAt(data, path))}` }
      ]
  }
  return [{ code: issue.code, path, at: 'value', message: issue.message }]
}

/** Limits in plain words: `expected a number >= 1, got a number (0)`, `expected at least 1 item`. */
function boundMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, actual: unknown): string {
  const small = issue.code === 'too_small'
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum)
  if (issue.origin === 'array') return small ? `expected at least ${limit} item` : `expected at most ${limit} items`
  if (issue.origin === 'number') {
    const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'
    return `expected a number ${op} ${limit}, got ${describeValue(actual)}`
  }
  if (issue.origin === 'string') {
    // The value is not repeated: strings with a length rule are often secrets (the admin token).
    if (!small) return `expected at most ${limit} characters`
    return limit <= 1 ? 'expected a non-empty value' : `expected at least ${limit} characters`
  }
  return small ? 'expected a non-empty value' : issue.message
}

/** `schema` (the one that produced `error`) lets an unknown key's message suggest the known key it resembles. */
export function describeSchemaIssues(error: z.ZodError, data: unknown, schema?: z.core.$ZodType): DescribedIssue[] {
  return error.issues.flatMap((issue) => describeOne(issue as ZodIssue, [], data, schema))
}

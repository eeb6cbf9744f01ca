/**
 * Validates a value against a contract.ts schema and reports every problem as `{code, path, message}` data.
 * zod messages name the expectation, never the received value, so no raw email or phone can leak through them.
 */
import type { z } from 'zod'
import { compileValidityCheck } from './contract-fast-check.ts'
import type { Issue } from './errors.ts'

/** `['data', 3, 'properties', 'currency']` -> `data.3.properties.currency`. */
export function issuePath(path: readonly PropertyKey[], prefix = ''): string {
  const joined = path.map(String).join('.')
  return prefix && joined ? `${prefix}.${joined}` : prefix || joined
}

function messageOf(issue: z.core.$ZodIssue): string {
  // An enum with many options (TikTok's currency list) makes an unreadable message; say what it is instead.
  // (A message the contract wrote itself is kept.)
  if (issue.code === 'invalid_value' && issue.values.length > 8 && issue.message.startsWith('Invalid option'))
    return `not one of the ${issue.values.length} accepted values`
  return issue.message
}

export function toIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: issuePath(issue.path, prefix),
    message: messageOf(issue)
  }))
}

const fastChecks = new WeakMap<z.ZodType, (value: unknown) => boolean>()

/** The schema's issues for a value, or an empty list when it conforms. */
export function contractIssues(schema: z.ZodType, value: unknown, prefix = ''): Issue[] {
  let certainlyValid = fastChecks.get(schema)
  if (!certainlyValid) {
    certainlyValid = compileValidityCheck(schema)
    fastChecks.set(schema, certainlyValid)
  }
  if (certainlyValid(value)) return []
  const result = schema.safeParse(value)
  return result.success ? [] : toIssues(result.error, prefix)
}

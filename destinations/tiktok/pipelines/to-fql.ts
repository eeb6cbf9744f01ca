/**
 * Writes a condition tree as Segment FQL (the `subscribe` string of a preset or subscription). Nested groups are
 * always parenthesised because FQL gives `and` and `or` no precedence.
 */
import type { FqlCondition, FqlGroup } from '../mapping/fql-condition.ts'

const ROOTS = { 'event-property': 'properties', 'event-trait': 'traits', 'event-context': 'context' } as const

function literal(value: string | number | undefined): string {
  return typeof value === 'number' ? String(value) : `"${value}"`
}

function test(condition: Exclude<FqlCondition, FqlGroup>): string {
  const field =
    condition.type === 'event-type'
      ? 'type'
      : 'name' in condition
        ? `${ROOTS[condition.type]}.${condition.name}`
        : condition.type
  switch (condition.operator) {
    case 'contains':
      return `contains(${field}, ${literal(condition.value)})`
    case 'starts_with':
      return `match(${field}, "${condition.value}*")`
    case 'ends_with':
      return `match(${field}, "*${condition.value}")`
    case 'exists':
      return `${field} != null`
    case 'not_exists':
      return `${field} = null`
    case 'is_true':
      return `${field} = true`
    case 'is_false':
      return `${field} = false`
    case 'number_equals':
      return `${field} = ${condition.value}`
    case 'number_not_equals':
      return `${field} != ${condition.value}`
    default:
      return `${field} ${condition.operator} ${literal(condition.value)}`
  }
}

export function toFql(condition: FqlCondition): string {
  if (condition.type !== 'group') return test(condition)
  return condition.children
    .map((child) => (child.type === 'group' ? `(${toFql(child)})` : test(child)))
    .join(` ${condition.operator} `)
}

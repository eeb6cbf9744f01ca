/**
 * Compiles a trigger condition into a predicate with the semantics of destination-subscriptions' `validate`
 * (what actions-core uses to decide which subscription an event reaches), so the runner agrees with Segment. One
 * difference, on purpose: `event = "..."` matches the event name in any case ("purchase", "CHECKOUT STARTED"),
 * where Segment compares exactly; compiled triggers list the usual spellings for Segment (eventNameSpellings).
 */
import type { FqlCondition, FqlNestedTest, FqlOperator } from './fql-condition.ts'

export type EventPredicate = (event: Record<string, unknown>) => boolean

type ValueTest = (actual: unknown) => boolean

function valueTest(operator: FqlOperator, expected: string | number | undefined): ValueTest {
  const text = String(expected)
  const number = Number(expected)
  switch (operator) {
    case '=':
      return (actual) => actual === text
    case '!=':
      return (actual) => actual !== text
    case 'number_equals':
      return (actual) => typeof actual === 'number' && actual === number
    case 'number_not_equals':
      return (actual) => typeof actual === 'number' && actual !== number
    case 'contains':
      return (actual) => typeof actual === 'string' && actual.includes(text)
    case 'starts_with':
      return (actual) => typeof actual === 'string' && actual.startsWith(text)
    case 'ends_with':
      return (actual) => typeof actual === 'string' && actual.endsWith(text)
    case 'exists':
      return (actual) => actual !== undefined && actual !== null
    case 'not_exists':
      return (actual) => actual === undefined || actual === null
    case 'is_true':
      return (actual) => actual === true
    case 'is_false':
      return (actual) => actual === false
    default:
      return () => false
  }
}

const ROOTS: Record<FqlNestedTest['type'], string> = {
  'event-property': 'properties',
  'event-trait': 'traits',
  'event-context': 'context'
}

function nestedReader(root: string, name: string): (event: Record<string, unknown>) => unknown {
  const keys = name.match(/([^[.\]])+/g) ?? []
  return (event) => {
    let current: unknown = event[root]
    for (const key of keys) current = current && (current as Record<string, unknown>)[key]
    return current
  }
}

function valueTestOf(key: string, condition: { operator: FqlOperator; value?: string | number }): EventPredicate {
  const test = valueTest(condition.operator, condition.value)
  return (event) => test(event[key])
}

export function compileCondition(condition: FqlCondition): EventPredicate {
  switch (condition.type) {
    case 'group': {
      // An or-group of event names (a name's spellings, an `in` list): one lower-casing and one set lookup.
      if (condition.operator === 'or' && condition.children.every((c) => c.type === 'event' && c.operator === '=')) {
        const names = new Set(condition.children.map((c) => String((c as { value?: string }).value).toLowerCase()))
        return (event) => typeof event.event === 'string' && names.has(event.event.toLowerCase())
      }
      const children = condition.children.map(compileCondition)
      if (condition.operator === 'and') return (event) => children.every((child) => child(event))
      return (event) => children.some((child) => child(event))
    }
    case 'event':
      if (condition.operator === '=') {
        const expected = String(condition.value).toLowerCase()
        return (event) => typeof event.event === 'string' && event.event.toLowerCase() === expected
      }
      return valueTestOf('event', condition)
    case 'event-type':
    case 'name':
    case 'userId': {
      const key = condition.type === 'event-type' ? 'type' : condition.type
      const test = valueTest(condition.operator, condition.value)
      return (event) => test(event[key])
    }
    default: {
      const read = nestedReader(ROOTS[condition.type], condition.name)
      const test = valueTest(condition.operator, condition.value)
      return (event) => test(read(event))
    }
  }
}

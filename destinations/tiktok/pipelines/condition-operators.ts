/**
 * The trigger operators, a small registry: each one turns (field, value) into one FQL test or explains, naming
 * itself, why it cannot. Only what Segment's FQL can express exactly is accepted.
 */
import type { FqlCondition, FqlNestedTest, FqlTopLevelTest } from '../mapping/fql-condition.ts'
import type { Scalar } from './pipeline-schema.ts'

export interface ConditionProblem {
  /** The condition key at fault (`value`, `field`...), when one is. */
  key?: string
  message: string
}

type FieldRef = { type: FqlTopLevelTest['type'] } | { type: FqlNestedTest['type']; name: string }
type Compiled = { condition: FqlCondition } | ConditionProblem

interface ConditionOperator {
  name: string
  compile(field: FieldRef, value: Scalar | Scalar[] | undefined): Compiled
}

const NESTED_ROOTS = { properties: 'event-property', traits: 'event-trait', context: 'event-context' } as const
const TOP_LEVEL = new Set(['event', 'name', 'userId'])
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/
// Words the FQL lexer reads as keywords, not names.
const RESERVED = new Set(['and', 'or', 'true', 'false', 'null', 'contains', 'match'])

const FIELD_HELP =
  'expected event, name, userId or a path under properties., traits. or context. (what a Segment subscription can test)'

export function parseField(field: string): FieldRef | ConditionProblem {
  if (field === 'type') return { key: 'field', message: 'the call type is set by trigger.event, not by a condition' }
  if (TOP_LEVEL.has(field)) return { type: field as FqlTopLevelTest['type'] }
  const [root, ...rest] = field.split('.')
  const type = NESTED_ROOTS[root as keyof typeof NESTED_ROOTS]
  if (!type || rest.length === 0)
    return { key: 'field', message: `field ${JSON.stringify(field)} cannot be tested; ${FIELD_HELP}` }
  const bad = rest.find((segment) => !SEGMENT.test(segment) || RESERVED.has(segment))
  if (bad !== undefined) {
    return {
      key: 'field',
      message: `field ${JSON.stringify(field)}: segment ${JSON.stringify(bad)} is not a plain name (letters, digits, _; not an FQL keyword)`
    }
  }
  return { type, name: rest.join('.') }
}

function fqlString(operator: string, value: unknown): string | ConditionProblem {
  if (typeof value !== 'string')
    return { key: 'value', message: `${operator} expects a string value, got ${JSON.stringify(value)}` }
  if (/["\\]/.test(value)) {
    return { key: 'value', message: `${operator}: a value with a double quote or a backslash cannot be written in FQL` }
  }
  return value
}

/**
 * The spellings of an event name a Segment subscription lists for it: as written, lower case, Title Case,
 * Sentence case and upper case ("checkout started", "Checkout started", ...). FQL compares strings exactly and has no
 * case-insensitive test, so this is how a preset in Segment matches the names senders really use; the relay,
 * RudderStack and the Segment Function match event names in any case (match-condition.ts).
 */
export function eventNameSpellings(name: string): string[] {
  const lower = name.toLowerCase()
  const title = lower.replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase())
  const sentence = lower.charAt(0).toUpperCase() + lower.slice(1)
  return [...new Set([name, lower, title, sentence, name.toUpperCase()])]
}

/** `event = name` in each of its spellings (one test when there is only one). */
function eventNameTest(name: string): FqlCondition {
  const tests: FqlCondition[] = eventNameSpellings(name).map((v) => ({ type: 'event', operator: '=', value: v }))
  return tests.length === 1 ? tests[0]! : { type: 'group', operator: 'or', children: tests }
}

function scalarTest(operator: 'equals' | 'not_equals', field: FieldRef, value: unknown): Compiled {
  const negate = operator === 'not_equals'
  if ('name' in field && typeof value === 'number' && Number.isFinite(value)) {
    return { condition: { ...field, operator: negate ? 'number_not_equals' : 'number_equals', value } }
  }
  if ('name' in field && typeof value === 'boolean') {
    if (negate)
      return { key: 'value', message: `not_equals cannot compare with true/false in FQL; use equals: ${!value}` }
    return { condition: { ...field, operator: value ? 'is_true' : 'is_false' } }
  }
  const text = fqlString(operator, value)
  if (typeof text !== 'string') return text
  if (field.type === 'event' && !negate) return { condition: eventNameTest(text) }
  return { condition: { ...field, operator: negate ? '!=' : '=', value: text } }
}

const equals: ConditionOperator = { name: 'equals', compile: (field, value) => scalarTest('equals', field, value) }

const notEquals: ConditionOperator = {
  name: 'not_equals',
  compile: (field, value) => scalarTest('not_equals', field, value)
}

const inList: ConditionOperator = {
  name: 'in',
  compile(field, value) {
    if (!Array.isArray(value) || value.length === 0) {
      return { key: 'value', message: 'in expects a non-empty list of values, e.g. [Order Completed, Order Placed]' }
    }
    const children: FqlCondition[] = []
    for (const item of value) {
      const compiled = scalarTest('equals', field, item)
      if ('message' in compiled) return { key: 'value', message: compiled.message.replace(/^equals/, 'in') }
      const { condition } = compiled
      for (const test of condition.type === 'group' ? condition.children : [condition]) {
        if (!children.some((c) => JSON.stringify(c) === JSON.stringify(test))) children.push(test)
      }
    }
    return { condition: children.length === 1 ? children[0] : { type: 'group', operator: 'or', children } }
  }
}

const exists: ConditionOperator = {
  name: 'exists',
  compile(field, value) {
    if (field.type === 'event')
      return { key: 'field', message: 'exists cannot test event in FQL (every track call has one)' }
    if (value !== undefined && typeof value !== 'boolean') {
      return { key: 'value', message: `exists takes true, false or no value, got ${JSON.stringify(value)}` }
    }
    return { condition: { ...field, operator: value === false ? 'not_exists' : 'exists' } }
  }
}

const contains: ConditionOperator = {
  name: 'contains',
  compile(field, value) {
    const text = fqlString('contains', value)
    if (typeof text !== 'string') return text
    return { condition: { ...field, operator: 'contains', value: text } }
  }
}

const matches: ConditionOperator = {
  name: 'matches',
  compile(field, value) {
    const text = fqlString('matches', value)
    if (typeof text !== 'string') return text
    const stars = text.split('*').length - 1
    const prefix = stars === 1 && text.endsWith('*') && text.length > 1
    const suffix = stars === 1 && text.startsWith('*') && text.length > 1
    if (!prefix && !suffix) {
      return {
        key: 'value',
        message: `matches expects a pattern with one * at the start or the end (FQL match), e.g. "Order *", got ${JSON.stringify(text)}`
      }
    }
    const operator = prefix ? 'starts_with' : 'ends_with'
    return { condition: { ...field, operator, value: prefix ? text.slice(0, -1) : text.slice(1) } }
  }
}

export const CONDITION_OPERATORS: Record<string, ConditionOperator> = {
  equals,
  not_equals: notEquals,
  in: inList,
  exists,
  contains,
  matches
}

export function compileTest(
  operator: ConditionOperator,
  fieldText: string,
  value: Scalar | Scalar[] | undefined
): Compiled {
  const field = parseField(fieldText)
  if ('message' in field) return field
  if (operator.name !== 'in' && Array.isArray(value)) {
    return { key: 'value', message: `${operator.name} expects one value; use the in operator for a list` }
  }
  if (operator.name !== 'exists' && value === undefined) {
    return { key: 'value', message: `${operator.name} needs a value` }
  }
  return operator.compile(field, value)
}

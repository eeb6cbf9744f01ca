/**
 * Trigger -> Segment subscription. Produces the condition tree (the AST destination-subscriptions' parseFql
 * returns for our FQL) and the FQL string a CDP user would type. Only what that parser reads back exactly is
 * accepted, so Segment, actions-core and our runner always agree on which events a pipeline receives. The parser
 * (the one actions-core uses) allows one level of parentheses, without function calls inside: so conditions are
 * and-ed at the top level, and an `any:` (or `in`, or several call types) becomes one parenthesised `or` group of
 * plain comparisons. Same-operator nesting is flattened (`all` in `all`, `any` and `in` in `any`).
 */
import type { FqlCondition, FqlGroup } from '../mapping/fql-condition.ts'
import { CONDITION_OPERATORS, type ConditionProblem, compileTest } from './condition-operators.ts'
import type { YamlPath } from './pipeline-issue.ts'
import type { ConditionSpec, TriggerSpec } from './pipeline-schema.ts'
import { toFql } from './to-fql.ts'

export interface CompiledTrigger {
  condition: FqlGroup
  subscription: string
}

export type ReportProblem = (path: YamlPath, problem: ConditionProblem) => void

type Context = 'top' | 'any'

const FUNCTION_OPERATORS = new Set(['contains', 'starts_with', 'ends_with'])

/** An `or` group of one is its child: FQL `(a)` parses as `a`, and the trees must stay equal. */
function orGroup(children: FqlCondition[]): FqlCondition[] {
  return children.length === 1 ? children : [{ type: 'group', operator: 'or', children }]
}

/** Compiles one condition into the conditions it contributes to its parent (top: and-ed; any: or-ed). */
function compileCondition(
  spec: ConditionSpec,
  at: YamlPath,
  context: Context,
  report: ReportProblem
): FqlCondition[] | undefined {
  const keys = Object.keys(spec).filter((key) => spec[key as keyof ConditionSpec] !== undefined)
  for (const mode of ['all', 'any'] as const) {
    const list = spec[mode]
    if (!list) continue
    if (keys.length > 1) {
      report(at, { key: mode, message: `a condition is either {field, operator, value} or {${mode}: [...]}, not both` })
      return undefined
    }
    if (mode === 'all' && context === 'any') {
      report(at, {
        key: mode,
        message: 'all: cannot be nested inside any: (a Segment subscription has one level of parentheses)'
      })
      return undefined
    }
    const inner: Context = mode === 'all' ? 'top' : 'any'
    const parts = list.map((child, index) => compileCondition(child, [...at, mode, index], inner, report))
    if (parts.some((part) => part === undefined)) return undefined
    const flat = (parts as FqlCondition[][]).flat()
    return mode === 'any' && context === 'top' ? orGroup(flat) : flat
  }
  if (spec.field === undefined || spec.operator === undefined) {
    const missing = spec.field === undefined ? 'field' : 'operator'
    report(at, { message: `missing required key "${missing}" (or use all: / any: to group conditions)` })
    return undefined
  }
  const operator = CONDITION_OPERATORS[spec.operator]
  if (!operator) {
    report([...at, 'operator'], {
      message: `unknown operator ${JSON.stringify(spec.operator)}; expected one of ${Object.keys(CONDITION_OPERATORS).join(', ')}`
    })
    return undefined
  }
  const compiled = compileTest(operator, spec.field, spec.value)
  if ('message' in compiled) {
    report(compiled.key ? [...at, compiled.key] : at, compiled)
    return undefined
  }
  const { condition } = compiled
  if (condition.type === 'group') return context === 'top' ? [condition] : condition.children
  if (context === 'any' && FUNCTION_OPERATORS.has(condition.operator)) {
    report([...at, 'operator'], {
      message: `${spec.operator} cannot be used inside any: (Segment's subscription parser reads no function inside parentheses); use it at the top level`
    })
    return undefined
  }
  return [condition]
}

export function compileTrigger(spec: TriggerSpec, at: YamlPath, report: ReportProblem): CompiledTrigger | undefined {
  const types = [...new Set(Array.isArray(spec.event) ? spec.event : [spec.event])]
  const typeTests: FqlCondition[] = types.map((type) => ({ type: 'event-type', operator: '=', value: type }))
  const context: Context = spec.match === 'any' ? 'any' : 'top'
  const parts = spec.conditions.map((condition, index) =>
    compileCondition(condition, [...at, 'conditions', index], context, report)
  )
  if (parts.some((part) => part === undefined)) return undefined
  const conditions = (parts as FqlCondition[][]).flat()
  const children = [
    ...orGroup(typeTests),
    ...(context === 'any' && conditions.length > 0 ? orGroup(conditions) : conditions)
  ]
  const condition: FqlGroup = { type: 'group', operator: 'and', children }
  return { condition, subscription: toFql(condition) }
}

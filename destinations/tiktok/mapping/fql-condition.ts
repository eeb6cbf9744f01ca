/**
 * A compiled trigger as data, in the same shape as the AST that Segment's destination-subscriptions `parseFql`
 * produces for the FQL string we emit. Keeping the shapes equal lets a test compare them directly, and lets the
 * runner match events without actions-core.
 */
export type FqlOperator =
  | '='
  | '!='
  | 'number_equals'
  | 'number_not_equals'
  | 'contains'
  | 'starts_with'
  | 'ends_with'
  | 'exists'
  | 'not_exists'
  | 'is_true'
  | 'is_false'

export interface FqlGroup {
  type: 'group'
  operator: 'and' | 'or'
  children: FqlCondition[]
}

/** Conditions on a top-level field of the event (`type` is the call type: track, page, screen, identify). */
export interface FqlTopLevelTest {
  type: 'event-type' | 'event' | 'name' | 'userId'
  operator: FqlOperator
  value?: string
}

/** Conditions on a path under `properties`, `traits` or `context`; `name` is the path below that root. */
export interface FqlNestedTest {
  type: 'event-property' | 'event-trait' | 'event-context'
  name: string
  operator: FqlOperator
  value?: string | number
}

export type FqlCondition = FqlGroup | FqlTopLevelTest | FqlNestedTest

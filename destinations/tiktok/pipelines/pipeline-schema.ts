/**
 * The shape of a pipeline file, as zod schemas. Shape only: what a name means (operators, transforms, targets,
 * enrichments) is checked by their registries when the pipeline compiles, so each error can say what was expected.
 * Every object is strict: a misspelt key is an error, never silently ignored.
 */
import { z } from 'zod'

const oneOf = (what: string, allowed: readonly string[]) => (issue: { input?: unknown }) =>
  `unknown ${what} ${JSON.stringify(issue.input)}; expected one of ${allowed.join(', ')}`

/** A strict object whose unknown-key error lists the keys it does accept. */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  const accepted = `expected one of ${Object.keys(shape).join(', ')}`
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? accepted : undefined) })
}

export const CALL_TYPES = ['track', 'page', 'screen', 'identify'] as const
export const CallType = z.enum(CALL_TYPES, { error: oneOf('event type', CALL_TYPES) })
export type CallType = z.infer<typeof CallType>

export const Scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'expected a string, a number or a boolean'
})
export type Scalar = z.infer<typeof Scalar>

/** One test or a nested all/any group; which of the keys may appear together is checked by the trigger compiler. */
export interface ConditionSpec {
  field?: string
  operator?: string
  value?: Scalar | Scalar[]
  all?: ConditionSpec[]
  any?: ConditionSpec[]
}
export const ConditionSpec: z.ZodType<ConditionSpec> = z.lazy(() =>
  strictObject({
    field: z.string().min(1).optional().describe('Event path, e.g. event, properties.total, context.page.url'),
    operator: z.string().optional().describe('equals, not_equals, in, exists, contains or matches'),
    value: z
      .union([Scalar, z.array(Scalar)], { error: 'expected a string, a number, a boolean or a list of them' })
      .optional(),
    all: z.array(ConditionSpec).min(1).optional().describe('Every condition must hold'),
    any: z.array(ConditionSpec).min(1).optional().describe('At least one condition must hold')
  })
)

export const TriggerSpec = strictObject({
  event: z
    .union([CallType, z.array(CallType).min(1)], { error: 'expected track, page, screen, identify or a list of them' })
    .describe('Call type(s): track, page, screen, identify'),
  match: z.enum(['all', 'any'], { error: oneOf('match mode', ['all', 'any']) }).default('all'),
  conditions: z.array(ConditionSpec).default([])
})
export type TriggerSpec = z.infer<typeof TriggerSpec>

export const EntrySpec = strictObject({
  source: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .optional()
    .describe('Event path; a list takes the first one present'),
  target: z.string().min(1).describe('TikTok field, e.g. user.email, value, content_id'),
  transform: z.string().optional().describe('A named transform'),
  field: z.string().min(1).optional().describe('Item key read by pluck'),
  value: Scalar.optional().describe('Static value (with a source: only when the source is present)'),
  default: Scalar.optional().describe('Value used when the source is missing'),
  template: z.string().min(1).optional().describe('Text with {{event.path}} placeholders'),
  exclusive: z
    .boolean()
    .optional()
    .describe("true: read only this entry's source; the field's default does not fill in when it is missing")
})
export type EntrySpec = z.infer<typeof EntrySpec>

export const StaticSpec = strictObject({
  target: z.string().min(1),
  value: Scalar,
  custom: z
    .boolean()
    .optional()
    .describe('target event only: true declares a TikTok custom event on purpose (not a standard event name)')
})
export type StaticSpec = z.infer<typeof StaticSpec>

export const EnrichmentSpec = strictObject({
  type: z.string().describe('vendor_id, click_id or identity'),
  vendor: z.string().optional(),
  cookies: z.array(z.string().min(1)).min(1).optional(),
  param: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional()
})
export type EnrichmentSpec = z.infer<typeof EnrichmentSpec>

export const TransformSpec = strictObject({
  static: z.array(StaticSpec).default([]),
  mapping: z.array(EntrySpec).default([]),
  context: z.array(EntrySpec).default([]),
  user_data: z.array(EntrySpec).default([]),
  properties: z.array(EntrySpec).default([]),
  enrichments: z.array(EnrichmentSpec).default([])
})
export type TransformSpec = z.infer<typeof TransformSpec>

export const OutputSpec = strictObject({
  format: z.literal('tiktok_events_api', { error: oneOf('output format', ['tiktok_events_api']) }),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the pipeline syntax being described.
  endpoint: z.string().min(1).optional().describe('Events API URL; ${VAR} reads the environment'),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the pipeline syntax being described.
  auth: z.string().min(1).default('access_token').describe('access_token (reads TIKTOK_ACCESS_TOKEN) or ${VAR}'),
  validate: z
    .literal(true, { error: "expected true: every event is checked against TikTok's contract before sending" })
    .default(true)
})
export type OutputSpec = z.infer<typeof OutputSpec>

export const DEFAULT_OUTPUT: OutputSpec = { format: 'tiktok_events_api', auth: 'access_token', validate: true }

export const PipelineSpec = strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected lowercase letters, digits, _ or - (it names the pipeline in logs)'),
  description: z.string().optional(),
  integration: z.literal('tiktok-events-api', { error: oneOf('integration', ['tiktok-events-api']) }),
  replaced_by: z
    .array(z.string().min(1))
    .default([])
    .describe('Pipelines that take over when loaded too (they trigger on the same events)'),
  replaces: z.array(z.string().min(1)).default([]).describe('Pipelines this one takes over from'),
  trigger: TriggerSpec,
  transform: TransformSpec,
  output: OutputSpec.default(DEFAULT_OUTPUT)
})
export type PipelineSpec = z.infer<typeof PipelineSpec>

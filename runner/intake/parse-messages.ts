/**
 * Segment/RudderStack HTTP payloads -> checked messages. A single call with a problem is refused whole (400 naming
 * the field); inside a batch each bad message is rejected on its own and the valid ones go on.
 */
import { correctClockSkew } from './clock-skew.ts'
import { IntakeError } from './intake-error.ts'
import { MAX_MESSAGE_DEPTH, scanNesting, textNestsDeeper, valueNestsDeeper } from './nesting-depth.ts'
import { implausibleTime, timeFieldOf } from './plausible-time.ts'
import type { RejectionReason } from './rejection-reasons.ts'

export const MESSAGE_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const
export type MessageType = (typeof MESSAGE_TYPES)[number]
export type PayloadKind = MessageType | 'batch'

/** `/v1/<segment>` -> what it carries; analytics.js uses the one-letter forms. */
export const PATH_KINDS: Record<string, PayloadKind> = {
  track: 'track',
  t: 'track',
  identify: 'identify',
  i: 'identify',
  page: 'page',
  p: 'page',
  screen: 'screen',
  s: 'screen',
  group: 'group',
  g: 'group',
  alias: 'alias',
  a: 'alias',
  batch: 'batch',
  b: 'batch',
  import: 'batch'
}

export type SegmentMessage = Record<string, any> & { type: MessageType; messageId: string }

/** One message of a batch refused alone: its index, the field the client sent (or `batch.N`), why, and in words. */
export interface Rejection {
  index: number
  field: string
  reason: RejectionReason
  message: string
}

export interface ParsedPayload {
  writeKey?: string
  messages: Array<{ index: number; message: SegmentMessage }>
  rejected: Rejection[]
}

export interface MessageLimits {
  maxEventBytes: number
  maxBatchEvents: number
}

const isRecord = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)
const hasId = (v: unknown) =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))
const encoder = new TextEncoder()

/** UTF-8 size, computed exactly only when the cheap bound says it might matter. */
function overSize(json: string, limit: number): boolean {
  if (json.length * 3 <= limit) return false
  return json.length > limit || encoder.encode(json).byteLength > limit
}

/**
 * The most UTF-8 bytes JSON.stringify writes per character of the JSON text a value was parsed from: a lone
 * surrogate becomes `\uXXXX` (6 bytes), `1e20` (4 characters) becomes 21 digits; every other character or escape
 * comes out no longer (an escape as itself or shorter, a BMP character as at most 3 bytes, whitespace not at all).
 * An item whose text is at most limit / 6 characters long cannot be over the limit when re-serialised.
 */
const MAX_STRINGIFY_BYTES_PER_CHAR = 6
/** Items of a `/v1/batch` body open at this level of its text: the body (1), its batch array (2), the item (3). */
const BATCH_ITEM_LEVEL = 3

const IDS = ['userId', 'anonymousId'] as const
const ALIAS_IDS = ['userId', 'previousId'] as const
/** What a JSON value is, for an error message (never the value itself: it may be personal data). */
const kindOf = (v: unknown) => (Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`)

/**
 * An id sent as something other than a string (an object, an array, a boolean), named as such rather than as a
 * missing id; a finite number is taken, as Segment's servers take it.
 */
function idOfWrongType(m: Record<string, any>, keys: readonly string[]): Omit<Rejection, 'index'> | undefined {
  for (const key of keys) {
    const v = m[key]
    if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') {
      return { field: key, reason: 'invalid_field', message: `expected a string, got ${kindOf(v)}` }
    }
  }
  return undefined
}

/** The first problem that makes a message unusable, as {field, reason, message}. */
function checkMessage(m: Record<string, any>): Omit<Rejection, 'index'> | undefined {
  const wrongType = idOfWrongType(m, m.type === 'alias' ? ALIAS_IDS : IDS)
  if (wrongType) return wrongType
  if (m.type === 'alias') {
    if (!hasId(m.userId)) return { field: 'userId', reason: 'missing_id', message: 'alias requires userId' }
    if (!hasId(m.previousId)) return { field: 'previousId', reason: 'missing_id', message: 'alias requires previousId' }
    return undefined
  }
  if (!hasId(m.userId) && !hasId(m.anonymousId)) {
    return { field: 'userId', reason: 'missing_id', message: 'Request neither has anonymousId nor userId' }
  }
  if (m.type === 'track' && (typeof m.event !== 'string' || m.event.trim() === '')) {
    return { field: 'event', reason: 'missing_event', message: 'track requires a non-empty event name' }
  }
  for (const key of ['context', 'properties', 'traits', 'integrations'] as const) {
    if (m[key] !== undefined && m[key] !== null && !isRecord(m[key])) {
      return { field: key, reason: 'invalid_field', message: `${key} must be an object` }
    }
  }
  return undefined
}

interface Received {
  at: Date
  iso: string
  /** The batch's own sentAt, for items without one. */
  batchSentAt?: unknown
}

/** Fills what every later step may rely on: a messageId (event_id and dedup key) and a skew-corrected timestamp. */
function complete(m: Record<string, any>, type: MessageType, received: Received): SegmentMessage {
  m.type = type
  if (!hasId(m.messageId)) m.messageId = crypto.randomUUID()
  else m.messageId = String(m.messageId)
  correctClockSkew(m, received.batchSentAt, received.at.getTime())
  m.timestamp ??= m.originalTimestamp ?? received.iso
  m.receivedAt = received.iso
  return m as SegmentMessage
}

const tooDeep = () =>
  new IntakeError(400, 'too_deep', `Event nests objects or arrays deeper than ${MAX_MESSAGE_DEPTH} levels`)

/** JSON whatever the Content-Type said (analytics.js sends text/plain); the top level must be an object. */
export function parseJsonObject(text: string): Record<string, any> {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new IntakeError(400, 'invalid_json', 'Invalid JSON')
  }
  if (!isRecord(body)) throw new IntakeError(400, 'invalid_json', 'Body must be a JSON object')
  return body
}

export function parsePayload(kind: PayloadKind, text: string, limits: MessageLimits, now = new Date()): ParsedPayload {
  return messagesFromBody(kind, parseJsonObject(text), text, limits, now)
}

/** `text` is the body's JSON (its size is the size of a single event). */
export function messagesFromBody(
  kind: PayloadKind,
  body: Record<string, any>,
  text: string,
  limits: MessageLimits,
  now = new Date()
): ParsedPayload {
  const writeKey = typeof body.writeKey === 'string' ? body.writeKey : undefined
  const received: Received = { at: now, iso: now.toISOString(), batchSentAt: body.sentAt }

  if (kind !== 'batch') {
    // Before anything that recurses (the size check's JSON.stringify included).
    if (textNestsDeeper(text, MAX_MESSAGE_DEPTH)) throw tooDeep()
    if (overSize(text, limits.maxEventBytes)) {
      throw new IntakeError(413, 'too_large', `Event exceeds max size of ${limits.maxEventBytes} bytes`)
    }
    const m = body
    m.type = kind
    const problem = checkMessage(m)
    if (problem) throw new IntakeError(400, problem.reason, `${problem.field}: ${problem.message}`)
    delete m.writeKey
    const timeField = timeFieldOf(m)
    const message = complete(m, kind, received)
    const late = implausibleTime(message.timestamp, received.at.getTime(), timeField)
    if (late) throw new IntakeError(400, late.reason, `${late.field}: ${late.message}`)
    return { writeKey, messages: [{ index: 0, message }], rejected: [] }
  }

  const batch = body.batch
  if (!Array.isArray(batch)) throw new IntakeError(400, 'invalid_batch', 'batch: expected an array of messages')
  if (batch.length > limits.maxBatchEvents) {
    throw new IntakeError(400, 'too_many_events', `batch: at most ${limits.maxBatchEvents} events per request`)
  }
  // The body nests the items two levels down (body, batch); only a body deeper than that has items to look at.
  const shape = scanNesting(text, MAX_MESSAGE_DEPTH + 2, BATCH_ITEM_LEVEL)
  const checkDepths = shape.deeper
  const topContext = isRecord(body.context) ? body.context : undefined
  const topIntegrations = isRecord(body.integrations) ? body.integrations : undefined
  // They join every item, one level below it.
  if (
    checkDepths &&
    (valueNestsDeeper(topContext, MAX_MESSAGE_DEPTH - 1) || valueNestsDeeper(topIntegrations, MAX_MESSAGE_DEPTH - 1))
  ) {
    throw tooDeep()
  }
  // Each item is re-serialised for its size only when the body is over the limit and its longest item's text could
  // be: a JSON.stringify of every item was ~2 µs an event (docs/performance.md), and items are rarely near 32 KB.
  const checkSizes =
    overSize(text, limits.maxEventBytes) && shape.longestAtLevel * MAX_STRINGIFY_BYTES_PER_CHAR > limits.maxEventBytes
  const messages: ParsedPayload['messages'] = []
  const rejected: Rejection[] = []
  batch.forEach((item, index) => {
    if (!isRecord(item)) {
      rejected.push({ index, field: `batch.${index}`, reason: 'invalid_field', message: 'expected an object' })
      return
    }
    if (!MESSAGE_TYPES.includes(item.type)) {
      rejected.push({
        index,
        field: 'type',
        reason: 'invalid_type',
        message: `type must be one of ${MESSAGE_TYPES.join(', ')}`
      })
      return
    }
    if (checkDepths && valueNestsDeeper(item, MAX_MESSAGE_DEPTH)) {
      rejected.push({
        index,
        field: `batch.${index}`,
        reason: 'too_deep',
        message: `nests objects or arrays deeper than ${MAX_MESSAGE_DEPTH} levels`
      })
      return
    }
    if (checkSizes && overSize(JSON.stringify(item), limits.maxEventBytes)) {
      rejected.push({
        index,
        field: `batch.${index}`,
        reason: 'too_large',
        message: `exceeds ${limits.maxEventBytes} bytes`
      })
      return
    }
    // Top-level context/integrations apply to every item; the item's own keys win.
    if (topContext) item.context = { ...topContext, ...(isRecord(item.context) ? item.context : {}) }
    if (topIntegrations)
      item.integrations = { ...topIntegrations, ...(isRecord(item.integrations) ? item.integrations : {}) }
    const problem = checkMessage(item)
    if (problem) {
      rejected.push({ index, ...problem })
      return
    }
    delete item.writeKey
    const timeField = timeFieldOf(item)
    const message = complete(item, item.type, received)
    const late = implausibleTime(message.timestamp, received.at.getTime(), timeField)
    if (late) rejected.push({ index, ...late })
    else messages.push({ index, message })
  })
  return { writeKey, messages, rejected }
}

/**
 * What intake would refuse of `message` sent as one item of a batch, checked by the very code intake runs
 * (messagesFromBody: its type, ids, event name, shape, nesting, size and a plausible time); undefined when intake
 * takes it. `preview` says so before showing a request intake would never queue. The message is not changed.
 */
export function intakeRefusal(
  message: Record<string, unknown>,
  limits: MessageLimits,
  now = new Date()
): Omit<Rejection, 'index'> | undefined {
  const item = structuredClone(message)
  const body = { batch: [item] }
  const refused = messagesFromBody('batch', body, JSON.stringify(body), limits, now).rejected[0]
  return refused && { field: refused.field, reason: refused.reason, message: refused.message }
}

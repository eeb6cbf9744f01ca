/**
 * A fake TikTok Events API: a real HTTP server on loopback that checks the contract (path, Access-Token, body against
 * contract.ts) and answers with TikTok's envelope. Tests script failures into it: rate limits (40100, 429 with
 * Retry-After), server errors (50002), HTML 502s from a proxy, slow answers, hang-ups, an outage of a given length
 * (`downFor`) and a throughput limit (`setThrottle`); it counts deliveries per event_id and event_ids repeated
 * within one request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type EventSource,
  TIKTOK_EVENTS_PATH,
  type TikTokEvent,
  TikTokRequestBody
} from '../../destinations/tiktok/core/contract.ts'
import { type FakeAnswer, HTML_502, parseFakeAnswer } from './answers.ts'

export type { FakeAnswer } from './answers.ts'

export interface ReceivedRequest {
  headers: Record<string, string | string[] | undefined>
  body: unknown
  answer: FakeAnswer
  receivedAt: number
}

export interface FakeTikTokOptions {
  /** The token the fake accepts; any other gets 40105. */
  accessToken?: string
  /** Added before every answer, to model TikTok's own response time. */
  latencyMs?: number
  port?: number
  /** Keep request bodies (turn off for million-event benches to keep memory flat). */
  keepRequests?: boolean
}

export interface FakeTikTok {
  url: string
  origin: string
  requests: ReceivedRequest[]
  /** Every accepted event with its request's event_source and event_source_id. */
  acceptedEvents(): Array<TikTokEvent & { event_source: EventSource; event_source_id: string }>
  stats(): FakeStats
  answerNext(...answers: FakeAnswer[]): void
  setDefaultAnswer(answer: FakeAnswer): void
  setLatency(ms: number): void
  /**
   * Serves at most `requestsPerSecond` requests a second (0: no limit): a request waits for its turn before the
   * latency, as an overloaded TikTok answers slowly rather than not at all.
   */
  setThrottle(requestsPerSecond: number): void
  /** Answers every request with `answer` (default HTML 502) for `ms` from now, ahead of queued answers. */
  downFor(ms: number, answer?: FakeAnswer): void
  reset(): void
  close(): Promise<void>
}

export interface FakeStats {
  requests: number
  /** Events in the bodies of all requests to the track path (accepted or not): what reached TikTok at all. */
  receivedEvents: number
  acceptedRequests: number
  acceptedEvents: number
  /** event_id -> how many times an accepted request carried it. */
  eventIds: Record<string, number>
  /** event_ids that appeared more than once within one request (any answer), summed over requests. */
  repeatsWithinRequest: number
  /** When the first and the latest accepted request were answered (epoch ms; null before any). */
  firstAcceptedAt: number | null
  lastAcceptedAt: number | null
}

let requestCounter = 0
/** TikTok's request_id: 14 digits of UTC time + 20 uppercase hex. */
function requestId(): string {
  const d = new Date()
  const ts = d
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14)
  const hex = (++requestCounter).toString(16).toUpperCase().padStart(20, '0')
  return ts + hex
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function envelope(res: ServerResponse, code: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { ...headers, 'content-type': 'application/json' })
  res.end(JSON.stringify({ code, message, request_id: requestId(), data: {} }))
}

/** How many event_ids of a request body are repeats of an earlier one in the same body. */
function repeatsIn(body: unknown): number {
  const data = (body as { data?: unknown })?.data
  if (!Array.isArray(data)) return 0
  const seen = new Set<unknown>()
  let repeats = 0
  for (const e of data) {
    const id = (e as { event_id?: unknown })?.event_id
    if (id === undefined) continue
    if (seen.has(id)) repeats++
    seen.add(id)
  }
  return repeats
}

/** The first contract problem in TikTok's wording, e.g. "Invalid value for data.3.event_id: ...". */
function contractProblem(body: unknown): string | undefined {
  const parsed = TikTokRequestBody.safeParse(body)
  if (parsed.success) return undefined
  const issue = parsed.error.issues[0]!
  return `Invalid value for ${issue.path.join('.') || 'body'}: ${issue.message}`
}

export async function startFakeTikTok(options: FakeTikTokOptions = {}): Promise<FakeTikTok> {
  const token = options.accessToken ?? 'test-token'
  const keepRequests = options.keepRequests ?? true
  let latencyMs = options.latencyMs ?? 0
  let defaultAnswer: FakeAnswer = { kind: 'ok' }
  let throttleGapMs = 0
  let nextSlotAt = 0
  let down: { until: number; answer: FakeAnswer } | undefined
  const queued: FakeAnswer[] = []
  const requests: ReceivedRequest[] = []
  const accepted: Array<TikTokEvent & { event_source: EventSource; event_source_id: string }> = []
  const freshCounts = (): FakeStats => ({
    requests: 0,
    receivedEvents: 0,
    acceptedRequests: 0,
    acceptedEvents: 0,
    eventIds: {},
    repeatsWithinRequest: 0,
    firstAcceptedAt: null,
    lastAcceptedAt: null
  })
  const counts = freshCounts()
  const setThrottle = (rps: number) => {
    throttleGapMs = rps > 0 ? 1000 / rps : 0
  }
  const downFor = (ms: number, answer: FakeAnswer = HTML_502) => {
    down = { until: Date.now() + ms, answer }
  }
  /** Under a throttle, waits for this request's turn: one every 1000/rps ms, in arrival order. */
  const turn = async () => {
    if (throttleGapMs === 0) return
    const now = Date.now()
    const at = Math.max(now, nextSlotAt)
    nextSlotAt = at + throttleGapMs
    if (at > now) await new Promise((r) => setTimeout(r, at - now))
  }

  const respond = async (req: IncomingMessage, res: ServerResponse, answer: FakeAnswer, body: any): Promise<void> => {
    if (answer.kind === 'delay') {
      await new Promise((r) => setTimeout(r, answer.ms))
      return respond(req, res, answer.then ?? { kind: 'ok' }, body)
    }
    if (answer.kind === 'hangup') {
      req.socket.destroy()
      return
    }
    if (answer.kind === 'http') {
      res.writeHead(answer.status, { ...answer.headers, 'content-type': answer.contentType ?? 'text/html' })
      res.end(answer.body)
      return
    }
    if (answer.kind === 'code')
      return envelope(res, answer.code, answer.message ?? `Fake error ${answer.code}`, answer.headers)
    // ok: the contract still decides.
    const tokenHeader = req.headers['access-token']
    if (!tokenHeader) return envelope(res, 40104, 'Access token is missing.')
    if (tokenHeader !== token) return envelope(res, 40105, 'Access token is incorrect or has been revoked.')
    const problem = contractProblem(body)
    if (problem) return envelope(res, 40002, problem)
    counts.acceptedRequests++
    for (const event of body.data as TikTokEvent[]) {
      counts.acceptedEvents++
      if (event.event_id) counts.eventIds[event.event_id] = (counts.eventIds[event.event_id] ?? 0) + 1
      if (keepRequests)
        accepted.push({ ...event, event_source: body.event_source, event_source_id: body.event_source_id })
    }
    const now = Date.now()
    counts.firstAcceptedAt ??= now
    counts.lastAcceptedAt = now
    envelope(res, 0, 'OK')
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const text = await readBody(req)
    if (url.pathname.startsWith('/__fake/')) return control(url.pathname, req.method ?? 'GET', text, res)
    if (req.method !== 'POST' || url.pathname !== TIKTOK_EVENTS_PATH) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 40400, message: `No route for ${req.method} ${url.pathname}` }))
      return
    }
    counts.requests++
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return envelope(res, 40002, 'Invalid JSON body.')
    }
    const data = (body as { data?: unknown })?.data
    if (Array.isArray(data)) counts.receivedEvents += data.length
    counts.repeatsWithinRequest += repeatsIn(body)
    await turn()
    const answer = down && Date.now() < down.until ? down.answer : (queued.shift() ?? defaultAnswer)
    if (keepRequests) requests.push({ headers: req.headers, body, answer, receivedAt: Date.now() })
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs))
    await respond(req, res, answer, body)
  }

  const control = (path: string, method: string, text: string, res: ServerResponse): void => {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    try {
      if (path === '/__fake/stats') json(200, counts)
      else if (path === '/__fake/answers' && method === 'POST') {
        queued.push(...(JSON.parse(text) as unknown[]).map(parseFakeAnswer))
        json(200, { queued: queued.length })
      } else if (path === '/__fake/default' && method === 'POST') {
        defaultAnswer = parseFakeAnswer(JSON.parse(text))
        json(200, { ok: true })
      } else if (path === '/__fake/latency' && method === 'POST') {
        latencyMs = Number(JSON.parse(text).ms) || 0
        json(200, { ok: true })
      } else if (path === '/__fake/throttle' && method === 'POST') {
        setThrottle(Number(JSON.parse(text).requestsPerSecond) || 0)
        json(200, { ok: true })
      } else if (path === '/__fake/down' && method === 'POST') {
        const { ms, answer } = JSON.parse(text)
        downFor(Number(ms) || 0, answer === undefined ? undefined : parseFakeAnswer(answer))
        json(200, { ok: true })
      } else json(404, { error: `unknown control ${method} ${path}` })
    } catch (err) {
      json(400, { error: err instanceof Error ? err.message : String(err) })
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(err))
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    url: origin + TIKTOK_EVENTS_PATH,
    origin,
    requests,
    acceptedEvents: () => accepted,
    stats: () => counts,
    answerNext: (...answers) => queued.push(...answers),
    setDefaultAnswer: (answer) => {
      defaultAnswer = answer
    },
    setLatency: (ms) => {
      latencyMs = ms
    },
    setThrottle,
    downFor,
    reset: () => {
      queued.length = 0
      requests.length = 0
      accepted.length = 0
      defaultAnswer = { kind: 'ok' }
      down = undefined
      setThrottle(0)
      Object.assign(counts, freshCounts())
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

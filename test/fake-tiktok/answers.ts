/** How the fake TikTok answers one request; tests queue these to script outages. */
export type FakeAnswer =
  | { kind: 'ok' }
  /** TikTok's envelope with a non-zero code (HTTP 200); `headers` e.g. a Retry-After with a 40100. */
  | { kind: 'code'; code: number; message?: string; headers?: Record<string, string> }
  | { kind: 'http'; status: number; body: string; contentType?: string; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number; then?: FakeAnswer }
  | { kind: 'hangup' }

function headersOf(value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Object.values(value).some((h) => typeof h !== 'string'))
    throw new Error(`headers must be an object of strings: ${JSON.stringify(value)}`)
  return value as Record<string, string>
}

/** Checks an answer that arrived as JSON over the control endpoint. */
export function parseFakeAnswer(value: unknown): FakeAnswer {
  const v = value as Record<string, unknown>
  switch (v?.kind) {
    case 'ok':
    case 'hangup':
      return { kind: v.kind }
    case 'code':
      if (typeof v.code !== 'number') break
      return {
        kind: 'code',
        code: v.code,
        message: typeof v.message === 'string' ? v.message : undefined,
        headers: headersOf(v.headers)
      }
    case 'http':
      if (typeof v.status !== 'number' || typeof v.body !== 'string') break
      return {
        kind: 'http',
        status: v.status,
        body: v.body,
        contentType: v.contentType as string | undefined,
        headers: headersOf(v.headers)
      }
    case 'delay':
      if (typeof v.ms !== 'number') break
      // biome-ignore lint/suspicious/noThenProperty: a FakeAnswer is plain data and never awaited.
      return { kind: 'delay', ms: v.ms, then: v.then === undefined ? undefined : parseFakeAnswer(v.then) }
  }
  throw new Error(`not a fake answer: ${JSON.stringify(value)}`)
}

/** The HTML page a load balancer answers with when TikTok's backend is down. */
export const HTML_502: FakeAnswer = {
  kind: 'http',
  status: 502,
  body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'
}

/** TikTok's internal error envelope (code 50002), retryable. */
export const CODE_50002: FakeAnswer = { kind: 'code', code: 50002, message: 'Internal service error' }

/** The first `n` answers of an outage as a proxy and TikTok give them: an HTML 502, then code 50002, alternately. */
export const alternatingFailures = (n: number): FakeAnswer[] =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? HTML_502 : CODE_50002))

/** HTTP 429 with `Retry-After: <seconds>`, as a gateway in front of TikTok limits a caller. */
export const tooManyRequests = (retryAfterSeconds: number): FakeAnswer => ({
  kind: 'http',
  status: 429,
  contentType: 'application/json',
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: JSON.stringify({ code: 40100, message: 'Too many requests. Please retry in some time.' })
})

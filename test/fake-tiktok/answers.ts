/** How the fake TikTok answers one request; tests queue these to script outages. */
export type FakeAnswer =
  | { kind: 'ok' }
  | { kind: 'code'; code: number; message?: string }
  | { kind: 'http'; status: number; body: string; contentType?: string }
  | { kind: 'delay'; ms: number; then?: FakeAnswer }
  | { kind: 'hangup' }

/** Checks an answer that arrived as JSON over the control endpoint. */
export function parseFakeAnswer(value: unknown): FakeAnswer {
  const v = value as Record<string, unknown>
  switch (v?.kind) {
    case 'ok':
    case 'hangup':
      return { kind: v.kind }
    case 'code':
      if (typeof v.code !== 'number') break
      return { kind: 'code', code: v.code, message: typeof v.message === 'string' ? v.message : undefined }
    case 'http':
      if (typeof v.status !== 'number' || typeof v.body !== 'string') break
      return { kind: 'http', status: v.status, body: v.body, contentType: v.contentType as string | undefined }
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

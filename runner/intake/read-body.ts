/**
 * The request body as text, within the size limit and the time limit, gunzipped when `Content-Encoding: gzip`
 * (rudder-sdk-node gzips by default). The size limit applies to the decompressed bytes, so a small gzip bomb is
 * refused too.
 *
 * A body the client fails to deliver is the client's problem, never the relay's: a connection closed before the
 * body ended (an aborted upload, a phone going out of coverage, a body shorter than its Content-Length) is answered
 * 400 `body_aborted`, and a body still unfinished after `timeoutMs` (a slow or slowloris client) 408 `body_timeout`.
 * Both are IntakeErrors, so they are counted by reason and leave /healthz alone. The body is received whole before
 * it is gunzipped, so a broken connection can never be mistaken for broken gzip (or the reverse).
 */
import { IntakeError } from './intake-error.ts'

const decoder = new TextDecoder()
/** Bytes gzip's header and trailer add: the most a compressed body may exceed the decompressed limit by. */
const GZIP_OVERHEAD = 1024

export interface BodyLimits {
  /** Largest body, in bytes after gunzip. */
  maxBytes: number
  /** Milliseconds the client has to deliver the whole body, from when the relay starts reading it. */
  timeoutMs: number
}

function tooLarge(limit: number): IntakeError {
  return new IntakeError(413, 'too_large', `Request size exceeds max limit of ${limit} bytes`)
}

const aborted = () =>
  new IntakeError(400, 'body_aborted', 'The request body could not be read: the connection closed before it ended')

async function readLimited(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  onReader: (cancel: () => void) => void = () => {},
  reported = limit
): Promise<Uint8Array> {
  const reader = stream.getReader()
  onReader(() => void reader.cancel().catch(() => {}))
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(reported)
    }
    chunks.push(value)
  }
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/**
 * Receives the body as it came over the wire (at most `wireLimit` bytes) before the deadline. Any failure of the read
 * itself is the connection's: a read error becomes `body_aborted`, the deadline `body_timeout`.
 */
async function receive<T>(
  req: Request,
  limits: BodyLimits,
  wireLimit: number,
  known: (req: Request) => Promise<T>,
  streamed: (bytes: Uint8Array) => T
): Promise<T> {
  const body = req.body
  if (!body) return streamed(new Uint8Array(0))
  let cancel = () => {}
  let timer: ReturnType<typeof setTimeout> | undefined
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  // Known length within the limit: the runtime's own reader is the fast path.
  const reading = Number.isFinite(declared)
    ? known(req)
    : readLimited(
        body,
        wireLimit,
        (c) => {
          cancel = c
        },
        limits.maxBytes
      ).then(streamed)
  // When the deadline wins, the read may still fail later: that failure has no one left to tell.
  reading.catch(() => {})
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cancel()
      reject(new IntakeError(408, 'body_timeout', `The request body did not arrive within ${limits.timeoutMs} ms`))
    }, limits.timeoutMs)
  })
  try {
    return await Promise.race([reading, expired])
  } catch (err) {
    if (err instanceof IntakeError) throw err
    throw aborted()
  } finally {
    clearTimeout(timer)
  }
}

async function gunzip(bytes: Uint8Array, limit: number): Promise<string> {
  try {
    const plain = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    return decoder.decode(await readLimited(plain, limit))
  } catch (err) {
    if (err instanceof IntakeError) throw err
    throw new IntakeError(400, 'invalid_gzip', 'Body is not valid gzip')
  }
}

export async function readBody(req: Request, limits: BodyLimits): Promise<string> {
  const encoding = (req.headers.get('content-encoding') ?? '').trim().toLowerCase()
  const gzip = encoding === 'gzip' || encoding === 'x-gzip'
  if (!gzip && encoding !== '' && encoding !== 'identity') {
    throw new IntakeError(400, 'unsupported_encoding', `Unsupported Content-Encoding "${encoding}" (use gzip)`)
  }
  // gzip adds about 20 bytes to what it cannot shrink: a compressed body much larger than the limit cannot fit it.
  const wireLimit = gzip ? limits.maxBytes + GZIP_OVERHEAD : limits.maxBytes
  if (Number(req.headers.get('content-length') ?? 0) > wireLimit) throw tooLarge(limits.maxBytes)
  if (!gzip) {
    return receive(
      req,
      limits,
      wireLimit,
      (r) => r.text(),
      (bytes) => decoder.decode(bytes)
    )
  }
  const compressed = await receive(
    req,
    limits,
    wireLimit,
    async (r) => new Uint8Array(await r.arrayBuffer()),
    (bytes) => bytes
  )
  return gunzip(compressed, limits.maxBytes)
}

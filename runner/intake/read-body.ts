/**
 * The request body as text, within the size limit, gunzipped when `Content-Encoding: gzip` (rudder-sdk-node gzips
 * by default). The limit applies to the decompressed bytes, so a small gzip bomb is refused too.
 */
import { IntakeError } from './intake-error.ts'

const decoder = new TextDecoder()

function tooLarge(limit: number): IntakeError {
  return new IntakeError(413, 'too_large', `Request size exceeds max limit of ${limit} bytes`)
}

async function readLimited(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(limit)
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

export async function readBody(req: Request, limit: number): Promise<string> {
  const encoding = (req.headers.get('content-encoding') ?? '').trim().toLowerCase()
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  if (encoding === '' || encoding === 'identity') {
    if (declared > limit) throw tooLarge(limit)
    // Known length within the limit: the runtime's own reader is the fast path.
    if (Number.isFinite(declared)) return await req.text()
    return req.body ? decoder.decode(await readLimited(req.body, limit)) : ''
  }
  if (encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw new IntakeError(400, 'unsupported_encoding', `Unsupported Content-Encoding "${encoding}" (use gzip)`)
  }
  if (!req.body) return ''
  try {
    const plain = req.body.pipeThrough(
      new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
    )
    return decoder.decode(await readLimited(plain, limit))
  } catch (err) {
    if (err instanceof IntakeError) throw err
    throw new IntakeError(400, 'invalid_gzip', 'Body is not valid gzip')
  }
}

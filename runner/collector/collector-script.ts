/**
 * GET /collector.js: the browser script, read once at start and kept gzipped as well, so browsers that accept gzip
 * get the ~1 KB form.
 */
import { readFile } from 'node:fs/promises'

export interface CollectorScript {
  respond(req: Request): Response
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip') as any)
  return new Uint8Array(await new Response(stream as ReadableStream).arrayBuffer())
}

export async function loadCollectorScript(): Promise<CollectorScript> {
  const plain = new Uint8Array(await readFile(new URL('./collector.js', import.meta.url)))
  const zipped = await gzip(plain)
  const headers = {
    'content-type': 'application/javascript; charset=utf-8',
    'cache-control': 'public, max-age=3600',
    vary: 'Accept-Encoding',
    'access-control-allow-origin': '*'
  }
  return {
    respond(req) {
      const acceptsGzip = /\bgzip\b/.test(req.headers.get('accept-encoding') ?? '')
      return acceptsGzip
        ? new Response(zipped as BodyInit, { headers: { ...headers, 'content-encoding': 'gzip' } })
        : new Response(plain as BodyInit, { headers })
    }
  }
}

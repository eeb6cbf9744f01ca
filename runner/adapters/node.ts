/** node:http serving the relay's fetch handler: IncomingMessage -> Request, Response -> ServerResponse. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { advertisedUrl, type FetchHandler, type ServedRelay, type ServeOptions } from './served.ts'

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const one of v) headers.append(k, one)
    else if (v !== undefined) headers.set(k, v)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream) : undefined,
    duplex: 'half'
  } as RequestInit)
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((v, k) => {
    if (k !== 'set-cookie') headers[k] = v
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined)
}

export async function serveWithNode(handler: FetchHandler, opts: ServeOptions): Promise<ServedRelay> {
  let origin = ''
  const server = createServer((req, res) => {
    handler(toRequest(req, origin), { remoteAddress: req.socket.remoteAddress }).then(
      (response) => send(res, response),
      () => res.writeHead(500).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve))
  const port = (server.address() as AddressInfo).port
  origin = advertisedUrl(opts.hostname, port)
  return {
    url: origin,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** Deno.serve serving the relay's fetch handler. */
import { advertisedUrl, type FetchHandler, type ServedRelay, type ServeOptions } from './served.ts'

declare const Deno: {
  serve(
    options: { port: number; hostname: string; onListen?: (addr: { port: number }) => void },
    handler: (req: Request, info: { remoteAddr: { hostname: string } }) => Promise<Response>
  ): { addr: { port: number }; shutdown(): Promise<void> }
}

export async function serveWithDeno(handler: FetchHandler, opts: ServeOptions): Promise<ServedRelay> {
  const server = Deno.serve({ port: opts.port, hostname: opts.hostname, onListen() {} }, (req, info) =>
    handler(req, { remoteAddress: info.remoteAddr.hostname })
  )
  const port = server.addr.port
  return { url: advertisedUrl(opts.hostname, port), port, stop: () => server.shutdown() }
}

/** Bun.serve serving the relay's fetch handler. */
import { advertisedUrl, type FetchHandler, type ServedRelay, type ServeOptions } from './served.ts'

export async function serveWithBun(handler: FetchHandler, opts: ServeOptions): Promise<ServedRelay> {
  const server = Bun.serve({
    port: opts.port,
    hostname: opts.hostname,
    // Intake enforces its own (smaller) limits and answers 413 JSON naming the limit; Bun reads the rest of such a
    // body and drops it (memory stays flat), so an HTTP client still writing its body (undici, SDKs) gets that
    // answer instead of EPIPE. Past this size Bun itself refuses and closes the connection: no real client sends it.
    maxRequestBodySize: 128 * 1024 * 1024,
    // Seconds; above intake's own body deadline (limits.bodyTimeoutMs, at most 25 s), so a stalled upload gets
    // intake's 408 rather than a connection Bun drops without an answer (its default is 10 s).
    idleTimeout: 30,
    fetch: (req, srv) => handler(req, { remoteAddress: srv.requestIP(req)?.address })
  })
  const port = server.port ?? opts.port
  return {
    url: advertisedUrl(opts.hostname, port),
    port,
    stop: async () => {
      await server.stop()
    }
  }
}

/** What every adapter hands back: where it listens and how to stop it. */
export interface ServedRelay {
  /** e.g. http://127.0.0.1:8080 (no trailing slash) */
  url: string
  port: number
  stop(): Promise<void>
}

/** The relay's fetch handler plus what only the socket knows. */
export type FetchHandler = (req: Request, info?: { remoteAddress?: string }) => Promise<Response>

export interface ServeOptions {
  port: number
  hostname: string
}

/** A URL clients can reach: 0.0.0.0 / :: listen everywhere, so advertise loopback. */
export function advertisedUrl(hostname: string, port: number): string {
  const host =
    hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname
  return `http://${host}:${port}`
}

/**
 * What the relay says when it starts, besides its JSON log: where it really listens, and boxed warnings for the two
 * states an operator must not miss (dry-run, and intake open to anyone who can reach the port).
 */

/** Lines in a box of asterisks, on stderr, so they stand out from the JSON log. */
function banner(lines: string[]): string {
  const width = Math.max(...lines.map((l) => l.length))
  const edge = `  ${'*'.repeat(width + 6)}`
  return ['', edge, ...lines.map((l) => `  *  ${l.padEnd(width)}  *`), edge, ''].join('\n')
}

export const DRY_RUN_BANNER = banner([
  'DRY-RUN: no TikTok access token is configured (TIKTOK_ACCESS_TOKEN).',
  'Events are accepted and queued, and the requests that WOULD be sent',
  'to TikTok are recorded instead of sent: see GET /dry-run on this server',
  'or `tiktok-events-relay status --show-requests`.',
  'Set TIKTOK_ACCESS_TOKEN and TIKTOK_PIXEL_CODE to send for real.'
])

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', ''])

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(hostname: string): boolean {
  return /^127\./.test(hostname) || hostname === '::1' || hostname === '[::1]' || hostname === 'localhost'
}

/** What the socket is bound to, in words: `0.0.0.0:8080 (all interfaces)`, `127.0.0.1:8080 (loopback only)`. */
export function describeBind(hostname: string, port: number): string {
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname
  const reach = ALL_INTERFACES.has(hostname)
    ? 'all interfaces'
    : isLoopback(hostname)
      ? 'loopback only'
      : 'this address only'
  return `${host}:${port} (${reach})`
}

/** Intake without write keys on an address others can reach: anyone there can send events to the pixel. */
export function openIntakeBanner(bind: string): string {
  return banner([
    `OPEN INTAKE: listening on ${bind}`,
    'with no write keys (RELAY_WRITE_KEYS): anyone who can reach this port',
    'can send events to your TikTok pixel. Set RELAY_WRITE_KEYS (or writeKeys',
    'in relay.yaml), or listen on loopback only: --hostname 127.0.0.1.'
  ])
}

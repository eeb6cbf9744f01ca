/**
 * TikTok answers that refuse the relay's credentials, not its events: a missing or invalid access token (40104,
 * 40105), no permission on the pixel (40001), or an HTTP 401/403. TikTok's contract says "do not retry" for these
 * (its Events API reference lists them with 40002): re-sending the same request in a loop cannot help. They are
 * faults of the relay's configuration that an operator fixes, so the events are held, not dead-lettered: the pixel's
 * circuit holds them in the queue (pixel-circuits.ts) until a slow probe finds the token works again. A 40002
 * (invalid parameter) is a fault of an event and is not one of these.
 */
import { PermanentDeliveryError } from '../../destinations/tiktok/core/errors.ts'
import type { PixelCircuit } from '../store/store-interface.ts'
import { shortFingerprint } from './token-fingerprint.ts'

/** TikTok's envelope codes that refuse the credentials, with the words the relay's logs and status use. */
export const AUTH_FAULT_CODES: ReadonlyMap<number, string> = new Map([
  [40104, 'TikTok got no access token'],
  [40105, 'TikTok refused the access token'],
  [40001, 'the access token has no permission on the pixel']
])

/**
 * The fault, in words naming TikTok's code or HTTP status (e.g. "TikTok refused the access token (40105)"), when
 * `err` refuses the credentials; undefined for any other error. Never includes the token: only TikTok's code/status.
 */
export function authFaultOf(err: unknown): string | undefined {
  if (!(err instanceof PermanentDeliveryError)) return undefined
  const { code, status } = err.details
  const words = code === undefined ? undefined : AUTH_FAULT_CODES.get(code)
  if (words) return `${words} (${code})`
  // A 401/403 that names an event (data.N) is about that event, as a 40002 is.
  if ((status === 401 || status === 403) && err.eventIndex === undefined)
    return `TikTok refused the access token (HTTP ${status})`
  return undefined
}

/**
 * The sentence /healthz, `status` and the logs show for a pixel held by an auth fault. `fingerprint`: the refused
 * token's (token-fingerprint.ts), whose first 8 digits tell which token it is; only relays sending with it hold.
 */
export function heldSentence(pixel: string, fault: string, fingerprint?: string): string {
  if (fingerprint === undefined) {
    return `${fault} for pixel ${pixel}: events are held in the queue; fix the token and restart the relay`
  }
  return `${fault} for pixel ${pixel} (access token ${shortFingerprint(fingerprint)}): relays sending with this token hold the pixel's events in the queue; fix the token and restart them`
}

/** heldSentence of each circuit held by an auth fault among `circuits` (an outage's circuit says none). */
export const heldSentences = (circuits: Iterable<PixelCircuit>): string[] =>
  [...circuits].flatMap((c) =>
    c.authFault ? [heldSentence(c.pixelCode, c.authFault, c.tokenFingerprint ?? undefined)] : []
  )

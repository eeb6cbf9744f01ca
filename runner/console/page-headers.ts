/**
 * Headers of every console HTML page: scripts and styles from the relay only (no inline script, so an injected
 * <script> in a displayed value could not run), and no framing by another site (a replay button under a
 * transparent frame would be clickjacking).
 */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  'x-frame-options': 'DENY',
  // Not no-referrer: with it a browser sends "Origin: null" on the console's own form POSTs, which the guard refuses.
  'referrer-policy': 'same-origin'
}

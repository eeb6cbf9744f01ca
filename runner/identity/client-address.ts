/**
 * The browser's own address when the relay sits behind reverse proxies (nginx, a CDN, a load balancer): each proxy
 * appends the address it received the request from to X-Forwarded-For, so with `trustProxy` proxies in front, the
 * browser is that many hops from the right of "X-Forwarded-For, connection address". Entries further left were
 * written by the client itself and are never believed. With no proxy trusted the connection address is the client.
 * TikTok matches web events on `user.ip`: a proxy's address on every event would be a wrong match key.
 */

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
// Loose on purpose: hex groups and colons, optionally an embedded IPv4 tail; URL parsing below has the last word.
const IPV6 = /^[0-9a-f:]+(:\d{1,3}(\.\d{1,3}){3})?$/i

/** One address as a proxy or socket writes it (maybe with a port, brackets or IPv4-mapped): the bare IP, or none. */
export function normaliseAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  let a = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a)
  if (bracketed) a = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  if (mapped) a = mapped[1]!
  if (IPV4.test(a)) return a
  if (a.includes(':') && IPV6.test(a)) {
    try {
      return new URL(`http://[${a}]/`).hostname.slice(1, -1)
    } catch {
      return undefined
    }
  }
  return undefined
}

export function clientAddress(
  connection: string | undefined,
  forwardedFor: string | null,
  trustProxy: number
): string | undefined {
  if (trustProxy === 0) return normaliseAddress(connection)
  // A proxy is trusted but none said who the client was: the connection is most likely that proxy, whose address
  // would be a wrong match key on every event. None is better.
  if (!forwardedFor) return undefined
  const hops = [...forwardedFor.split(','), connection ?? '']
  // Fewer hops than trusted proxies: the request came around them, and the leftmost is all there is.
  const at = Math.max(hops.length - 1 - trustProxy, 0)
  return normaliseAddress(hops[at])
}

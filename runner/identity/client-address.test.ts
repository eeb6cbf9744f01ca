import { describe, expect, it } from 'vitest'
import { clientAddress, normaliseAddress } from './client-address.ts'

describe('clientAddress', () => {
  it.each([
    ['no proxy trusted: the connection, whatever the header says', '10.0.0.2', '198.51.100.7', 0, '10.0.0.2'],
    ['one proxy: the address it appended', '10.0.0.2', '198.51.100.7', 1, '198.51.100.7'],
    ['one proxy, a client-forged entry left of it is ignored', '10.0.0.2', '6.6.6.6, 198.51.100.7', 1, '198.51.100.7'],
    ['two proxies (CDN then nginx)', '10.0.0.2', '6.6.6.6, 198.51.100.7, 172.16.0.9', 2, '198.51.100.7'],
    ['more proxies trusted than hops: the leftmost', '10.0.0.2', '198.51.100.7', 3, '198.51.100.7'],
    ['proxy trusted but no header: not the proxy’s own address', '10.0.0.2', null, 1, undefined],
    ['IPv6 from the proxy', '10.0.0.2', '2001:DB8::1', 1, '2001:db8::1'],
    ['a port on the forwarded address', '10.0.0.2', '198.51.100.7:52311', 1, '198.51.100.7'],
    ['bracketed IPv6 with a port', '10.0.0.2', '[2001:db8::1]:443', 1, '2001:db8::1'],
    ['IPv4-mapped IPv6 connection address', '::ffff:203.0.113.5', null, 0, '203.0.113.5'],
    ['garbage where the client should be: no address rather than a wrong one', '10.0.0.2', 'unknown', 1, undefined]
  ])('%s', (_, connection, header, trust, expected) => {
    expect(clientAddress(connection, header, trust)).toBe(expected)
  })
})

describe('normaliseAddress', () => {
  it.each([
    ['999.1.1.1', undefined],
    ['1.2.3', undefined],
    ['not-an-ip', undefined],
    ['::1', '::1'],
    [' 192.0.2.1 ', '192.0.2.1']
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected)
  })
})

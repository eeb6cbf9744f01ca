import { describe, expect, it } from 'vitest'
import { createOriginPolicy, parseOriginRule } from './allowed-origins.ts'

describe('allowedOrigins rules', () => {
  it.each([
    ['https://shop.example.com', { scheme: 'https', host: 'shop.example.com', wildcard: false, port: '' }],
    ['http://localhost:3000', { scheme: 'http', host: 'localhost', wildcard: false, port: '3000' }],
    ['*.example.com', { scheme: 'https', host: 'example.com', wildcard: true, port: '' }],
    ['https://*.Example.com', { scheme: 'https', host: 'example.com', wildcard: true, port: '' }]
  ])('%s', (rule, parsed) => {
    expect(parseOriginRule(rule)).toEqual(parsed)
  })

  it.each([
    ['*', '"*" cannot be allowed credentials; list the site\'s own origins'],
    ['null', '"null" cannot be allowed credentials; list the site\'s own origins'],
    ['shop.example.com', 'an exact origin needs its scheme: https://… (only *.domain patterns may omit it)'],
    [
      'https://shop.example.com/',
      'expected an origin such as https://shop.example.com or a pattern such as *.example.com'
    ],
    [
      'ftp://shop.example.com',
      'expected an origin such as https://shop.example.com or a pattern such as *.example.com'
    ],
    ['*.example.com:8443', 'a *.domain pattern takes no port']
  ])('refuses %s', (rule, message) => {
    expect(parseOriginRule(rule)).toBe(message)
  })
})

describe('which origins are allowed credentials', () => {
  const listed = createOriginPolicy({
    allowedOrigins: ['https://shop.example.com', '*.example.org', 'http://localhost:3000']
  })
  it.each([
    ['https://shop.example.com', true],
    ['https://shop.example.com:8443', false],
    ['http://shop.example.com', false],
    ['https://evil.example.com', false],
    ['https://a.example.org', true],
    ['https://a.b.example.org', true],
    ['https://example.org', false],
    ['https://evilexample.org', false],
    ['http://localhost:3000', true],
    ['http://localhost:3001', false],
    ['null', false],
    ['*', false],
    ['https://shop.example.com/path', false]
  ])('listed: %s -> %s', (origin, allowed) => {
    expect(listed.allows(origin, 'collect.example.com')).toBe(allowed)
  })

  const byCookieDomain = createOriginPolicy({ cookieDomain: 'shop.example' })
  it.each([
    ['https://shop.example', true],
    ['https://www.shop.example', true],
    ['http://www.shop.example', false],
    ['https://evilshop.example', false],
    ['https://shop.example.evil.com', false],
    ['null', false]
  ])('default with cookieDomain shop.example: %s -> %s', (origin, allowed) => {
    expect(byCookieDomain.allows(origin, 'relay.internal:8080')).toBe(allowed)
  })

  const bySite = createOriginPolicy({})
  it.each([
    ['collect.example.co.uk', 'https://www.example.co.uk', true],
    ['collect.example.co.uk', 'https://example.co.uk', true],
    ['collect.example.co.uk', 'https://other.co.uk', false],
    ['relay.a.github.io', 'https://b.github.io', false],
    ['relay.a.github.io', 'https://www.a.github.io', true],
    ['127.0.0.1:8080', 'http://127.0.0.1:3000', true],
    ['127.0.0.1:8080', 'http://localhost:3000', false],
    ['localhost:8080', 'http://localhost:3000', true],
    ['[::1]:8080', 'http://[::1]:3000', true],
    ['203.0.113.5', 'https://203.0.113.5', true],
    ['203.0.113.5', 'http://203.0.113.5', false]
  ])('default, relay at %s: %s -> %s', (host, origin, allowed) => {
    expect(bySite.allows(origin, host)).toBe(allowed)
  })
})

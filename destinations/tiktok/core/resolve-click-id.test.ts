import { describe, expect, it } from 'vitest'
import { type ClickIdSources, resolveClickId } from './resolve-click-id.ts'

const PAGE = 'https://shop.example.com/product/1?ttclid=E.C.P.page'
const SAME_HOST_REFERRER = 'https://shop.example.com/?utm_source=tiktok&ttclid=E.C.P.referrer'
const OTHER_HOST_REFERRER = 'https://www.tiktok.com/?ttclid=E.C.P.elsewhere'

describe('resolveClickId: page URL > same-host referrer > explicit value', () => {
  it.each<[string, ClickIdSources, string | undefined]>([
    [
      'page URL wins over everything',
      { url: PAGE, referrer: SAME_HOST_REFERRER, ttclid: 'E.C.P.cookie' },
      'E.C.P.page'
    ],
    [
      'same-host referrer beats the cookie',
      { url: 'https://shop.example.com/cart', referrer: SAME_HOST_REFERRER, ttclid: 'E.C.P.cookie' },
      'E.C.P.referrer'
    ],
    [
      'host comparison ignores case',
      { url: 'https://SHOP.example.com/cart', referrer: SAME_HOST_REFERRER },
      'E.C.P.referrer'
    ],
    [
      'another host as referrer is ignored',
      { url: 'https://shop.example.com/cart', referrer: OTHER_HOST_REFERRER, ttclid: 'E.C.P.cookie' },
      'E.C.P.cookie'
    ],
    ['a referrer without a page URL cannot be same-host', { referrer: SAME_HOST_REFERRER }, undefined],
    ['explicit value alone', { ttclid: '  E.C.P.cookie ' }, 'E.C.P.cookie'],
    [
      'empty ttclid parameter falls through',
      { url: 'https://shop.example.com/?ttclid=', ttclid: 'E.C.P.c' },
      'E.C.P.c'
    ],
    ['a URL without a query falls through', { url: 'not a url ttclid=x', ttclid: 'E.C.P.c' }, 'E.C.P.c'],
    [
      'malformed escape falls through',
      { url: 'https://shop.example.com/?ttclid=%E0%A4%A', ttclid: 'E.C.P.c' },
      'E.C.P.c'
    ],
    [
      'ttclid only in the fragment is ignored',
      { url: 'https://shop.example.com/#x?ttclid=frag', ttclid: 'E.C.P.c' },
      'E.C.P.c'
    ],
    [
      'another parameter ending in ttclid is not it',
      { url: 'https://shop.example.com/?my_ttclid=no', ttclid: 'E.C.P.c' },
      'E.C.P.c'
    ],
    [
      'a later parameter',
      { url: 'https://shop.example.com/p?utm_source=tiktok&ttclid=E.C.P.later#top' },
      'E.C.P.later'
    ],
    [
      'userinfo and port are compared as URL hosts are',
      { url: 'https://shop.example.com:8443/cart', referrer: 'https://user@shop.example.com:8443/?ttclid=E.C.P.port' },
      'E.C.P.port'
    ],
    [
      'a different port is another host',
      { url: 'https://shop.example.com/cart', referrer: 'https://shop.example.com:8443/?ttclid=E.C.P.port' },
      undefined
    ],
    ['plus means space, trimmed', { url: 'https://shop.example.com/?ttclid=+E.C.P.x+' }, 'E.C.P.x'],
    ['URL-encoded value is decoded', { url: 'https://shop.example.com/?ttclid=E.C.P.a%2Bb%3D' }, 'E.C.P.a+b='],
    ['nothing at all', {}, undefined],
    ['blank explicit value', { ttclid: '  ' }, undefined]
  ])('%s', (_name, sources, expected) => {
    expect(resolveClickId(sources)).toBe(expected)
  })
})

describe('URL reading agrees with the WHATWG URL parser', () => {
  const urls = [
    'https://shop.example.com/p?ttclid=E.C.P.a',
    'https://shop.example.com/p?a=1&ttclid=E.C.P.b&c=2',
    'https://shop.example.com/p?a=1&ttclid=E.C.P.b#frag',
    'https://shop.example.com/p?x_ttclid=1&ttclid=E.C.P.c',
    'https://shop.example.com/p?ttclid=E.C.P.a%20b',
    'https://shop.example.com/p?ttclid=first&ttclid=second',
    'https://shop.example.com/ttclid=path?q=1',
    'https://user:pw@Shop.Example.com:8080/p?ttclid=E.C.P.d',
    'http://shop.example.com?ttclid=E.C.P.e',
    'https://shop.example.com/p#?ttclid=frag'
  ]
  it.each(urls)('%s', (url) => {
    const parsed = new URL(url)
    const expected = parsed.searchParams.get('ttclid')?.trim() || undefined
    expect(resolveClickId({ url })).toBe(expected)
    // Same host as itself: a referrer on the same host is used when the page has no click id.
    const page = `${parsed.protocol}//${parsed.host}/next`
    expect(resolveClickId({ url: page, referrer: url })).toBe(expected)
  })
})

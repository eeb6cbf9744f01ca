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
    ['unparsable URL falls through', { url: 'not a url ttclid=x', ttclid: 'E.C.P.c' }, 'E.C.P.c'],
    ['URL-encoded value is decoded', { url: 'https://shop.example.com/?ttclid=E.C.P.a%2Bb%3D' }, 'E.C.P.a+b='],
    ['nothing at all', {}, undefined],
    ['blank explicit value', { ttclid: '  ' }, undefined]
  ])('%s', (_name, sources, expected) => {
    expect(resolveClickId(sources)).toBe(expected)
  })
})

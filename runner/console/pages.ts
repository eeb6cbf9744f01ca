/**
 * The console's pages: one HTML shell each, the same navigation, and the page's script. The pages hold no data;
 * their scripts read /console/api/ (same origin, the session cookie) and draw with uPlot, served from node_modules
 * by the relay itself (assets.ts): nothing comes from the internet.
 */

import { escapeHtml } from './html.ts'
import { PAGE_HEADERS } from './page-headers.ts'

export const PAGES = {
  '': { title: 'Overview', script: 'overview.js', chart: true },
  'match-quality': { title: 'Match quality', script: 'match-quality.js', chart: true },
  live: { title: 'Live events', script: 'live.js', chart: false },
  unmatched: { title: 'Unmatched', script: 'unmatched.js', chart: false },
  'dead-letters': { title: 'Dead letters', script: 'dead-letters.js', chart: false },
  playground: { title: 'Playground', script: 'playground.js', chart: false }
} as const
export type PageName = keyof typeof PAGES

export function pageHtml(name: PageName, signedIn: boolean): Response {
  const page = PAGES[name]
  const nav = Object.entries(PAGES)
    .map(([slug, p]) => {
      const current = slug === name ? ' aria-current="page"' : ''
      return `<a href="/console${slug ? `/${slug}` : ''}"${current}>${escapeHtml(p.title)}</a>`
    })
    .join('')
  const signOut = signedIn
    ? '<form method="post" action="/console/sign-out" class="sign-out"><button>Sign out</button></form>'
    : ''
  const chart = page.chart
    ? '<link rel="stylesheet" href="/console/assets/uPlot.min.css"><script src="/console/assets/uPlot.iife.min.js"></script>'
    : ''
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title} · Relay console</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><link rel="stylesheet" href="/console/assets/console.css">${chart}
<script src="/console/assets/common.js"></script><script src="/console/assets/${page.script}" defer></script></head>
<body><header><strong>TikTok events relay</strong><nav>${nav}</nav>${signOut}</header>
<main id="page" data-page="${name || 'overview'}"><h1>${page.title}</h1><p class="loading">Loading…</p></main></body></html>`
  return new Response(html, { headers: PAGE_HEADERS })
}

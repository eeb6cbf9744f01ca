/**
 * CORS for browsers calling intake and /collect from the site's own pages. The Origin is echoed (not `*`) because
 * the collector sends cookies (`credentials: 'include'`), which browsers refuse with a wildcard.
 */
export function corsHeaders(req: Request): Record<string, string> {
  const origin = req.headers.get('origin')
  if (!origin) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin'
  }
}

export function preflight(req: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(req),
      'access-control-allow-methods': 'POST, GET, OPTIONS',
      'access-control-allow-headers':
        req.headers.get('access-control-request-headers') ?? 'Content-Type, Authorization, Content-Encoding',
      'access-control-max-age': '86400'
    }
  })
}

/**
 * The one place that asks which runtime this is, to pick the adapter that serves the handler.
 */
import type { FetchHandler, ServedRelay, ServeOptions } from './served.ts'

export async function serveOnThisRuntime(handler: FetchHandler, opts: ServeOptions): Promise<ServedRelay> {
  const g = globalThis as { Bun?: unknown; Deno?: unknown }
  if (g.Bun) return (await import('./bun.ts')).serveWithBun(handler, opts)
  if (g.Deno) return (await import('./deno.ts')).serveWithDeno(handler, opts)
  return (await import('./node.ts')).serveWithNode(handler, opts)
}

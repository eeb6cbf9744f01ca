/**
 * The fetch the worker hands to the core's sendTikTokRequest: keep-alive connections bounded by the worker's
 * concurrency. Bun's and Deno's fetch pool connections themselves; on Node an undici Agent (a Pool per origin, at
 * most `connections` sockets each) keeps them alive between batches.
 */
export interface KeepAliveFetch {
  fetch: typeof fetch
  close(): Promise<void>
}

export async function createKeepAliveFetch(connections: number): Promise<KeepAliveFetch> {
  const g = globalThis as { Bun?: unknown; Deno?: unknown }
  if (g.Bun || g.Deno) return { fetch: globalThis.fetch.bind(globalThis), close: async () => {} }
  const undici = await import('undici')
  const agent = new undici.Agent({ connections, keepAliveTimeout: 30_000, pipelining: 1 })
  const keepAliveFetch = ((input: any, init?: any) =>
    undici.fetch(input, { ...init, dispatcher: agent })) as unknown as typeof fetch
  return { fetch: keepAliveFetch, close: () => agent.close() }
}

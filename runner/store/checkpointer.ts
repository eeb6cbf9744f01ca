/**
 * Starts checkpoint-worker.ts in its own thread for a store file. The store's own connection keeps SQLite's
 * auto-checkpoint: under constant writes only a checkpoint that blocks them lets the WAL start over, and the thread
 * has already copied most frames, so the event loop's share stays small. If the thread cannot start, the store
 * keeps SQLite's auto-checkpoint alone.
 */
import { Worker } from 'node:worker_threads'

export interface Checkpointer {
  stop(): Promise<void>
}

const READY_TIMEOUT_MS = 10_000

const WORKER_URL = new URL('./checkpoint-worker.ts', import.meta.url)

/** Bun and Deno run TypeScript in a thread as they do in the main one; Node needs tsx's loader in the thread too. */
function spawnWorker(path: string): Worker {
  const g = globalThis as { Bun?: unknown; Deno?: unknown }
  if (g.Bun || g.Deno) return new Worker(WORKER_URL, { workerData: path })
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}) })`
  return new Worker(boot, { eval: true, workerData: path })
}

/** `onError` hears of a thread that fails after it started (a failed start rejects instead). */
export async function startCheckpointer(
  path: string,
  onError: (err: unknown) => void = () => {}
): Promise<Checkpointer> {
  const worker = spawnWorker(path)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the checkpoint thread did not start')), READY_TIMEOUT_MS)
    worker.once('message', () => {
      clearTimeout(timer)
      resolve()
    })
    worker.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  }).catch(async (err) => {
    await worker.terminate()
    throw err
  })
  // The thread must never keep a stopping relay alive.
  worker.unref()
  let stopped: Promise<void> | undefined
  worker.on('error', (err) => {
    if (!stopped) onError(err)
  })
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        // A last checkpoint, then the thread goes; after 2 s it goes anyway (the WAL is recovered at next open).
        const end = () =>
          void worker.terminate().then(
            () => resolve(),
            () => resolve()
          )
        const timer = setTimeout(end, 2000)
        worker.once('message', () => {
          clearTimeout(timer)
          end()
        })
        worker.once('error', () => {
          clearTimeout(timer)
          end()
        })
        worker.postMessage('stop')
      }))
  }
}

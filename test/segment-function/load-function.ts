/**
 * Runs the built Segment Function bundle the way Segment's runtime does: the pasted file evaluated as a script in
 * a fresh context whose globals are Segment's (fetch, RetryError, ValidationError, EventNotSupported, DropEvent,
 * plus the usual Node web globals), then the top-level handlers called by name.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import { tempDir } from '../fixtures/temp-dir.ts'

export class RetryError extends Error {
  override name = 'RetryError'
}
export class ValidationError extends Error {
  override name = 'ValidationError'
}
export class EventNotSupported extends Error {
  override name = 'EventNotSupported'
}
export class DropEvent extends Error {
  override name = 'DropEvent'
}

type Handler = (event: Record<string, unknown>, settings: Record<string, unknown>) => Promise<unknown>
export interface SegmentFunction {
  code: string
  onTrack: Handler
  onIdentify: Handler
  onPage: Handler
  onBatch: (
    events: Record<string, unknown>[],
    settings: Record<string, unknown>
  ) => Promise<Array<{ status: number; errormessage?: string }>>
}

/** Builds the bundle with the real build script (npm run build:segment-function) into a temp file. */
export function buildBundle(): string {
  const outfile = join(tempDir('segment-function-'), 'segment-function.js')
  execFileSync(process.execPath, ['scripts/build-segment-function.mjs', '--outfile', outfile], { stdio: 'pipe' })
  return readFileSync(outfile, 'utf8')
}

export function loadSegmentFunction(code: string): SegmentFunction {
  const context = vm.createContext({
    fetch,
    RetryError,
    ValidationError,
    EventNotSupported,
    DropEvent,
    console,
    crypto,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    Headers,
    Request,
    Response,
    setTimeout,
    clearTimeout
  })
  vm.runInContext(code, context, { filename: 'segment-function.js' })
  return {
    code,
    onTrack: context.onTrack,
    onIdentify: context.onIdentify,
    onPage: context.onPage,
    onBatch: context.onBatch
  }
}

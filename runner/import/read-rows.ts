/**
 * An import file, streamed row by row: CSV with a header row (csv-parse, which streams and says where each record
 * ends) or JSON Lines (one object a line). Each row comes with its line; a row that cannot be read comes as an
 * error with its line and column, and reading goes on with the next. Messages name the place and the kind of
 * problem, never the file's text (it holds personal data).
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { type CsvError, parse } from 'csv-parse'
import { jsonErrorOffset } from './json-error-offset.ts'

export type FileFormat = 'csv' | 'jsonl'

export type FileRow =
  | {
      kind: 'row'
      line: number
      headers: readonly string[]
      values: readonly unknown[]
      /** 1-based column of the i-th value: its field (CSV), or where its key starts in the line (JSON Lines). */
      columnOf(i: number): number
    }
  | { kind: 'error'; line: number; column: number; message: string }

/** csv-parse's error codes in words (its own messages can quote the file's text). */
function csvProblem(err: CsvError, width: number): string {
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `expected ${width} columns like the header row, got ${(err as { record?: unknown[] }).record?.length ?? 'another number of'}`
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field goes on after its closing quote (a quote inside a field is written "")'
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'the file ends inside a quoted field: a quote opened earlier is never closed'
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text after a closing quote'
    default:
      return `not valid CSV (${err.code})`
  }
}

/** Format from the file name, else from its first character (`{`: JSON Lines). */
export function formatOf(file: string, firstChar: string | undefined): FileFormat {
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl'
  if (/\.csv$/i.test(file)) return 'csv'
  return firstChar === '{' ? 'jsonl' : 'csv'
}

export interface ReadOptions {
  /** Called with the bytes read so far (for a progress bar). */
  onBytes?: (bytes: number) => void
  /** Bytes per read (tests use small ones to put chunk boundaries everywhere). */
  chunkBytes?: number
}

function fileStream(file: string, opts: ReadOptions) {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 })
  if (opts.onBytes) {
    let bytes = 0
    stream.on('data', (chunk) => {
      bytes += chunk.length
      opts.onBytes!(bytes)
    })
  }
  return stream
}

/** Where csv-parse takes over from the quote-free fast path: the line it starts at and what it must keep. */
interface Handover {
  /** Lines already read before the text handed over. */
  lineOffset: number
  headers: string[]
  /** The header row's line ending, which csv-parse would have detected from it. */
  recordDelimiter: string
}

/**
 * csv-parse over `source`: the whole file (no handover), or the rest of it from a line the fast path could not read.
 * After a handover the header row is already known, so csv-parse's own column-count check (which takes the first
 * record it sees as the norm) is replaced by the same check against the header.
 */
async function* parseWithCsvParse(
  source: AsyncIterable<string | Uint8Array>,
  handover: Handover | undefined
): AsyncGenerator<FileRow> {
  const skipped: FileRow[] = []
  let headers = handover?.headers
  let width = headers?.length ?? 0
  const lineOffset = handover?.lineOffset ?? 0
  const parser = Readable.from(source).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      ...(handover ? { relax_column_count: true, record_delimiter: handover.recordDelimiter } : {}),
      on_skip: (err) => {
        if (err)
          skipped.push({
            kind: 'error',
            line: Number(err.lines) + lineOffset,
            column: Number(err.column ?? 0) + 1,
            message: csvProblem(err, width)
          })
        return undefined
      }
    })
  )
  for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: string[] }>) {
    while (skipped.length > 0) yield skipped.shift()!
    if (!headers) {
      headers = record
      width = record.length
      continue
    }
    const line = info.lines + lineOffset
    if (handover && record.length !== width) yield widthProblem(line, width, record.length)
    else yield { kind: 'row', line, headers, values: record, columnOf }
  }
  while (skipped.length > 0) yield skipped.shift()!
}

const columnOf = (i: number) => i + 1

/** The same words and place csv-parse gives a row whose column count differs from the header's. */
function widthProblem(line: number, width: number, got: number): FileRow {
  return { kind: 'error', line, column: got + 1, message: `expected ${width} columns like the header row, got ${got}` }
}

/** The file's bytes in chunks, reporting progress. */
async function* fileChunks(file: string, opts: ReadOptions): AsyncGenerator<Uint8Array> {
  let bytes = 0
  for await (const chunk of createReadStream(file, { highWaterMark: opts.chunkBytes ?? 256 * 1024 })) {
    bytes += (chunk as Uint8Array).length
    opts.onBytes?.(bytes)
    yield chunk as Uint8Array
  }
}

/**
 * CSV rows. Most exports quote nothing: a line without a quote is split on commas directly (~1.3 us a row against
 * csv-parse's ~6 us, docs/performance.md), which is exactly what csv-parse makes of it. From the first line the
 * split could read differently (a quote, a stray carriage return, a line ending unlike the header's, an empty first
 * line) to the end, csv-parse reads the rest, so quoted fields, fields across lines and their errors are its.
 */
export async function* readCsv(file: string, opts: ReadOptions = {}): AsyncGenerator<FileRow> {
  const chunks = fileChunks(file, opts)[Symbol.asyncIterator]()
  // UTF-8 across chunk boundaries; a leading BOM is dropped, as csv-parse's bom option does.
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  let lines = 0
  let headers: string[] | undefined
  let recordDelimiter = '\n'
  const rest = async function* (text: string): AsyncGenerator<string> {
    yield text
    for (;;) {
      const next = await chunks.next()
      if (next.done) break
      yield decoder.decode(next.value, { stream: true })
    }
    const tail = decoder.decode()
    if (tail) yield tail
  }
  for (;;) {
    const next = await chunks.next()
    pending += next.done ? decoder.decode() : decoder.decode(next.value, { stream: true })
    let start = 0
    for (;;) {
      let end = pending.indexOf('\n', start)
      if (end < 0) {
        if (!next.done || start >= pending.length) break
        end = pending.length // the last line, without a line ending
      }
      let line = pending.slice(start, end)
      const crlf = line.endsWith('\r')
      if (crlf) line = line.slice(0, -1)
      const ended = end < pending.length
      // A line ending the header's way (a last line may have none; a lone \r there csv-parse would keep).
      const sameEnding = ended ? !headers || crlf === (recordDelimiter === '\r\n') : !crlf
      const plain = sameEnding && !line.includes('"') && !line.includes('\r') && (headers !== undefined || line !== '')
      if (!plain) {
        // No handover before the header row: csv-parse reads the whole file as it always did.
        const handover = headers ? { lineOffset: lines, headers, recordDelimiter } : undefined
        yield* parseWithCsvParse(rest(pending.slice(start)), handover)
        return
      }
      lines++
      start = end + 1
      if (!headers) {
        headers = line.split(',')
        if (crlf) recordDelimiter = '\r\n'
        continue
      }
      if (line === '') continue
      const values = line.split(',')
      if (values.length !== headers.length) yield widthProblem(lines, headers.length, values.length)
      else yield { kind: 'row', line: lines, headers, values, columnOf }
    }
    pending = pending.slice(start)
    if (next.done) return
  }
}

export async function* readJsonLines(file: string, opts: ReadOptions = {}): AsyncGenerator<FileRow> {
  const lines = createInterface({ input: fileStream(file, opts), crlfDelay: Number.POSITIVE_INFINITY })
  let line = 0
  for await (const text of lines) {
    line++
    if (text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // The runtime's message may quote the text: only where it breaks is said.
      yield { kind: 'error', line, column: jsonErrorOffset(text) + 1, message: 'not valid JSON' }
      continue
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { kind: 'error', line, column: 1, message: 'expected a JSON object on each line' }
      continue
    }
    const record = value as Record<string, unknown>
    const headers = Object.keys(record)
    yield {
      kind: 'row',
      line,
      headers,
      values: headers.map((h) => record[h]),
      columnOf: (i) => text.indexOf(JSON.stringify(headers[i])) + 1 || 1
    }
  }
}

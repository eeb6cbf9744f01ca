/**
 * An import file, streamed row by row: CSV with a header row (csv-parse, which streams and says where each record
 * ends) or JSON Lines (one object a line). Each row comes with its line; a row that cannot be read comes as an
 * error with its line and column, and reading goes on with the next. Messages name the place and the kind of
 * problem, never the file's text (it holds personal data).
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
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

export async function* readCsv(file: string, opts: ReadOptions = {}): AsyncGenerator<FileRow> {
  const skipped: FileRow[] = []
  let width = 0
  const parser = fileStream(file, opts).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err)
          skipped.push({
            kind: 'error',
            line: Number(err.lines),
            column: Number(err.column ?? 0) + 1,
            message: csvProblem(err, width)
          })
        return undefined
      }
    })
  )
  let headers: string[] | undefined
  const columnOf = (i: number) => i + 1
  for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: string[] }>) {
    while (skipped.length > 0) yield skipped.shift()!
    if (!headers) {
      headers = record
      width = record.length
      continue
    }
    yield { kind: 'row', line: info.lines, headers, values: record, columnOf }
  }
  while (skipped.length > 0) yield skipped.shift()!
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

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { readCsv } from './read-rows.ts'

/** A row as compared here: its line and values, or an error. */
type Seen =
  | { kind: 'row'; line: number; values: readonly unknown[] }
  | { kind: 'error'; line: number; column: number; message: unknown }

const dir = mkdtempSync(join(tmpdir(), 'read-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function read(text: string, chunkBytes?: number): Promise<Seen[]> {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.csv`)
  writeFileSync(file, text)
  const rows: Seen[] = []
  for await (const row of readCsv(file, { chunkBytes })) {
    if (row.kind === 'row') rows.push({ kind: row.kind, line: row.line, values: row.values })
    else rows.push(row)
  }
  return rows
}

/** What csv-parse alone makes of the file (the reader before the fast path): records with their lines, or errors. */
function csvParseAlone(text: string) {
  const out: Seen[] = []
  let width = 0
  const records = parse(text, {
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (!err) return undefined
      const got = (err as { record?: unknown[] }).record?.length
      out.push({
        kind: 'error',
        line: Number(err.lines),
        column: Number(err.column ?? 0) + 1,
        message: err.code?.startsWith('CSV_RECORD_INCONSISTENT')
          ? `expected ${width} columns like the header row, got ${got}`
          : String(err.code)
      })
      return undefined
    }
  }) as unknown as Array<{ info: { lines: number }; record: string[] }>
  return { out, records, setWidth: (w: number) => (width = w) }
}

describe('readCsv: the quote-free fast path reads a file exactly as csv-parse does', () => {
  const files: Record<string, string> = {
    plain: 'a,b,c\n1,2,3\n4,5,6\n',
    'CRLF line endings': 'a,b,c\r\n1,2,3\r\n4,5,6\r\n',
    'a BOM and no final line ending': '\uFEFFa,b,c\n1,2,3\n4,5,6',
    'empty lines and a row too short and one too long': 'a,b,c\n\n1,2\n\n4,5,6,7\n8,9,10\n',
    'a quoted field in the middle': 'a,b,c\n1,2,3\n"x, y",5,6\n7,8,9\n',
    'a quoted field across lines': 'a,b,c\n1,2,3\n"multi\nline",5,6\n7,8,9\n',
    'a quote never closed': 'a,b,c\n1,2,3\n4,"5,6\n7,8,9\n',
    'a quoted header': '"a","b",c\n1,2,3\n',
    'a CRLF file with a bare LF line': 'a,b\r\n1,2\r\n3,4\n5,6\r\n',
    'an LF file with a CR inside a field': 'a,b\n1,2\r3\n4,5\n',
    'unicode across chunks': `name,city\n${'Zoë,Kraków\n'.repeat(50)}Ünal,Москва\n`
  }
  it.each(Object.entries(files))('%s', async (_, text) => {
    const alone = csvParseAlone(text)
    const [header, ...records] = alone.records
    alone.setWidth(header?.record.length ?? 0)
    // Rebuild csv-parse's answer in file order: rows and the errors between them.
    const expected = [
      ...records.map((r) => ({ kind: 'row', line: r.info.lines, values: r.record })),
      ...csvParseAlone(text).out.map((e) => ({ ...e, message: expect.any(String) }))
    ].sort((x, y) => x.line - y.line)
    for (const chunkBytes of [undefined, 1, 7, 64]) {
      const got = await read(text, chunkBytes)
      expect(got.map((r) => (r.kind === 'error' ? { ...r, message: expect.any(String) } : r))).toEqual(expected)
    }
  })

  it('names a row with the wrong number of columns by its line, like csv-parse', async () => {
    expect(await read('a,b,c\n1,2,3\n1,2\n')).toContainEqual({
      kind: 'error',
      line: 3,
      column: 3,
      message: 'expected 3 columns like the header row, got 2'
    })
  })
})

/**
 * The configuration reference printed by `serve --help`, generated from RelayConfig's .describe() texts and
 * defaults so the help can never list an option the schema does not have (or miss one it has).
 */
import type { z } from 'zod'

interface Row {
  key: string
  type: string
  def?: unknown
  description?: string
}

function unwrap(schema: any): { inner: any; def?: unknown; description?: string } {
  let s = schema
  let def: unknown
  let description: string | undefined = s.description
  while (['default', 'prefault', 'optional', 'nullable'].includes(s._zod.def.type)) {
    if (s._zod.def.type === 'default' && def === undefined) def = s._zod.def.defaultValue
    s = s._zod.def.innerType
    description ??= s.description
  }
  return { inner: s, def, description }
}

function typeName(s: any): string {
  const t = s._zod.def.type
  if (t === 'enum') return Object.values(s._zod.def.entries).join('|')
  if (t === 'array') {
    const element = typeName(unwrap(s._zod.def.element).inner)
    return element.includes('|') ? `(${element})[]` : `${element}[]`
  }
  // A value read and then transformed (a write key and its scope): what the file may say is its input.
  if (t === 'pipe') return typeName(unwrap(s._zod.def.in).inner)
  if (t === 'union') return s._zod.def.options.map((o: any) => typeName(unwrap(o).inner)).join('|')
  if (t === 'object') return `{${Object.keys(s._zod.def.shape).join(', ')}}`
  return t
}

function collect(schema: z.ZodType, prefix: string, rows: Row[]): void {
  const shape = (schema as any)._zod.def.shape as Record<string, z.ZodType>
  for (const [key, field] of Object.entries(shape)) {
    const { inner, def, description } = unwrap(field)
    const path = prefix ? `${prefix}.${key}` : key
    if (inner._zod.def.type === 'object') {
      rows.push({ key: path, type: 'object', description })
      collect(inner, path, rows)
    } else if (inner._zod.def.type === 'array' && unwrap(inner._zod.def.element).inner._zod.def.type === 'object') {
      rows.push({ key: `${path}[]`, type: 'list', description })
      collect(unwrap(inner._zod.def.element).inner, `${path}[]`, rows)
    } else {
      rows.push({ key: path, type: typeName(inner), def, description })
    }
  }
}

export function configHelpText(schema: z.ZodType): string {
  const rows: Row[] = []
  collect(schema, '', rows)
  const width = Math.min(44, Math.max(...rows.map((r) => r.key.length)) + 2)
  return rows
    .map((r) => {
      const def = r.def === undefined ? '' : ` (default ${JSON.stringify(r.def)})`
      return `  ${r.key.padEnd(width)}${r.type}${def}${r.description ? `\n  ${' '.repeat(width)}${r.description}` : ''}`
    })
    .join('\n')
}

/**
 * Building blocks of the reportEvent field defaults, in actions-core mapping-kit syntax (plain data). Only type
 * imports, so Node and Deno can load them through fields.ts.
 */
import type { JSONObject } from '@segment/actions-core'

export type Mapping = JSONObject

/** `{ '@path': path }` */
export const path = (p: string): Mapping => ({ '@path': p })

/** mapping-kit `@if`: `value` when `condition` resolves to something, else `otherwise` (or nothing). */
function ifExists(condition: Mapping, value: JSONObject[keyof JSONObject], otherwise?: Mapping): Mapping {
  // biome-ignore lint/suspicious/noThenProperty: `then` is mapping-kit's own key; these objects are data, never awaited.
  const branches: JSONObject = { exists: condition, then: value }
  if (otherwise) branches.else = otherwise
  return { '@if': branches }
}

/** The first of these paths that holds a value (an `@if exists` chain, evaluated left to right). */
export function firstPresent(...paths: string[]): Mapping {
  const [head, ...rest] = paths
  if (rest.length === 0) return path(head!)
  return ifExists(path(head!), path(head!), firstPresent(...rest))
}

/** One TikTok content built from a Segment product object (paths relative to the product). */
const productToContent: Mapping = {
  content_id: firstPresent('$.product_id', '$.sku', '$.id'),
  content_name: path('$.name'),
  content_category: path('$.category'),
  brand: path('$.brand'),
  price: path('$.price'),
  quantity: path('$.quantity')
}

/** The same content read from an event whose properties ARE the product (Product Viewed / Product Added). */
const propertiesToContent: Mapping = {
  content_id: firstPresent('$.properties.product_id', '$.properties.sku'),
  content_name: path('$.properties.name'),
  content_category: path('$.properties.category'),
  brand: path('$.properties.brand'),
  price: path('$.properties.price'),
  quantity: path('$.properties.quantity')
}

/** Ecommerce v2: `properties.products[]`; else a single product described by the properties themselves. */
export const contentsDefault: Mapping = ifExists(
  path('$.properties.products'),
  { '@arrayPath': ['$.properties.products', productToContent] },
  ifExists(firstPresent('$.properties.product_id', '$.properties.sku'), [propertiesToContent])
)

/** content_type only when there are contents: a lone content_type with no products means nothing to TikTok. */
export const contentTypeDefault: Mapping = ifExists(
  firstPresent('$.properties.products', '$.properties.product_id', '$.properties.sku'),
  { '@literal': 'product' }
)

/**
 * Building blocks of the reportEvent field defaults, in actions-core mapping-kit syntax (plain data). Only type
 * imports, so Node and Deno can load them through fields.ts.
 */
import type { JSONObject } from '@segment/actions-core'
import { firstPresentPath } from '../mapping/first-present.ts'

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

/** The first of these paths that holds a value (a balanced `@if exists` tree; see mapping/first-present.ts). */
export function firstPresent(...paths: string[]): Mapping {
  return firstPresentPath(paths) as Mapping
}

/** A contents item as TikTok spells it, from a sender's own `properties.contents` (RudderStack passes these on). */
const tiktokContent: Mapping = {
  content_id: path('$.content_id'),
  content_name: path('$.content_name'),
  content_category: path('$.content_category'),
  brand: path('$.brand'),
  price: path('$.price'),
  quantity: path('$.quantity')
}

/** One TikTok content built from a Segment product object (paths relative to the product). */
const productToContent: Mapping = {
  content_id: firstPresent('$.product_id', '$.productId', '$.sku', '$.id'),
  content_name: path('$.name'),
  content_category: path('$.category'),
  brand: path('$.brand'),
  price: path('$.price'),
  quantity: path('$.quantity')
}

/**
 * The product id of an event whose properties ARE the product (Product Viewed / Product Added). A bare
 * `properties.id` is not read: on any other event (a form, a signup) it names something else, not a product.
 */
export const singleProductId: Mapping = firstPresent(
  '$.properties.product_id',
  '$.properties.productId',
  '$.properties.sku'
)

/** The same content read from an event whose properties ARE the product. */
const propertiesToContent: Mapping = {
  content_id: singleProductId,
  content_name: path('$.properties.name'),
  content_category: path('$.properties.category'),
  brand: path('$.properties.brand'),
  price: path('$.properties.price'),
  quantity: path('$.properties.quantity')
}

/**
 * TikTok's own `properties.contents` (one object or a list) first; else Ecommerce v2 `properties.products[]`; else
 * the single product the properties describe.
 */
export const contentsDefault: Mapping = ifExists(
  path('$.properties.contents'),
  { '@arrayPath': ['$.properties.contents', tiktokContent] },
  ifExists(
    path('$.properties.products'),
    { '@arrayPath': ['$.properties.products', productToContent] },
    ifExists(singleProductId, [propertiesToContent])
  )
)

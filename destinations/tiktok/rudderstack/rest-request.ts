/** RudderStack's REST request shape (what a transformer returns for rudder-server to send). */
import { TIKTOK_EVENTS_URL, type TikTokRequestBody } from '../core/contract.ts'

export interface RudderStackRequest {
  version: '1'
  type: 'REST'
  method: 'POST'
  endpoint: string
  headers: Record<string, string>
  params: Record<string, string>
  body: {
    JSON: TikTokRequestBody
    JSON_ARRAY: Record<string, never>
    XML: Record<string, never>
    FORM: Record<string, never>
  }
  files: Record<string, never>
}

export function restRequest(
  body: TikTokRequestBody,
  auth: { accessToken: string; apiUrl?: string }
): RudderStackRequest {
  return {
    version: '1',
    type: 'REST',
    method: 'POST',
    endpoint: auth.apiUrl ?? TIKTOK_EVENTS_URL,
    headers: { 'Access-Token': auth.accessToken, 'Content-Type': 'application/json' },
    params: {},
    body: { JSON: body, JSON_ARRAY: {}, XML: {}, FORM: {} },
    files: {}
  }
}

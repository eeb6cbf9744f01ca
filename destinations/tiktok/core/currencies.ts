/** ISO-4217 codes TikTok accepts for `properties.currency` (TikTok's published list). */
export const TIKTOK_CURRENCIES = [
  'AED', 'ARS', 'AUD', 'BDT', 'BHD', 'BIF', 'BOB', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CZK', 'DKK',
  'DZD', 'EGP', 'EUR', 'GBP', 'GTQ', 'HKD', 'HNL', 'HUF', 'IDR', 'ILS', 'INR', 'ISK', 'JPY', 'KES', 'KHR', 'KRW',
  'KWD', 'KZT', 'MAD', 'MOP', 'MXN', 'MYR', 'NGN', 'NIO', 'NOK', 'NZD', 'OMR', 'PEN', 'PHP', 'PKR', 'PLN', 'PYG',
  'QAR', 'RON', 'RUB', 'SAR', 'SEK', 'SGD', 'THB', 'TRY', 'TWD', 'UAH', 'USD', 'VES', 'VND', 'ZAR'
] as const
export type TikTokCurrencyCode = (typeof TIKTOK_CURRENCIES)[number]

const CURRENCY_SET: ReadonlySet<string> = new Set(TIKTOK_CURRENCIES)

/** Upper-cases and checks a currency; undefined when TikTok would not accept it. */
export function toTikTokCurrency(value: unknown): TikTokCurrencyCode | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.trim().toUpperCase()
  return CURRENCY_SET.has(code) ? (code as TikTokCurrencyCode) : undefined
}

/**
 * Which parameter and property names hold a person's name (given, family or full), for scrub-personal-data.ts.
 * A closed list, not "anything containing name": product_name, campaign_name, event_name, page_name, utm_name and
 * file_name are ordinary and must stay. A key is compared lower-case, percent-decoded, without the separators
 * people put between words (`first_name`, `first-name`, `firstName`, `First.Name`, `name[first]` are one key).
 *
 * Where the names come from (what lands in thank-you-page URLs and form redirects):
 * - Shopify customers and WooCommerce checkouts: first_name, last_name; WooCommerce billing_/shipping_ prefixes
 *   (billing_first_name, shipping_last_name);
 * - HubSpot contact properties: firstname, lastname; Mailchimp merge tags: FNAME, LNAME;
 * - Jotform full-name fields: q3_name[first], name[last]; Contact Form 7's default: your-name;
 * - OpenID Connect / schema.org spellings: given_name, family_name, middle_name, name; also fullname, full_name,
 *   surname, customer_name, contact_name, cardholder_name, recipient_name;
 * - Typeform hidden fields and Formspree/Netlify redirects carry whatever the form calls the field: the above.
 *
 * Bare `name`: in a URL it is a person's name (a form's redirect: `?name=Jane%20Doe`, Typeform's hidden field) as
 * often as a product slug, and the value cannot tell the two apart (both are words); so in URLs it is redacted,
 * and a product page loses a slug TikTok's URL rules do not need. In an event's properties `name` is the Segment
 * spec's product or page name (Product Viewed, page calls), so there it stays.
 */

/** Whole keys (after normalising) that are a person's name. */
const NAME_KEYS: ReadonlySet<string> = new Set([
  'fname',
  'lname',
  'customername',
  'contactname',
  'yourname',
  'billingname',
  'shippingname',
  'cardholdername',
  'recipientname'
])
/** A key ending in one of these is a person's name, whatever its prefix (billing_, customer_, q3_name[first]). */
const NAME_ENDINGS = [
  'firstname',
  'lastname',
  'fullname',
  'givenname',
  'familyname',
  'surname',
  'middlename',
  'maidenname',
  'namefirst',
  'namelast',
  'namefull'
] as const

/** Text percent-decoded up to twice (double encoding is common in redirects); as it is where it does not decode. */
export function decodeTwice(raw: string): string {
  let text = raw
  for (let i = 0; i < 2 && text.includes('%'); i++) {
    try {
      text = decodeURIComponent(text)
    } catch {
      break
    }
  }
  return text
}

/** The key without case, separators or percent-encoding: `First%5FName` -> `firstname`. */
export const normaliseKey = (key: string): string =>
  decodeTwice(key)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/**
 * Whether `key` (a URL parameter's or a custom property's name, as written) names a person's name. `inUrl`: bare
 * `name` counts (see above). Cheap: a key without "name" in it is never one.
 */
export function isPersonalNameKey(key: string, inUrl: boolean): boolean {
  if (!key.includes('%') && !/name/i.test(key)) return false
  const k = normaliseKey(key)
  if (!k.includes('name')) return false
  if (k === 'name') return inUrl
  return NAME_KEYS.has(k) || NAME_ENDINGS.some((ending) => k.endsWith(ending))
}

/**
 * user.country is ISO-3166 alpha-2 at TikTok, but senders write "US", "usa", "DEU", "Germany" or "Deutschland".
 * Codes and names come from i18n-iso-countries (maintained ISO-3166 data with common aliases such as "UK", "USA"),
 * in the languages shops most often write addresses in; nothing here is a hand-made country list. The lookup table
 * is built on first use (not at import), and recent answers are kept, because a shop's events repeat few countries.
 */
import countries from 'i18n-iso-countries/index.js'
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' }
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' }
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' }
import { RecentMemo } from './recent-memo.ts'

/** Country names are read in these languages (English first: its aliases win a clash). */
const LOCALES = [en, de, fr, es, it, nl, pt]
const ALPHA2 = /^[A-Z]{2}$/
const ALPHA3 = /^[A-Z]{3}$/

/** Lower case, no accents, plain apostrophes, one space between words: "Côte d’Ivoire " -> "cote d'ivoire". */
function simplify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

let byName: Map<string, string> | undefined

function namesTable(): Map<string, string> {
  if (byName) return byName
  byName = new Map()
  for (const locale of LOCALES) {
    for (const [alpha2, names] of Object.entries(locale.countries)) {
      for (const name of [names].flat()) {
        const key = simplify(name)
        if (!byName.has(key)) byName.set(key, alpha2)
      }
    }
  }
  return byName
}

const memo = new RecentMemo<string | null>(1024)

function lookup(text: string): string | undefined {
  const upper = text.toUpperCase()
  if (ALPHA2.test(upper) && countries.alpha2ToAlpha3(upper) !== undefined) return upper
  if (ALPHA3.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper)
    if (alpha2 !== undefined) return alpha2
  }
  // Two letters that are no ISO code ("UK") and everything longer may still be a name or a listed alias.
  return namesTable().get(simplify(text))
}

/** ISO-3166 alpha-2 (upper case) for a code or a country name; undefined when it is neither, or nothing was given. */
export function normaliseCountry(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const text = raw.trim()
  if (text === '') return undefined
  // The usual input is already a code: no memo entry, no table.
  if (text.length === 2) {
    const upper = text.toUpperCase()
    if (countries.alpha2ToAlpha3(upper) !== undefined) return upper
  }
  const known = memo.get(text)
  if (known !== undefined) return known ?? undefined
  const alpha2 = lookup(text)
  memo.set(text, alpha2 ?? null)
  return alpha2
}

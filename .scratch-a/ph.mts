import { parsePhoneNumberFromString as p } from 'libphonenumber-js'
import { parsePhoneNumberFromString as pm } from 'libphonenumber-js/max'
for (const [n, c] of [['07700 900123','GB'],['07911 123456','GB'],['020 7946 0958','GB'],['030 123456','DE'],['0151 23456789','DE'],['06 12 34 56 78','FR'],['01 42 68 53 00','FR'],['98765 43210','IN'],['(11) 91234-5678','BR'],['090-1234-5678','JP'],['03-1234-5678','JP'],['+44 7911 123456','US'],['555-0100','US'],['123','US'],['0044 7911 123456','GB']] as const) {
  const a = p(n, c), b = pm(n, c)
  console.log(n, c, a?.number, a?.isValid(), a?.isPossible(), b?.isValid())
}

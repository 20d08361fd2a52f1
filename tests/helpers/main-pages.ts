/**
 * The pages a municipal-site audit looks at first, in both languages: the home page, a search,
 * a service, its ente, sign-in and booking. One list for the page-hygiene test and the
 * Lighthouse check.
 */
export const mainPages = ({ service, organisation }: { service: string; organisation: string }): [string, string][] => [
  ['home', '/'],
  ['search', '/servizi?q=badante'],
  ['service', `/servizi/${service}`],
  ['ente', `/enti/${organisation}`],
  ['sign-in', '/accedi'],
  ['booking', '/prenota-appuntamento'],
  ['home (en)', '/en'],
  ['search (en)', '/en/services?q=badante'],
  ['service (en)', `/en/services/${service}`],
  ['ente (en)', `/en/organisations/${organisation}`],
  ['sign-in (en)', '/en/sign-in'],
  ['booking (en)', '/en/book-an-appointment'],
]

import { payload } from './payload'

/** What the placeholder home page shows, read as an anonymous visitor would. */
export const loadHome = async () => {
  const api = await payload()
  const [city, services, organisations] = await Promise.all([
    api.findGlobal({ slug: 'city', depth: 0, overrideAccess: false, user: null }),
    api.count({ collection: 'services', overrideAccess: false, user: null }),
    api.count({ collection: 'organisations', overrideAccess: false, user: null }),
  ])
  return { cityName: city.name ?? 'WeMi', services: services.totalDocs, organisations: organisations.totalDocs }
}

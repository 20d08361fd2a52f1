import type { CollectionBeforeChangeHook } from 'payload'

import type { MessageKey } from '../../../lib/i18n'
import { rejectField } from '../../../lib/validation'

type SharedPrice = { people?: number | null; priceCents?: number | null }

/**
 * Keeps the price fields coherent with the price model and the delivery mode, and stores the
 * lowest prices a citizen can pay, which the catalogue shows and sorts by.
 */
export const checkPrices: CollectionBeforeChangeHook = ({ data, req }) => {
  const fail = (path: string, key: MessageKey): never => rejectField(req, 'services', path, key)
  const shared: SharedPrice[] = data.sharedPrices ?? []
  const mode: string = data.deliveryMode ?? 'individual'

  if (data.priceModel === 'free') {
    if ((data.priceCents ?? 0) !== 0 || shared.length > 0) fail('priceCents', 'freeServiceHasPrice')
    data.priceCents = null
    data.priceFromCents = 0
    data.sharedPriceFromCents = mode === 'individual' ? null : 0
    return data
  }

  const offersIndividual = mode === 'individual' || mode === 'both'
  const offersShared = mode === 'shared' || mode === 'both'
  if (offersIndividual && data.priceCents == null) fail('priceCents', 'priceRequired')
  if (!offersIndividual) data.priceCents = null
  if (offersShared && shared.length === 0) fail('sharedPrices', 'sharedPricesRequired')
  if (!offersShared && shared.length > 0) fail('sharedPrices', 'sharedPricesNotAllowed')
  const people = shared.map((row) => row.people)
  if (new Set(people).size !== people.length) fail('sharedPrices', 'sharedPeopleRepeated')

  const sharedPrices = shared.map((row) => row.priceCents ?? 0)
  data.sharedPriceFromCents = sharedPrices.length > 0 ? Math.min(...sharedPrices) : null
  data.priceFromCents = Math.min(...[data.priceCents, data.sharedPriceFromCents].filter((cents) => cents != null))
  return data
}

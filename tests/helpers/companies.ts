import type { Payload } from 'payload'

import type { RestResponse } from './app'
import { type Actor, PASSWORD } from './fixtures'
import { unique, uniqueVatNumber } from './identifiers'

type Rest = (method: string, path: string, options?: { body?: unknown; token?: string }) => Promise<RestResponse>

/** A company registered by WeMi, with one HR member signed in through REST. */
export const newCompany = async (payload: Payload, rest: Rest, name: string): Promise<{ id: string; hr: Actor }> => {
  const company = await payload.create({
    collection: 'companies',
    data: { name, vatNumber: uniqueVatNumber(), invoiceEmail: `${unique('fatture')}@test.example`, address: 'Via Lecco 5, Milano' },
    depth: 0,
  })
  const email = `${unique('hr')}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: `HR ${name}`, roles: ['company-hr'], company: company.id },
    depth: 0,
  })
  const login = await rest('POST', '/api/users/login', { body: { email, password: PASSWORD } })
  if (login.status !== 200) throw new Error(`HR login failed: ${JSON.stringify(login.body)}`)
  return { id: company.id, hr: { user: { ...user, collection: 'users' }, token: login.body.token } }
}

/** Credit the company has paid for, as Stripe's webhook would have recorded it. */
export const paidCredit = (payload: Payload, company: string, amountCents: number) =>
  payload.create({
    collection: 'credit-purchases',
    data: { title: `Credito ${amountCents}`, company, amountCents, status: 'paid', paidAt: new Date().toISOString() },
    depth: 0,
  })

/** The invitation's key, from the link in the employee's e-mail. */
export const inviteTokenIn = (links: string[]): string => {
  const link = links.find((href) => href.includes('invito='))
  if (!link) throw new Error(`No invitation link among ${links.join(', ')}`)
  return new URL(link).searchParams.get('invito')!
}

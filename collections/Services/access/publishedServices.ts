import type { Where } from 'payload'

/** What the public may see: validated services of accredited organisations. */
export const publishedServices: Where = {
  and: [
    { _status: { equals: 'published' } },
    { 'validation.status': { equals: 'published' } },
    { 'organisation.accreditation.status': { equals: 'accredited' } },
  ],
}

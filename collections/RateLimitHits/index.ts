import type { CollectionConfig } from 'payload'

import { label } from '../../lib/i18n'

/**
 * One attempt at a limited action (sign-in, sign-up, password reset, public forms) under a
 * keyed hash of who made it: counted by lib/rate-limits.ts, readable by nobody.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: { singular: label('Tentativo', 'Attempt'), plural: label('Tentativi', 'Attempts') },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  // Nobody edits these in the admin panel, so nobody needs to lock one.
  lockDocuments: false,
  indexes: [{ fields: ['key', 'createdAt'] }],
  fields: [{ name: 'key', type: 'text', required: true }],
}

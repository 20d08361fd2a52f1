import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { EMAIL_PROVEN, sealEmailChange } from '../emailChange'
import { emailChangeEmail } from '../emails'

const heldFor = (id: unknown) => `heldEmail:${String(id)}`

/**
 * A new e-mail address counts only once its owner follows the link sent to it: until then it
 * waits in `pendingEmail` and the account keeps the address it has, which is the one that
 * signs in and that SPID/CIE may link by. Every entry point (site, REST, GraphQL, admin) passes
 * here; the answer is the same whether or not another account uses the new address.
 */
export const holdEmailChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, context }) => {
  if (operation !== 'update' || context[EMAIL_PROVEN]) return data
  const wanted = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!wanted || wanted === originalDoc?.email) return data
  context[heldFor(originalDoc?.id)] = wanted
  return { ...data, email: originalDoc?.email, pendingEmail: wanted }
}

/** Sends the confirmation link to the address just held, once the change is saved. */
export const sendEmailChangeLink: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  const wanted = context[heldFor(doc.id)]
  if (typeof wanted !== 'string' || wanted !== doc.pendingEmail) return doc
  delete context[heldFor(doc.id)]
  await req.payload.sendEmail({ to: wanted, ...emailChangeEmail({ token: sealEmailChange(doc.id, wanted), user: doc }) })
  return doc
}

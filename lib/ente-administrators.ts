import type { Payload, PayloadRequest } from 'payload'

import { type Language, languageFrom } from './i18n'

/** An ente's administrators, who answer for it to WeMi and are written to, each in their language. */
export const enteAdministrators = async (
  payload: Payload,
  organisation: string,
  req?: PayloadRequest,
): Promise<{ email: string; language: Language }[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ organisation: { equals: organisation } }, { roles: { contains: 'ente-admin' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, language: true },
    req,
  })
  return docs.map((user) => ({ email: user.email, language: languageFrom(user.language) }))
}

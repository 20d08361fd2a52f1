import { getPayload, type Payload } from 'payload'

import config from '../../../payload.config'

/**
 * The site's own Payload instance, in-process. It is kept apart from the admin's (which Next.js
 * bundles with its own copy of Payload) under its own cache key.
 */
export const payload = (): Promise<Payload> => getPayload({ config, key: 'site' })

import type { APIRoute } from 'astro'

import { beginDigitalSignIn } from '../../lib/identity'

export const GET: APIRoute = (context) => beginDigitalSignIn(context, 'it')

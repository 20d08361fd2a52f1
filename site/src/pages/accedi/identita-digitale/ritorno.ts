import type { APIRoute } from 'astro'

import { finishDigitalSignIn } from '../../../lib/identity'

export const GET: APIRoute = (context) => finishDigitalSignIn(context)

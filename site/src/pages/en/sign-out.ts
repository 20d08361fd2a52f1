import type { APIRoute } from 'astro'

import { signOut } from '../../lib/account'

export const POST: APIRoute = (context) => signOut(context, 'en')

import type { APIRoute } from 'astro'

import { handleFeedbackPost } from '../lib/feedback'

/** Where every page's clarity rating is sent, in either language. */
export const POST: APIRoute = (context) => handleFeedbackPost(context)

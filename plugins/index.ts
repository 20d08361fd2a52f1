import type { Plugin } from 'payload'

import { auditPlugin } from './audit'
import { searchPlugin } from './search'

/** Every capability that plugs into Payload, configured in one place. */
export const plugins: Plugin[] = [
  auditPlugin({
    collections: [
      'users',
      'citizens',
      'organisations',
      'services',
      'categories',
      'target-groups',
      'districts',
      'desks',
      'pages',
      'news',
      'faqs',
      'media',
      'reported-needs',
    ],
    globals: ['city'],
  }),
  searchPlugin(),
]

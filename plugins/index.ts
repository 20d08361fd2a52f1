import type { Plugin } from 'payload'

import { auditPlugin } from './audit'
import { notificationsPlugin } from './notifications'
import { paymentsPlugin } from './payments'
import { requestsPlugin } from './requests'
import { searchPlugin } from './search'

/** Every capability that plugs into Payload, configured in one place. */
export const plugins: Plugin[] = [
  requestsPlugin(),
  paymentsPlugin(),
  notificationsPlugin(),
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
      'desk-slots',
      'appointments',
      'visits',
      'pages',
      'news',
      'faqs',
      'media',
      'reported-needs',
      'requests',
      'reviews',
      'vouchers',
      'voucher-transactions',
      'voucher-imports',
    ],
    globals: ['city'],
  }),
  searchPlugin(),
]

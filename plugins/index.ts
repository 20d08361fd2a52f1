import type { Plugin } from 'payload'

import { accreditationPlugin } from './accreditation'
import { appIoPlugin } from './app-io'
import { adminDatesPlugin } from './admin-dates'
import { appointmentsPlugin } from './appointments'
import { auditPlugin } from './audit'
import { careWorkPlugin } from './care-work'
import { companiesPlugin } from './companies'
import { sensitiveReadsPlugin } from './audit/reads'
import { housingPlugin } from './housing'
import { inefficiencyReportsPlugin } from './inefficiency-reports'
import { inputSafetyPlugin } from './input-safety'
import { insightsPlugin } from './insights'
import { notificationsPlugin } from './notifications'
import { paymentsPlugin } from './payments'
import { privacyPlugin } from './privacy'
import { queriesPlugin } from './queries'
import { requestsPlugin } from './requests'
import { searchPlugin } from './search'
import { sharingPlugin } from './sharing'
import { siteContentPlugin } from './site-content'
import { uploadStoragePlugin } from './storage'
import { systemCollectionsPlugin } from './system-collections'
import { validationPlugin } from './validation'

/**
 * Every capability that plugs into Payload, configured in one place; built with the config, so
 * that settings read from the environment (S3_BUCKET) are those of the moment it is built.
 */
export const plugins = (): Plugin[] => [
  requestsPlugin(),
  sharingPlugin(),
  careWorkPlugin(),
  paymentsPlugin(),
  notificationsPlugin(),
  appIoPlugin(),
  housingPlugin(),
  companiesPlugin(),
  privacyPlugin(),
  appointmentsPlugin(),
  validationPlugin(),
  accreditationPlugin(),
  inefficiencyReportsPlugin(),
  auditPlugin({
    collections: [
      'users',
      'citizens',
      'organisations',
      'organisation-documents',
      'services',
      'categories',
      'target-groups',
      'districts',
      'desks',
      'desk-slots',
      'appointments',
      'assistances',
      'visits',
      'pages',
      'news',
      'faqs',
      'media',
      'reported-needs',
      'inefficiency-reports',
      'requests',
      'reviews',
      'vouchers',
      'voucher-transactions',
      'voucher-imports',
      'worker-applications',
      'worker-documents',
      'care-requests',
      'care-proposals',
      'housing-units',
      'housing-applications',
      'companies',
      'company-invites',
    ],
    globals: ['city'],
    statusTrails: ['worker-applications', 'care-requests', 'care-proposals', 'inefficiency-reports', 'housing-applications'],
  }),
  siteContentPlugin({
    collections: [
      'services',
      'organisations',
      'categories',
      'target-groups',
      'districts',
      'desks',
      'desk-slots',
      'appointments',
      'groups',
      'group-members',
      'reviews',
      'pages',
      'news',
      'faqs',
      'media',
    ],
    globals: ['city', 'domestic-work-pay'],
  }),
  searchPlugin(),
  insightsPlugin(),
  sensitiveReadsPlugin(),
  systemCollectionsPlugin(),
  uploadStoragePlugin(),
  // Last, so that they guard the queries and input of every collection the others added.
  queriesPlugin(),
  inputSafetyPlugin(),
  adminDatesPlugin(),
]

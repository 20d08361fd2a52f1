/**
 * What each staff role finds in the admin panel's navigation, by collection or global slug.
 * One list for the integration test (access and visibility as the panel computes them) and the
 * browser test (the menu the panel really draws).
 */
export const ADMIN_NAVIGATION: Record<'admin' | 'editor' | 'operator' | 'ente-admin' | 'ente-operator' | 'company-hr', string[]> = {
  admin: [
    'services',
    'organisations',
    'organisation-documents',
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
    'page-feedback',
    'media',
    'users',
    'citizens',
    'consents',
    'search-log',
    'reported-needs',
    'inefficiency-reports',
    'audit-log',
    'city',
    'domestic-work-pay',
    'requests',
    'threads',
    'groups',
    'group-members',
    'group-messages',
    'quotes',
    'messages',
    'thread-files',
    'reviews',
    'notifications',
    'payments',
    'stripe-events',
    'vouchers',
    'voucher-transactions',
    'voucher-imports',
    'io-messages',
    'housing-units',
    'housing-applications',
    'companies',
    'company-invites',
    'credit-purchases',
  ],
  editor: ['pages', 'news', 'faqs', 'page-feedback', 'media'],
  operator: ['services', 'organisations', 'desks', 'desk-slots', 'appointments', 'assistances', 'housing-applications'],
  'ente-admin': [
    'services',
    'organisations',
    'organisation-documents',
    'media',
    'users',
    'threads',
    'groups',
    'visits',
    'notifications',
    'payments',
    'reviews',
    'page-feedback',
    'housing-units',
    'housing-applications',
  ],
  'ente-operator': ['services', 'organisations', 'threads', 'groups', 'notifications', 'housing-units', 'housing-applications'],
  'company-hr': ['companies', 'company-invites', 'credit-purchases'],
}

/** What an administrator holding the care-work permission finds besides: Tate Colf Badanti. */
export const CARE_WORK_NAVIGATION = ['worker-applications', 'worker-documents', 'care-requests', 'care-proposals']

export const ADMIN_GLOBALS = new Set(['city', 'domestic-work-pay'])

/** The admin paths of a role's menu links (with its permissions), as `collections/<slug>` or `globals/<slug>`. */
export const adminMenuPaths = (role: keyof typeof ADMIN_NAVIGATION, permissions: readonly string[] = []): string[] =>
  [...ADMIN_NAVIGATION[role], ...(permissions.includes('care-work') ? CARE_WORK_NAVIGATION : [])].map(
    (slug) => `${ADMIN_GLOBALS.has(slug) ? 'globals' : 'collections'}/${slug}`,
  )

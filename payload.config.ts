import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Appointments } from './collections/Appointments'
import { Assistances } from './collections/Assistances'
import { AuditLog } from './collections/AuditLog'
import { CareProposals } from './collections/CareProposals'
import { CareRequests } from './collections/CareRequests'
import { Categories } from './collections/Categories'
import { Citizens } from './collections/Citizens'
import { Companies } from './collections/Companies'
import { CompanyInvites } from './collections/CompanyInvites'
import { Consents } from './collections/Consents'
import { CreditPurchases } from './collections/CreditPurchases'
import { Desks } from './collections/Desks'
import { DeskSlots } from './collections/DeskSlots'
import { Districts } from './collections/Districts'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { Messages } from './collections/Messages'
import { MAX_UPLOAD_BYTES } from './collections/Media/hooks/checkUpload'
import { News } from './collections/News'
import { HousingApplications } from './collections/HousingApplications'
import { HousingUnits } from './collections/HousingUnits'
import { IoMessages } from './collections/IoMessages'
import { Notifications } from './collections/Notifications'
import { Organisations } from './collections/Organisations'
import { PageFeedback } from './collections/PageFeedback'
import { Pages } from './collections/Pages'
import { Payments } from './collections/Payments'
import { Quotes } from './collections/Quotes'
import { RateLimitHits } from './collections/RateLimitHits'
import { ReportedNeeds } from './collections/ReportedNeeds'
import { InefficiencyReports } from './collections/InefficiencyReports'
import { Requests } from './collections/Requests'
import { Reviews } from './collections/Reviews'
import { SearchLog } from './collections/SearchLog'
import { Services } from './collections/Services'
import { StripeEvents } from './collections/StripeEvents'
import { TargetGroups } from './collections/TargetGroups'
import { ThreadFiles } from './collections/ThreadFiles'
import { Threads } from './collections/Threads'
import { Groups } from './collections/Groups'
import { GroupMembers } from './collections/GroupMembers'
import { GroupMessages } from './collections/GroupMessages'
import { Users } from './collections/Users'
import { Visits } from './collections/Visits'
import { VoucherImports } from './collections/VoucherImports'
import { Vouchers } from './collections/Vouchers'
import { VoucherTransactions } from './collections/VoucherTransactions'
import { WorkerApplications } from './collections/WorkerApplications'
import { WorkerDocuments } from './collections/WorkerDocuments'
import { OrganisationDocuments } from './collections/OrganisationDocuments'
import { City } from './globals/City'
import { loadCityWording } from './globals/City/wording'
import { DomesticWorkPay } from './globals/DomesticWorkPay'
import { databaseUrl, payloadSecret, trustedOrigins } from './lib/env'
import { supportedLanguages, translations } from './lib/i18n'
import { projectRoot } from './lib/paths'
import { replicaUrls, routeReadsByContext } from './lib/read-replicas'
import { plugins } from './plugins'
import { emailAdapter } from './plugins/email/adapter'
import { insightsTables } from './plugins/insights/schema'
import { searchTables } from './plugins/search/schema'

// Payload published its S3 storage adapter up to 3.90.1 and its other packages up to 3.90.2 (a
// patch of the admin's redirects), and its start-up check refuses any mix of versions:
// tests/unit/payload-versions.test.ts checks the versions instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** The whole back end, for one database. Tests build it for a database of their own. */
export const wemiConfig = (connectionString: string = databaseUrl()): Config => ({
  secret: payloadSecret(),
  serverURL: process.env.PUBLIC_URL ?? '',
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    // Payload's default is Gravatar: the panel would tell another site whose e-mail is signed in.
    avatar: 'default',
    meta: { titleSuffix: ' — WeMi' },
    importMap: { baseDir: projectRoot },
    components: {
      beforeNavLinks: ['/components/admin/VisitsNavLink#VisitsNavLink'],
      beforeDashboard: ['/components/admin/TodayQueues#TodayQueues'],
      views: { operatorVisits: { Component: '/components/admin/OperatorVisits#OperatorVisits', path: '/visite', exact: true } },
    },
  },
  collections: [
    Services,
    Organisations,
    OrganisationDocuments,
    Categories,
    TargetGroups,
    Districts,
    Desks,
    DeskSlots,
    Appointments,
    Assistances,
    Visits,
    Pages,
    News,
    Faqs,
    PageFeedback,
    Media,
    Users,
    Citizens,
    Consents,
    SearchLog,
    ReportedNeeds,
    InefficiencyReports,
    RateLimitHits,
    Requests,
    Threads,
    Groups,
    GroupMembers,
    GroupMessages,
    Quotes,
    Messages,
    ThreadFiles,
    Reviews,
    Payments,
    StripeEvents,
    Vouchers,
    VoucherTransactions,
    VoucherImports,
    WorkerApplications,
    WorkerDocuments,
    CareRequests,
    CareProposals,
    Notifications,
    IoMessages,
    HousingUnits,
    HousingApplications,
    Companies,
    CompanyInvites,
    CreditPurchases,
    AuditLog,
  ],
  globals: [City, DomesticWorkPay],
  // Texts name the city's districts, and search knows its names, as its profile says.
  onInit: async (payload) => {
    routeReadsByContext(payload)
    await loadCityWording(payload)
  },
  plugins: plugins(),
  editor: lexicalEditor(),
  email: emailAdapter,
  localization: {
    locales: [
      { code: 'it', label: 'Italiano' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'it',
    fallback: true,
  },
  i18n: { fallbackLanguage: 'it', supportedLanguages, translations },
  db: postgresAdapter({
    // Everything the app reads is in memory or on SSD: tell the planner that random reads are
    // cheap, so that it uses the search indexes instead of scanning the table.
    // Connections are kept for minutes, not seconds: a new one costs a SCRAM handshake and a
    // backend with cold caches, and would be opened just as a burst of clicks arrives.
    pool: { connectionString, options: '-c random_page_cost=1.1', idleTimeoutMillis: 5 * 60 * 1000 },
    idType: 'uuid',
    // Accent-insensitive and typo-tolerant search need these; created before migrations run.
    extensions: ['unaccent', 'pg_trgm'],
    afterSchemaInit: [searchTables, insightsTables],
    migrationDir: path.join(projectRoot, 'migrations'),
    push: false,
    readReplicas: replicaUrls().length > 0 ? replicaUrls() : undefined,
  }),
  // Makes the smaller copies of uploaded images that the site offers to phones.
  sharp,
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES * 2 },
    responseOnLimit: 'Il file supera il limite consentito. / The file exceeds the size limit.',
  },
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts'), autoGenerate: false },
  telemetry: false,
  // Pretty logs by default; LOG_LEVEL (e.g. "warn", or "silent" in tests) switches to plain JSON.
  ...(process.env.LOG_LEVEL ? { logger: { options: { level: process.env.LOG_LEVEL } } } : {}),
})

export const createConfig = (connectionString?: string) => buildConfig(wemiConfig(connectionString))

export default createConfig()

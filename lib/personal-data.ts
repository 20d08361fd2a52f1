import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { Citizen } from '../payload-types'
import type { Bilingual, Language } from './i18n'
import { label } from './i18n'
import { relationId } from './relations'
import { runSql, sqlArray } from './sql'

/**
 * Every collection that holds data about a citizen, in one list: how to find the citizen's
 * records, what of them an export leaves out, and what deleting the account does to them. The
 * export (the citizen's copy of their data) and the erasure are both driven by this list, so a
 * new collection about citizens is covered by adding one entry; a test fails when a
 * collection related to `citizens` has none.
 *
 * The order is the export's (the profile first); erasure runs it backwards, so that records
 * go before the records they hang off (messages before threads, threads before requests, all
 * before the citizen).
 */

/** What the erasure passes to an entry's own way of erasing. */
export type ErasureStep = { payload: Payload; req: PayloadRequest; citizen: Citizen; where: Where }

export type Erasure =
  /** The records go with the account. */
  | { delete: true }
  /** The records stay (the law keeps them) with these fields cleared. */
  | { anonymise: Record<string, unknown> }
  /** The records hold ids and field names, never personal values: they stay, for the reason given. */
  | { keep: string }
  | { custom: (step: ErasureStep) => Promise<number> }

export type PersonalDataEntry = {
  collection: CollectionSlug
  /** The heading of this kind of record in the export. */
  heading: Bilingual
  /** The citizen's records; null when the citizen can have none (no codice fiscale, say). */
  where: (citizen: Citizen) => Where | null
  /**
   * Whether the citizen's own access rules let them read these records. Those that do not
   * are read by the server, filtered by `where` alone.
   */
  readableByCitizen: boolean
  /** Fields (dotted paths) left out of the export: secrets, and other people's internal data. */
  omit?: string[]
  erasure: Erasure
}

const own = (citizen: Citizen): Where => ({ citizen: { equals: citizen.id } })

/** Records whose person (a relationship to citizens or staff) is the citizen. */
const ownAs =
  (field: string) =>
  (citizen: Citizen): Where => ({
    and: [{ [`${field}.relationTo`]: { equals: 'citizens' } }, { [`${field}.value`]: { equals: citizen.id } }],
  })

/** Threads in these states still owe money or a service: the account waits for them to end. */
export const THREAD_STATES_BLOCKING_ERASURE = ['accepted', 'paid', 'disputed'] as const

/** What replaces an appointment's contact details, which the desk's records need to be valid. */
export const ERASED_NAME = 'Dati cancellati'
export const ERASED_EMAIL = 'dati-cancellati@wemi.invalid'

/** Queued e-mails and timers that would act on records the erasure removed. */
const dropJobs = async (req: PayloadRequest, key: 'thread' | 'appointment', ids: string[]) => {
  if (ids.length === 0) return
  await runSql(req.payload, sql`DELETE FROM payload_jobs WHERE input->>${key} = ANY(${sqlArray(ids, 'text')})`, req)
}

const idsOf = async (payload: Payload, req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<string[]> =>
  (await payload.find({ collection, where, depth: 0, pagination: false, select: {}, overrideAccess: true, req })).docs.map((doc) =>
    String(doc.id),
  )

export const PERSONAL_DATA: PersonalDataEntry[] = [
  {
    collection: 'citizens',
    heading: label('Profilo', 'Profile'),
    where: (citizen) => ({ id: { equals: citizen.id } }),
    readableByCitizen: true,
    omit: [
      'hash',
      'salt',
      'sessions',
      'loginAttempts',
      'lockUntil',
      '_verificationToken',
      'resetPasswordToken',
      'resetPasswordExpiration',
      'resetPasswordRequestedAt',
      'endSessions',
    ],
    erasure: { delete: true },
  },
  {
    collection: 'consents',
    heading: label('Consensi', 'Consents'),
    where: own,
    readableByCitizen: true,
    omit: ['recordedBy'],
    erasure: { delete: true },
  },
  {
    collection: 'assistances',
    heading: label('Aiuto allo sportello', 'Help at a desk'),
    where: own,
    readableByCitizen: true,
    omit: ['operator', 'consent'],
    // The reason may name the person; what the operator did stays in the audit log, unlinked.
    erasure: { delete: true },
  },
  {
    collection: 'requests',
    heading: label('Richieste', 'Requests'),
    where: own,
    // Who sent a request is not a field anyone may filter by, the citizen included.
    readableByCitizen: false,
    erasure: { delete: true },
  },
  {
    collection: 'threads',
    heading: label('Risposte degli enti', 'Answers from organisations'),
    where: own,
    readableByCitizen: true,
    erasure: {
      // Threads still owing money or a service refuse the erasure before anything is written
      // (see eraseCitizen); the others go, with the enti's own notifications about them and
      // their pending timers.
      custom: async ({ payload, req, where }) => {
        const ids = await idsOf(payload, req, 'threads', where)
        if (ids.length === 0) return 0
        await payload.delete({ collection: 'notifications', where: { thread: { in: ids } }, overrideAccess: true, depth: 0, req })
        await dropJobs(req, 'thread', ids)
        await payload.delete({ collection: 'threads', where: { id: { in: ids } }, overrideAccess: true, depth: 0, req })
        return ids.length
      },
    },
  },
  {
    collection: 'quotes',
    heading: label('Preventivi', 'Quotes'),
    where: own,
    readableByCitizen: true,
    erasure: { delete: true },
  },
  {
    collection: 'visits',
    heading: label('Visite a domicilio', 'Home visits'),
    where: own,
    readableByCitizen: true,
    omit: ['operator'],
    // A visit tells who was cared for at home, and when: it goes with the thread it served,
    // erased first because a visit cannot outlive its thread.
    erasure: { delete: true },
  },
  {
    collection: 'messages',
    heading: label('Messaggi', 'Messages'),
    where: own,
    readableByCitizen: true,
    // Who wrote is told by authorParty; the ente staff member's own account is theirs.
    omit: ['author'],
    erasure: { delete: true },
  },
  {
    collection: 'thread-files',
    heading: label('Allegati', 'Attachments'),
    where: own,
    readableByCitizen: true,
    omit: ['uploadedBy'],
    // Deleted through Payload, which removes the files from storage too.
    erasure: { delete: true },
  },
  {
    collection: 'payments',
    heading: label('Pagamenti', 'Payments'),
    where: own,
    readableByCitizen: true,
    omit: ['stripe.destination'],
    // Accounting law keeps payments for ten years: they stay, linked to nobody.
    erasure: { anonymise: { citizen: null, thread: null } },
  },
  {
    collection: 'vouchers',
    heading: label('Voucher', 'Vouchers'),
    where: (citizen) => (citizen.confirmedFiscalCode ? { holderFiscalCode: { equals: citizen.confirmedFiscalCode } } : null),
    readableByCitizen: true,
    omit: ['import'],
    // The funding scheme accounts for every voucher: it stays, revoked, without its holder.
    erasure: { anonymise: { holderFiscalCode: null, status: 'revoked' } },
  },
  {
    collection: 'voucher-transactions',
    heading: label('Spese con voucher', 'Voucher spending'),
    where: own,
    readableByCitizen: true,
    erasure: { anonymise: { citizen: null, thread: null } },
  },
  {
    collection: 'reviews',
    heading: label('Recensioni', 'Reviews'),
    where: own,
    // The author of a review is not a field anyone may filter by, the citizen included.
    readableByCitizen: false,
    omit: ['moderationNote'],
    // The ente's rating is computed again without them (see eraseCitizen).
    erasure: { delete: true },
  },
  {
    collection: 'groups',
    heading: label('Gruppi aperti da te', 'Groups you opened'),
    where: ownAs('organiser'),
    // Who opened a group is not a field anyone may filter by, the citizen included.
    readableByCitizen: false,
    erasure: { keep: 'a group belongs to all its families: it stays, and loses its organiser with the account' },
  },
  {
    collection: 'group-members',
    heading: label('Partecipazione ai gruppi', 'Membership of groups'),
    where: own,
    readableByCitizen: false,
    erasure: {
      // A group still being formed has been left through its lifecycle first; the size of one
      // that went ahead keeps counting only the families still in it.
      custom: async ({ payload, req, where }) => {
        const { docs } = await payload.delete({ collection: 'group-members', where, overrideAccess: true, depth: 0, req })
        const groups = [...new Set(docs.map((member) => relationId(member.group)!))]
        if (groups.length > 0) {
          await runSql(
            payload,
            sql`UPDATE groups g SET member_count = (SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.status = 'active')
                WHERE g.id = ANY(${sqlArray(groups, 'uuid')})`,
            req,
          )
        }
        return docs.length
      },
    },
  },
  {
    collection: 'group-messages',
    heading: label('Messaggi ai gruppi', 'Messages to groups'),
    where: ownAs('author'),
    readableByCitizen: false,
    erasure: { delete: true },
  },
  {
    collection: 'worker-applications',
    heading: label('Candidatura come lavoratrice o lavoratore domestico', 'Application as a care or domestic worker'),
    where: own,
    readableByCitizen: true,
    erasure: { delete: true },
  },
  {
    collection: 'worker-documents',
    heading: label('Documenti della candidatura', 'Documents of the application'),
    where: own,
    readableByCitizen: true,
    // Deleted through Payload, which removes the files from storage too.
    erasure: { delete: true },
  },
  {
    collection: 'care-requests',
    heading: label('Richieste a Tate Colf Badanti', 'Requests to Tate Colf Badanti'),
    where: own,
    readableByCitizen: true,
    erasure: { delete: true },
  },
  {
    collection: 'care-proposals',
    heading: label('Proposte di lavoro domestico', 'Domestic-work proposals'),
    where: (citizen): Where => ({ or: [{ family: { equals: citizen.id } } as Where, { worker: { equals: citizen.id } }] }),
    // Whom a proposal names is not a field either party may filter by.
    readableByCitizen: false,
    // Each party's copy leaves out the other party and WeMi's scoring; the worker's contacts are in her profile.
    omit: ['family', 'worker', 'careRequest', 'application', 'score', 'reasons', 'contact'],
    // A hire is a job the city counts: the proposal stays, naming nobody.
    erasure: { anonymise: { family: null, worker: null, contact: { name: null, email: null, phone: null } } },
  },
  {
    collection: 'notifications',
    heading: label('Notifiche', 'Notifications'),
    where: own,
    readableByCitizen: true,
    omit: ['dedupeKey', 'email.error'],
    erasure: { delete: true },
  },
  {
    collection: 'appointments',
    heading: label('Appuntamenti', 'Appointments'),
    // Desks also take bookings without an account: those made with the account's address are the citizen's too.
    // Someone registered at a desk without an address has only the bookings made in their name.
    where: (citizen) => (citizen.email ? { or: [own(citizen), { email: { equals: citizen.email } }] } : own(citizen)),
    readableByCitizen: false,
    erasure: {
      // A booking still to come is cancelled outright, giving its place back; the desk keeps
      // past ones for its statistics, without who came.
      custom: async ({ payload, req, where }) => {
        const upcoming = await payload.delete({
          collection: 'appointments',
          where: { and: [where, { status: { equals: 'booked' } }, { 'slot.startsAt': { greater_than: new Date().toISOString() } }] },
          overrideAccess: true,
          depth: 0,
          req,
        })
        await dropJobs(
          req,
          'appointment',
          upcoming.docs.map((doc) => String(doc.id)),
        )
        const past = await payload.update({
          collection: 'appointments',
          where,
          data: { name: ERASED_NAME, email: ERASED_EMAIL, phone: null, reason: null, citizen: null },
          overrideAccess: true,
          depth: 0,
          req,
        })
        await dropJobs(
          req,
          'appointment',
          past.docs.map((doc) => String(doc.id)),
        )
        return upcoming.docs.length + past.docs.length
      },
    },
  },
  {
    // Applications for temporary housing; plugins/privacy/erasure.ts refuses the erasure while
    // one of them is accepted or under way, so only closed or open ones are deleted here.
    collection: 'housing-applications',
    heading: label('Domande di alloggio temporaneo', 'Temporary housing applications'),
    where: own,
    readableByCitizen: true,
    erasure: { delete: true },
  },
  {
    // Which notices went to the citizen's App IO: the message's words are IO's, not kept here.
    collection: 'io-messages',
    heading: label('Messaggi App IO', 'App IO messages'),
    where: own,
    readableByCitizen: false,
    omit: ['dedupeKey', 'error'],
    erasure: { delete: true },
  },
  {
    collection: 'reported-needs',
    heading: label('Bisogni segnalati', 'Needs reported'),
    where: (citizen) => (citizen.email ? { email: { equals: citizen.email } } : null),
    readableByCitizen: false,
    // What was needed stays as evidence of the city's demand; how to reach its author does not.
    erasure: { anonymise: { email: null } },
  },
  {
    collection: 'inefficiency-reports',
    heading: label('Segnalazioni di disservizio', 'Problems reported'),
    // A report filed without signing in is the citizen's by its e-mail address.
    where: (citizen) => ({ or: [own(citizen), ...(citizen.email ? [{ email: { equals: citizen.email } }] : [])] }),
    readableByCitizen: false,
    // The ticket stays as evidence of the disservice; who filed it and how to reach them do not.
    erasure: { anonymise: { name: null, email: ERASED_EMAIL, citizen: null } },
  },
  {
    collection: 'audit-log',
    heading: label('Registro delle operazioni', 'Audit log'),
    where: (citizen): Where => ({
      or: [{ 'actor.value': { equals: citizen.id } }, { documentId: { equals: citizen.id } }, { onBehalfOf: { equals: citizen.id } }],
    }),
    readableByCitizen: false,
    omit: ['actor', 'assistance'],
    erasure: { keep: 'The trail holds ids and field names, never values; the database unlinks the deleted actor.' },
  },
]

// ------------------------------------------------------------------ export

/** A copy of a record without the listed dotted paths. */
const without = (doc: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> => {
  const copy = structuredClone(doc)
  for (const path of paths) {
    const keys = path.split('.')
    let node: unknown = copy
    for (const key of keys.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
    if (node && typeof node === 'object') delete (node as Record<string, unknown>)[keys.at(-1)!]
  }
  return copy
}

/** Public records an export names by id, looked up so that the copy reads on its own. */
const NAMED: Partial<Record<CollectionSlug, string>> = {
  organisations: 'name',
  services: 'title',
  categories: 'name',
  districts: 'name',
  desks: 'name',
}

/** The citizen's own records other records point to, named as the area names them. */
const OWN_TITLES: Partial<Record<CollectionSlug, string>> = {
  requests: 'reference',
  threads: 'reference',
  payments: 'receiptNumber',
  vouchers: 'code',
  'thread-files': 'filename',
  'worker-applications': 'reference',
  'care-requests': 'reference',
}

export type PersonalDataSection = { collection: CollectionSlug; heading: Bilingual; records: Record<string, unknown>[] }

export type PersonalDataExport = {
  exportedAt: string
  citizen: string
  sections: PersonalDataSection[]
  /** What the records refer to by id, named: public organisations, services, districts…, and the citizen's own requests, threads, payments. */
  names: Record<string, Record<string, string>>
}

/** Relationship ids (to the collections in NAMED) anywhere in a record, with the fields the config declares. */
const collectNamedIds = (
  payload: Payload,
  collection: CollectionSlug,
  records: Record<string, unknown>[],
  into: Map<CollectionSlug, Set<string>>,
) => {
  type Walkable = { name?: string; type: string; relationTo?: string | string[]; flattenedFields?: Walkable[] }
  const walk = (fields: Walkable[], value: unknown) => {
    if (!value || typeof value !== 'object') return
    for (const field of fields) {
      const data = (value as Record<string, unknown>)[field.name ?? '']
      if (data == null) continue
      if (
        (field.type === 'relationship' || field.type === 'upload') &&
        typeof field.relationTo === 'string' &&
        NAMED[field.relationTo as CollectionSlug]
      ) {
        const set = into.get(field.relationTo as CollectionSlug) ?? new Set<string>()
        for (const item of Array.isArray(data) ? data : [data]) if (relationId(item)) set.add(relationId(item)!)
        into.set(field.relationTo as CollectionSlug, set)
      } else if (field.type === 'group' && field.flattenedFields) walk(field.flattenedFields, data)
      else if (field.type === 'array' && field.flattenedFields && Array.isArray(data))
        for (const row of data) walk(field.flattenedFields, row)
    }
  }
  const fields = payload.collections[collection].config.flattenedFields as unknown as Walkable[]
  for (const record of records) walk(fields, record)
}

/**
 * Everything WeMi holds about a citizen, as the registry finds it: read as the citizen where
 * their access allows, otherwise by the server strictly through the registry's filter on
 * their id. Records of other people never match those filters.
 */
export const exportPersonalData = async (payload: Payload, citizen: Citizen, language: Language = 'it'): Promise<PersonalDataExport> => {
  const user = { ...citizen, collection: 'citizens' as const }
  const sections: PersonalDataSection[] = []
  for (const entry of PERSONAL_DATA) {
    const where = entry.where(citizen)
    if (!where) {
      sections.push({ collection: entry.collection, heading: entry.heading, records: [] })
      continue
    }
    const { docs } = await payload.find({
      collection: entry.collection,
      where,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      locale: language,
      ...(entry.readableByCitizen ? { user, overrideAccess: false } : { overrideAccess: true }),
    })
    sections.push({
      collection: entry.collection,
      heading: entry.heading,
      records: docs.map((doc) => without(doc as unknown as Record<string, unknown>, entry.omit ?? [])),
    })
  }
  const ids = new Map<CollectionSlug, Set<string>>()
  for (const section of sections) collectNamedIds(payload, section.collection, section.records, ids)
  const names: PersonalDataExport['names'] = {}
  for (const [collection, set] of ids) {
    const field = NAMED[collection]!
    const { docs } = await payload.find({
      collection,
      where: { id: { in: [...set] } },
      depth: 0,
      pagination: false,
      locale: language,
      select: { [field]: true },
      overrideAccess: true,
    })
    names[collection] = Object.fromEntries(
      docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[field] ?? '')]),
    )
  }
  for (const section of sections) {
    const field = OWN_TITLES[section.collection]
    if (field)
      names[section.collection] = Object.fromEntries(
        section.records.map((record) => [String(record.id), String(record[field] ?? record.id)]),
      )
  }
  return { exportedAt: new Date().toISOString(), citizen: citizen.id, sections, names }
}

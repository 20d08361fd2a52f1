import type { CollectionSlug, Payload, ServerProps, Where } from 'payload'
import { Fragment } from 'react'

import { addDays, endOfDay, startOfDay, today } from '../../lib/dates'
import { TODAY_QUEUES_TEXT } from '../../lib/i18n/admin'
import { type Language, languageFrom, wording } from '../../lib/i18n/language'
import { deskOf, hasPermission, hasRole, organisationOf } from '../../lib/roles'
import { loadSettings } from '../../globals/City/settings'

type QueueName = Exclude<keyof typeof TODAY_QUEUES_TEXT, 'title' | 'open' | 'rating' | 'ratingFigure' | 'ratingFigureOne' | 'noReviews'>

type Queue = {
  name: QueueName
  collection: CollectionSlug
  where: Where
  /** Counted on the latest version of each record, as the admin's list of a collection with drafts shows them. */
  drafts?: boolean
  /** Counts the different values of this field instead of the records. */
  distinct?: string
  /** Where someone whose menu hides the collection finds the same records instead. */
  page?: string
  /** Starts a new row of tiles on a wide screen, where a queue begins a different kind of work. */
  newRow?: boolean
}

/** An interval of instants, both ends included, as ISO strings. */
type Span = { from: string; to: string }

/** What a queue's filters are relative to, all computed once in the city's time zone. */
type Moments = { now: string; day: Span; week: Span; yearStart: string; expiringDays: Span }

/** A tile of the block: its figure, its words and, when the person may open it, the list behind it. */
type Tile = { key: string; figure: string; label: string; href?: string; newRow?: boolean }

/** A where clause as the admin's list view reads it from its address: `where[status][equals]=sent`. */
const queryOf = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => queryOf(inner, `${prefix}[${key}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

const listLink = (collection: CollectionSlug, where: Where) => `/admin/collections/${collection}?${queryOf(where, 'where').join('&')}`

/** Whether the admin hides a collection from this person: its list would answer "not found". */
const hiddenFrom = (payload: Payload, collection: CollectionSlug, user: ServerProps['user']): boolean => {
  const { hidden } = payload.collections[collection].config.admin
  return typeof hidden === 'function' ? hidden({ user: user as never }) : hidden === true
}

const within = (field: string, { from, to }: Span): Where => ({
  and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than_equal: to } }],
})

/** Editorial collections: what waits to be published, and what is published but not yet public. */
const editorialQueues = (now: string): Queue[] => {
  const collections = [
    ['pages', 'draftPages', 'scheduledPages'],
    ['news', 'draftNews', 'scheduledNews'],
    ['faqs', 'draftFaqs', 'scheduledFaqs'],
  ] as const
  return [
    ...collections.map(([collection, name]): Queue => ({ name, collection, where: { _status: { equals: 'draft' } }, drafts: true })),
    // Public once publishedAt has come (access/publishedEditorial): until then, scheduled.
    ...collections.map(([collection, , name], index): Queue => ({
      name,
      newRow: index === 0,
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { publishedAt: { greater_than: now } }] },
      drafts: true,
    })),
  ]
}

/** The queues of each kind of staff, in the order they work through them. */
const queuesFor = (user: NonNullable<ServerProps['user']>, moments: Moments): Queue[] => {
  if (hasRole(user, 'admin')) {
    return [
      { name: 'servicesToValidate', collection: 'services', where: { 'validation.status': { equals: 'submitted' } }, drafts: true },
      { name: 'entiToAccredit', collection: 'organisations', where: { 'accreditation.status': { equals: 'submitted' } } },
      { name: 'reviewsToModerate', collection: 'reviews', where: { status: { equals: 'pending' } } },
      { name: 'disputes', collection: 'threads', where: { status: { equals: 'disputed' } } },
      // A need stored before the checkbox existed has no value: not examined either.
      { name: 'needsToReview', collection: 'reported-needs', where: { reviewed: { not_equals: true } } },
      { name: 'reportsToAnswer', collection: 'inefficiency-reports', where: { status: { in: ['new', 'in-progress'] } } },
      { name: 'voucherImports', collection: 'voucher-imports', where: within('createdAt', moments.day) },
      { name: 'groupsForming', collection: 'groups', where: { status: { in: ['open', 'awaiting-ente', 'deciding'] } } },
      ...(hasPermission(user, 'care-work')
        ? ([
            {
              name: 'workersToAssess',
              collection: 'worker-applications',
              where: { status: { in: ['submitted', 'interview-booked'] } },
            },
            { name: 'familiesToMatch', collection: 'care-requests', where: { status: { in: ['submitted', 'in-progress'] } } },
            {
              name: 'careJobsThisYear',
              collection: 'care-proposals',
              where: { and: [{ status: { equals: 'hired' } }, { decidedAt: { greater_than_equal: moments.yearStart } }] },
            },
          ] satisfies Queue[])
        : []),
    ]
  }
  if (hasRole(user, 'ente-admin', 'ente-operator')) {
    return [
      { name: 'requestsToQuote', collection: 'threads', where: { status: { equals: 'sent' } } },
      // The thread's current quote, not an earlier one it replaced: a requote moves the deadline.
      {
        name: 'quotesExpiring',
        collection: 'threads',
        where: { and: [{ status: { equals: 'quoted' } }, within('quote.validUntil', moments.expiringDays)] },
      },
      // Groups are public: the ente's own are the ones of its services.
      {
        name: 'groupsToConfirm',
        collection: 'groups',
        where: { and: [{ status: { equals: 'awaiting-ente' } }, { organisation: { equals: organisationOf(user) } }] },
      },
      { name: 'quotesToPlan', collection: 'threads', where: { status: { in: ['accepted', 'paid'] } } },
      {
        name: 'visitsToday',
        collection: 'visits',
        where: { and: [within('startsAt', moments.day), { status: { not_equals: 'cancelled' } }] },
        // A home-care operator works from their own day of visits, today's first.
        page: '/admin/visite',
      },
      ...(hasRole(user, 'ente-admin')
        ? [
            {
              name: 'servicesToCorrect',
              collection: 'services',
              where: { 'validation.status': { equals: 'to-correct' } },
              drafts: true,
            } as Queue,
          ]
        : []),
    ]
  }
  if (hasRole(user, 'operator')) {
    const desk = deskOf(user)
    return [
      {
        name: 'appointmentsToday',
        collection: 'appointments',
        where: { and: [{ status: { equals: 'booked' } }, within('slot.startsAt', moments.day)] },
      },
      {
        name: 'citizensHelpedThisWeek',
        collection: 'assistances',
        where: {
          and: [
            { or: [{ operator: { equals: user.id } }, ...(desk ? [{ desk: { equals: desk } }] : [])] },
            within('openedAt', moments.week),
          ],
        },
        distinct: 'citizen',
      },
    ]
  }
  if (hasRole(user, 'editor')) return editorialQueues(moments.now)
  return []
}

/** How many records of a queue the person may see: their own access decides, as in the list it links to. */
const countOf = async (payload: Payload, user: ServerProps['user'], queue: Queue): Promise<number> => {
  // Payload writes the related collections' read rules into the where it is given: the link must not carry them.
  const where = structuredClone(queue.where)
  const access = { user, overrideAccess: false, depth: 0 } as const
  if (queue.distinct) {
    // The database counts the distinct values; limit 1 keeps it from sending them.
    const { totalDocs } = await payload.findDistinct({
      collection: queue.collection,
      field: queue.distinct as never,
      where,
      limit: 1,
      ...access,
    })
    return totalDocs
  }
  const { totalDocs } = await payload.find({
    collection: queue.collection,
    where,
    draft: queue.drafts,
    limit: 1,
    select: {},
    ...access,
  })
  return totalDocs
}

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' }

/** The ente's published rating, as residents see it on its page, leading its administrator to the reviews. */
const ratingTile = async (payload: Payload, user: NonNullable<ServerProps['user']>, language: Language): Promise<Tile | null> => {
  const organisation = organisationOf(user)
  if (!organisation) return null
  const found = await payload.find({
    collection: 'organisations',
    where: { id: { equals: organisation } },
    select: { rating: true },
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  if (!found.docs[0]) return null
  const { rating } = found.docs[0]
  const t = wording(TODAY_QUEUES_TEXT, language)
  const count = rating?.count ?? 0
  const average = (rating?.average ?? 0).toLocaleString(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const figure =
    count === 0
      ? t('noReviews')
      : t(count === 1 ? 'ratingFigureOne' : 'ratingFigure', { average, count: count.toLocaleString(LOCALES[language]) })
  return {
    key: 'rating',
    figure,
    label: t('rating'),
    // A home-care operator has no list of reviews to open.
    href: hiddenFrom(payload, 'reviews', user) ? undefined : listLink('reviews', { organisation: { equals: organisation } }),
  }
}

/** The Monday of a calendar day's week. */
const mondayOf = (day: string): string => addDays(day, -((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7))

const momentsOf = (timeZone: string): Moments => {
  const now = new Date()
  const day = today(timeZone, now)
  const monday = mondayOf(day)
  const span = (first: string, last: string): Span => ({
    from: startOfDay(first, timeZone).toISOString(),
    to: endOfDay(last, timeZone).toISOString(),
  })
  return {
    now: now.toISOString(),
    day: span(day, day),
    week: span(monday, addDays(monday, 6)),
    yearStart: startOfDay(`${day.slice(0, 4)}-01-01`, timeZone).toISOString(),
    // A quote's validUntil is a calendar day stored at midnight UTC (plugins/requests/deadlines reads its first ten characters).
    expiringDays: { from: `${day}T00:00:00.000Z`, to: `${addDays(day, 2)}T00:00:00.000Z` },
  }
}

const tileStyle = { display: 'grid', gap: 'calc(var(--base) * 0.25)', textDecoration: 'none', color: 'inherit' } as const

/**
 * At the top of the admin's dashboard: what the signed-in person has to do today, by role,
 * each with its count and a link to the list filtered to it. WeMi staff see what waits for
 * their decision, disputes, unexamined needs, disservices to answer and the shared groups being
 * formed (care-work staff, the workers to assess, the families to match and the jobs created
 * this year); enti their
 * requests, quotes about to expire, groups waiting for their confirmation, plans, visits, services
 * sent back and their rating; a desk its day and the citizens it helped this week; editors their
 * drafts and what is scheduled.
 */
export const TodayQueues = async ({ payload, user, i18n }: ServerProps) => {
  if (!payload || !user) return null
  const language = languageFrom(i18n?.language)
  const t = wording(TODAY_QUEUES_TEXT, language)
  const { timeZone } = await loadSettings(payload)
  const queues = queuesFor(user, momentsOf(timeZone))
  if (queues.length === 0) return null
  const numbers = new Intl.NumberFormat(LOCALES[language])
  const [counts, rating] = await Promise.all([
    Promise.all(queues.map((queue) => countOf(payload, user, queue))),
    ratingTile(payload, user, language),
  ])
  const tiles: Tile[] = [
    ...queues.map((queue, index) => ({
      key: queue.name,
      figure: numbers.format(counts[index]!),
      label: t(queue.name),
      href: hiddenFrom(payload, queue.collection, user) ? queue.page : listLink(queue.collection, queue.where),
      newRow: queue.newRow,
    })),
    ...(rating ? [rating] : []),
  ]

  return (
    <section aria-labelledby="today-queues-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="today-queues-title" style={{ marginBottom: 'var(--base)' }}>
        {t('title')}
      </h2>
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 0,
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(14rem, 100%), 1fr))',
        }}
      >
        {tiles.map(({ key, figure, label, href, newRow }) => {
          const content = (
            <>
              <span style={{ fontSize: key === 'rating' ? '1.5rem' : '2rem', fontWeight: 700 }}>
                {/* A narrow tile breaks "4,6 su 5 · 12 recensioni" at its dot, never inside "12 recensioni". */}
                {figure.split(' · ').map((part, index) => (
                  <Fragment key={part}>
                    {index > 0 && ' · '}
                    <span style={{ whiteSpace: 'nowrap' }}>{part}</span>
                  </Fragment>
                ))}
              </span>
              <span style={href ? { textDecoration: 'underline' } : undefined}>{label}</span>
            </>
          )
          return (
            <li
              key={key}
              style={{
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: '4px',
                padding: 'var(--base)',
                gridColumnStart: newRow ? 1 : undefined,
              }}
            >
              {href ? (
                <a href={href} style={tileStyle}>
                  {content}
                </a>
              ) : (
                <div style={tileStyle}>{content}</div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

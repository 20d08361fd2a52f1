import type { CollectionSlug, Payload, ServerProps, Where } from 'payload'

import { endOfDay, startOfDay, today } from '../../lib/dates'
import { TODAY_QUEUES_TEXT } from '../../lib/i18n/admin'
import { languageFrom, wording } from '../../lib/i18n/language'
import { hasPermission, hasRole, organisationOf } from '../../lib/roles'
import { loadSettings } from '../../globals/City/settings'

type QueueName = Exclude<keyof typeof TODAY_QUEUES_TEXT, 'title' | 'open'>

type Queue = { name: QueueName; collection: CollectionSlug; where: Where; drafts?: boolean }

/** A where clause as the admin's list view reads it from its address: `where[status][equals]=sent`. */
const queryOf = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => queryOf(inner, `${prefix}[${key}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

const listLink = ({ collection, where }: Queue) => `/admin/collections/${collection}?${queryOf(where, 'where').join('&')}`

/** The queues of each kind of staff, in the order they work through them. */
const queuesFor = (user: unknown, day: { from: string; to: string; yearStart: string }): Queue[] => {
  const { yearStart } = day
  const within = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: day.from } }, { [field]: { less_than_equal: day.to } }],
  })
  if (hasRole(user, 'admin')) {
    return [
      { name: 'servicesToValidate', collection: 'services', where: { 'validation.status': { equals: 'submitted' } }, drafts: true },
      { name: 'entiToAccredit', collection: 'organisations', where: { 'accreditation.status': { equals: 'submitted' } } },
      { name: 'reviewsToModerate', collection: 'reviews', where: { status: { equals: 'pending' } } },
      { name: 'voucherImports', collection: 'voucher-imports', where: within('createdAt') },
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
              where: { and: [{ status: { equals: 'hired' } }, { decidedAt: { greater_than_equal: yearStart } }] },
            },
          ] satisfies Queue[])
        : []),
    ]
  }
  if (hasRole(user, 'ente-admin', 'ente-operator')) {
    return [
      { name: 'requestsToQuote', collection: 'threads', where: { status: { equals: 'sent' } } },
      // Groups are public: the ente's own are the ones of its services.
      {
        name: 'groupsToConfirm',
        collection: 'groups',
        where: { and: [{ status: { equals: 'awaiting-ente' } }, { organisation: { equals: organisationOf(user) } }] },
      },
      { name: 'quotesToPlan', collection: 'threads', where: { status: { in: ['accepted', 'paid'] } } },
      { name: 'visitsToday', collection: 'visits', where: { and: [within('startsAt'), { status: { not_equals: 'cancelled' } }] } },
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
    return [
      {
        name: 'appointmentsToday',
        collection: 'appointments',
        where: { and: [{ status: { equals: 'booked' } }, within('slot.startsAt')] },
      },
    ]
  }
  return []
}

/** How many records of a queue the person may see: their own access decides, as in the list it links to. */
const countOf = async (payload: Payload, user: ServerProps['user'], queue: Queue): Promise<number> => {
  const { totalDocs } = await payload.find({
    collection: queue.collection,
    where: queue.where,
    draft: queue.drafts,
    limit: 1,
    depth: 0,
    select: {},
    user,
    overrideAccess: false,
  })
  return totalDocs
}

/**
 * At the top of the admin's dashboard: what the signed-in person has to do today, by role,
 * each with its count and a link to the list filtered to it. WeMi staff see what waits for
 * their decision and the shared groups being formed (care-work staff, the workers to assess,
 * the families to match and the jobs created this year), enti their requests, the groups waiting
 * for their confirmation, plans, visits and services sent back, a desk its day.
 */
export const TodayQueues = async ({ payload, user, i18n }: ServerProps) => {
  if (!payload || !user) return null
  const t = wording(TODAY_QUEUES_TEXT, languageFrom(i18n?.language))
  const { timeZone } = await loadSettings(payload)
  const day = today(timeZone)
  const queues = queuesFor(user, {
    from: startOfDay(day, timeZone).toISOString(),
    to: endOfDay(day, timeZone).toISOString(),
    yearStart: startOfDay(`${day.slice(0, 4)}-01-01`, timeZone).toISOString(),
  })
  if (queues.length === 0) return null
  const counts = await Promise.all(queues.map((queue) => countOf(payload, user, queue)))

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
          gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
        }}
      >
        {queues.map((queue, index) => (
          <li key={queue.name} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', padding: 'var(--base)' }}>
            <a
              href={listLink(queue)}
              style={{ display: 'grid', gap: 'calc(var(--base) * 0.25)', textDecoration: 'none', color: 'inherit' }}
            >
              <span style={{ fontSize: '2rem', fontWeight: 700 }}>{counts[index]}</span>
              <span style={{ textDecoration: 'underline' }}>{t(queue.name)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

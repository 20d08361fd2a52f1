import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { calendarDate, formatTime, formatWeekday, startOfDay, timeZoneOf, today } from '../../lib/dates'
import { OPERATOR_VISITS_TEXT } from '../../lib/i18n/admin'
import { languageFrom, wording } from '../../lib/i18n/language'
import { hasRole } from '../../lib/roles'
import { visitWorkflow } from '../../collections/Visits/workflow'
import type { Request, Visit } from '../../payload-types'
import { AdminPage } from './AdminPage'
import { VisitActions } from './VisitActions'

/** How many visits the page lists: a working fortnight, at most. */
const LIMIT = 50

type Row = Pick<Visit, 'id' | 'startsAt' | 'endsAt' | 'status' | 'checkedInAt' | 'checkedOutAt' | 'note'> & {
  request?: string | Request | null
}

/**
 * `/admin/visite`: the signed-in home-care operator's visits, today's first, each with the
 * buttons to check in and out and the note. One column, large buttons: it is used on a phone
 * at the citizen's door. Reads go through the operator's own access, which shows them only
 * the visits assigned to them.
 */
export const OperatorVisits = async (view: AdminViewServerProps) => {
  const { payload, i18n, user } = view.initPageResult.req
  // Custom views are served before Payload checks the sign-in: this page checks it itself.
  if (!user || user.collection !== 'users') redirect(`/admin/login?redirect=${encodeURIComponent('/admin/visite')}`)
  const lang = languageFrom(i18n.language)
  const t = wording(OPERATOR_VISITS_TEXT, lang)

  const city = await payload.findGlobal({ slug: 'city', depth: 0 })
  const zone = timeZoneOf(city)
  const day = today(zone)
  const operator = hasRole(user, 'ente-operator')
  const { docs } = operator
    ? await payload.find({
        collection: 'visits',
        where: { or: [{ startsAt: { greater_than_equal: startOfDay(day, zone).toISOString() } }, { status: { equals: 'in-progress' } }] },
        sort: 'startsAt',
        limit: LIMIT,
        depth: 1,
        select: { startsAt: true, endsAt: true, status: true, checkedInAt: true, checkedOutAt: true, note: true, request: true },
        populate: { requests: { beneficiary: true, address: true } },
        user,
        overrideAccess: false,
      })
    : { docs: [] as Row[] }
  const rows = docs as Row[]

  const stateLabel = (status: string) => visitWorkflow.states.find((state) => state.value === status)?.label[lang] ?? status
  // A visit still under way from an earlier day is listed with today's: it needs a check-out.
  const isDue = (row: Row) => calendarDate(row.startsAt, zone) <= day
  const groups = [
    { key: 'today', heading: t('today'), empty: t('noneToday'), rows: rows.filter(isDue) },
    { key: 'upcoming', heading: t('upcoming'), empty: t('noneUpcoming'), rows: rows.filter((row) => !isDue(row)) },
  ]

  const card = (row: Row) => {
    const request = row.request && typeof row.request === 'object' ? row.request : null
    const when = `${calendarDate(row.startsAt, zone) === day ? '' : `${formatWeekday(row.startsAt, lang, zone)}, `}${formatTime(row.startsAt, zone)}–${formatTime(row.endsAt, zone)}`
    return (
      <li
        key={row.id}
        style={{
          listStyle: 'none',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: '4px',
          padding: 'var(--base)',
          marginBottom: 'var(--base)',
        }}
      >
        <article aria-labelledby={`visit-${row.id}`}>
          <h3 id={`visit-${row.id}`} style={{ margin: '0 0 calc(var(--base) * 0.5)', fontSize: '1.25rem' }}>
            {when}
            {request?.beneficiary?.name ? ` · ${request.beneficiary.name}` : ''}
          </h3>
          <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.25rem 0.75rem', margin: '0 0 var(--base)' }}>
            {request?.address?.street && (
              <>
                <dt>{t('address')}</dt>
                <dd style={{ margin: 0 }}>{[request.address.street, request.address.postcode].filter(Boolean).join(', ')}</dd>
              </>
            )}
            <dt>{t('status')}</dt>
            <dd style={{ margin: 0 }}>
              <strong>{stateLabel(row.status)}</strong>
            </dd>
            {row.checkedInAt && (
              <>
                <dt>{t('checkedIn')}</dt>
                <dd style={{ margin: 0 }}>{formatTime(row.checkedInAt, zone)}</dd>
              </>
            )}
            {row.checkedOutAt && (
              <>
                <dt>{t('checkedOut')}</dt>
                <dd style={{ margin: 0 }}>{formatTime(row.checkedOutAt, zone)}</dd>
              </>
            )}
          </dl>
          {/* Coming visits are for reading: arrivals and notes are written on the day. */}
          {isDue(row) && <VisitActions id={row.id} status={row.status} note={row.note ?? ''} lang={lang} />}
        </article>
      </li>
    )
  }

  return (
    <AdminPage view={view} title={t('title')} maxWidth="40rem">
      {operator ? (
        <>
          <p>{t('intro')}</p>
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`visits-${group.key}`}>
              <h2 id={`visits-${group.key}`} style={{ fontSize: '1.5rem', margin: 'var(--base) 0 calc(var(--base) * 0.5)' }}>
                {group.heading}
              </h2>
              {group.rows.length === 0 ? <p>{group.empty}</p> : <ul style={{ padding: 0, margin: 0 }}>{group.rows.map(card)}</ul>}
            </section>
          ))}
        </>
      ) : (
        <p>{t('onlyOperators')}</p>
      )}
    </AdminPage>
  )
}

import type { BeforeListTableServerProps } from 'payload'

import { APPOINTMENT_STATUSES } from '../../collections/Appointments'
import { DESK_TOPICS } from '../../collections/Desks'
import { addDays, endOfDay, formatDate, formatTime, isCalendarDate, startOfDay, today } from '../../lib/dates'
import { optionLabel } from '../../lib/fields'
import { DESK_DAY_TEXT } from '../../lib/i18n/admin'
import { languageFrom, wording } from '../../lib/i18n/language'
import { relationId } from '../../lib/relations'
import { deskOf, hasRole } from '../../lib/roles'
import { loadSettings } from '../../globals/City/settings'

const cell = { padding: '0.5rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' as const }

/**
 * Above the appointments list: one desk's day, slot by slot, with who is coming and why. An
 * operator sees their own desk; a WeMi admin picks one. Each name opens the appointment, where
 * the operator records whether the person came; once the slot has begun, two buttons do it there.
 */
export const DeskDay = async ({ payload, user, searchParams, i18n }: BeforeListTableServerProps) => {
  const admin = hasRole(user, 'admin')
  const own = deskOf(user)
  if (!admin && !own) return null
  const language = languageFrom(i18n.language)
  const t = wording(DESK_DAY_TEXT, language)
  const { timeZone } = await loadSettings(payload)
  const asked = searchParams?.giorno
  const day = typeof asked === 'string' && isCalendarDate(asked) ? asked : today(timeZone)
  const access = { user, overrideAccess: false } as const

  const { docs: desks } = await payload.find({
    collection: 'desks',
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
    where: own ? { id: { equals: own } } : { active: { equals: true } },
    ...access,
  })
  const chosen = typeof searchParams?.sportello === 'string' ? searchParams.sportello : own
  const desk = desks.find((candidate) => candidate.id === chosen)
  const link = (params: { giorno?: string; sportello?: string }) => {
    const query = new URLSearchParams({ ...(desk && admin ? { sportello: desk.id } : {}), giorno: day, ...params })
    return `?${query}`
  }

  const slots = desk
    ? (
        await payload.find({
          collection: 'desk-slots',
          where: {
            and: [
              { desk: { equals: desk.id } },
              { startsAt: { greater_than_equal: startOfDay(day, timeZone).toISOString() } },
              { startsAt: { less_than_equal: endOfDay(day, timeZone).toISOString() } },
            ],
          },
          sort: 'startsAt',
          depth: 0,
          pagination: false,
          ...access,
        })
      ).docs
    : []
  const appointments = slots.length
    ? (
        await payload.find({
          collection: 'appointments',
          where: { slot: { in: slots.map((slot) => slot.id) } },
          sort: 'createdAt',
          depth: 0,
          pagination: false,
          ...access,
        })
      ).docs
    : []
  const time = (instant: string) => formatTime(instant, timeZone)

  return (
    <section aria-labelledby="desk-day-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="desk-day-title" style={{ marginBottom: 'var(--base)' }}>
        {t('title')}
        {desk ? ` — ${desk.name}, ${formatDate(startOfDay(day, timeZone), language, timeZone)}` : ''}
      </h2>
      {admin && !own && (
        <nav aria-label={t('chooseDesk')} style={{ marginBottom: 'var(--base)' }}>
          {desks.map((candidate, index) => (
            <span key={candidate.id}>
              {index > 0 && ' · '}
              <a href={link({ sportello: candidate.id })} aria-current={candidate.id === desk?.id ? 'page' : undefined}>
                {candidate.name}
              </a>
            </span>
          ))}
        </nav>
      )}
      {desk && (
        <>
          <p>
            <a href={link({ giorno: addDays(day, -1) })}>{t('dayBefore')}</a>
            {' · '}
            <a href={link({ giorno: today(timeZone) })}>{t('today')}</a>
            {' · '}
            <a href={link({ giorno: addDays(day, 1) })}>{t('dayAfter')}</a>
          </p>
          {slots.length === 0 ? (
            <p>{t('noSlots')}</p>
          ) : (
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t('time')}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t('places')}
                  </th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                    {t('whoIsComing')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {slots.map((slot) => {
                  const booked = appointments.filter((appointment) => relationId(appointment.slot) === slot.id)
                  return (
                    <tr key={slot.id}>
                      <td style={cell}>
                        {time(slot.startsAt)}–{time(slot.endsAt)}
                      </td>
                      <td style={cell}>
                        {slot.booked ?? 0}/{slot.capacity}
                      </td>
                      <td style={cell}>
                        {booked.length === 0 ? (
                          <span>{t('free')}</span>
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                            {booked.map((appointment) => (
                              <li key={appointment.id}>
                                <a href={`/admin/collections/appointments/${appointment.id}`}>{appointment.name}</a>
                                {' — '}
                                {optionLabel(DESK_TOPICS, appointment.topic, language)}
                                {' — '}
                                {optionLabel(APPOINTMENT_STATUSES, appointment.status, language)}
                                {appointment.phone ? ` — ${appointment.phone}` : ''}
                                {appointment.reason ? <div>{appointment.reason}</div> : null}
                                {appointment.status === 'booked' && new Date(slot.startsAt) <= new Date() && (
                                  <form
                                    method="post"
                                    action={`/api/appointments/${appointment.id}/outcome`}
                                    style={{ display: 'flex', gap: '0.5rem', margin: '0.25rem 0 0.5rem' }}
                                  >
                                    <input type="hidden" name="giorno" value={day} />
                                    {admin && <input type="hidden" name="sportello" value={desk.id} />}
                                    <button
                                      type="submit"
                                      name="status"
                                      value="attended"
                                      className="btn btn--style-secondary btn--size-small"
                                      style={{ margin: 0 }}
                                    >
                                      {t('attended', { name: appointment.name })}
                                    </button>
                                    <button
                                      type="submit"
                                      name="status"
                                      value="missed"
                                      className="btn btn--style-secondary btn--size-small"
                                      style={{ margin: 0 }}
                                    >
                                      {t('missed', { name: appointment.name })}
                                    </button>
                                  </form>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}

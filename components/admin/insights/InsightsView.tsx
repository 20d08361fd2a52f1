import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { loadSettings } from '../../../globals/City/settings'
import { formatDate } from '../../../lib/dates'
import { INSIGHTS_TEXT } from '../../../lib/i18n/insights'
import { type Language, languageFrom, translate, wording } from '../../../lib/i18n/language'
import { hasRole } from '../../../lib/roles'
import { FILTER_ERRORS, filtersFrom, filtersQuery, INSIGHTS_PATH } from '../../../plugins/insights/filters'
import { formatValue } from '../../../plugins/insights/format'
import { insightsPage } from '../../../plugins/insights/page'
import { INSIGHT_TABLES, type InsightTable, type InsightsFilters, type Row } from '../../../plugins/insights/report'
import { AdminPage } from '../AdminPage'
import { GroupedBars, SERIES_COLOURS, StackedRows } from './charts'

/** How many rows of a table the page shows; the CSV has them all. */
const SHOWN_ROWS = 25

const cell = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-150)' }

const numeric = (kind: string) => kind !== 'text' && kind !== 'week'

const TableSection = ({
  table,
  rows,
  filters,
  language,
}: {
  table: InsightTable
  rows: Row[]
  filters: InsightsFilters
  language: Language
}) => {
  const t = wording(INSIGHTS_TEXT, language)
  const headingId = `insights-${table.name}`
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id={headingId} style={{ fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' }}>
        {translate(table.title, language)}
      </h2>
      <p style={{ margin: '0 0 calc(var(--base) * 0.5)' }}>{translate(table.description, language)}</p>
      <p style={{ margin: '0 0 calc(var(--base) * 0.5)' }}>
        <a
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          href={`/api/insights/export?table=${table.name}&${filtersQuery(filters)}`}
          aria-label={`${t('downloadCsv')}: ${translate(table.title, language)}`}
          download
        >
          {t('downloadCsv')}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t('noRows')}</p>
      ) : (
        // A wide table scrolls on its own; keyboard users reach it to scroll it.
        <div role="region" aria-labelledby={headingId} tabIndex={0} style={{ overflowX: 'auto' }}>
          <table aria-labelledby={headingId} style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" style={{ ...cell, textAlign: numeric(column.kind) ? 'right' : 'left' }}>
                    {translate(column.label, language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row, index) => (
                <tr key={index}>
                  {table.columns.map((column) => (
                    <td key={column.key} style={{ ...cell, textAlign: numeric(column.kind) ? 'right' : 'left' }}>
                      {formatValue(row[column.key] ?? null, column.kind, language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS && <p>{t('moreRows', { shown: SHOWN_ROWS, all: rows.length })}</p>}
        </div>
      )}
    </section>
  )
}

/**
 * `/admin/analisi`: what the city's residents look for, ask for and get, for WeMi staff. Every
 * figure comes from the insights tables, filtered in SQL; each table downloads as CSV with
 * the same filters.
 */
export const InsightsView = async (view: AdminViewServerProps) => {
  const { payload, i18n, user } = view.initPageResult.req
  // Custom views are served before Payload checks the sign-in: this page checks it itself.
  if (!user || user.collection !== 'users') redirect(`/admin/login?redirect=${encodeURIComponent(INSIGHTS_PATH)}`)
  const language = languageFrom(i18n.language)
  const t = wording(INSIGHTS_TEXT, language)
  const template = (children: React.ReactNode) => (
    <AdminPage view={view} title={t('title')} id="insights" maxWidth="72rem">
      {children}
    </AdminPage>
  )
  if (!hasRole(user, 'admin')) return template(<p>{t('onlyAdmins')}</p>)

  const { timeZone } = await loadSettings(payload)
  const query = new URLSearchParams(
    Object.entries(view.searchParams ?? {}).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  )
  const parsed = filtersFrom(query, timeZone)
  const filters =
    'filters' in parsed ? parsed.filters : (filtersFrom(new URLSearchParams(), timeZone) as { filters: InsightsFilters }).filters
  const { options, refreshedAt, figures, weeks, tables } = await insightsPage(payload, user, filters, language)
  const rowsOf = (name: InsightTable['name']) => tables.find(({ table }) => table.name === name)!.rows
  const count = (value: number) => formatValue(value, 'count', language)
  const shortWeek = (week: string) =>
    new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${week}T00:00:00Z`),
    )

  const tiles = [
    {
      label: t('peopleServed'),
      value: count(figures.peopleServed),
      note: t('peopleSplit', { new: count(figures.newPeople), returning: count(figures.returningPeople) }),
    },
    {
      label: t('deliveredShared'),
      value: figures.deliveredShared === null ? t('none') : formatValue(figures.deliveredShared, 'share', language),
    },
    { label: t('jobsCreated'), value: count(figures.jobsCreated) },
    { label: t('vouchersSpent'), value: formatValue(figures.vouchersSpentCents, 'euros', language) },
    { label: t('coverage'), value: t('coverageValue', { covered: count(figures.districtsCovered), all: count(figures.districts) }) },
  ]
  const unmet = rowsOf('unmetSearches').slice(0, 10)
  // Long district names must not widen the form past a phone's screen.
  const field = { display: 'grid', gap: '0.25rem', minWidth: 0 } as const
  const input = {
    padding: '0.4rem',
    minHeight: '2.5rem',
    border: '1px solid var(--theme-elevation-400)',
    borderRadius: '4px',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
    width: '100%',
    minWidth: 0,
  }

  return template(
    <>
      <p>{t('intro')}</p>
      <form
        method="post"
        action={`/api/insights/refresh?${filtersQuery(filters)}`}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'center' }}
      >
        <p style={{ margin: 0 }}>
          {refreshedAt ? t('refreshed', { when: formatDate(refreshedAt, language, timeZone, true) }) : t('neverRefreshed')}
        </p>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          {t('refreshNow')}
        </button>
      </form>

      <form
        method="get"
        action={INSIGHTS_PATH}
        aria-labelledby="insights-filters"
        style={{ margin: 'var(--base) 0 calc(var(--base) * 2)' }}
      >
        <h2 id="insights-filters" style={{ fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' }}>
          {t('filters')}
        </h2>
        {'error' in parsed && (
          <p role="alert" style={{ color: 'var(--theme-error-600)', fontWeight: 600 }}>
            {translate(FILTER_ERRORS[parsed.error], language)}
          </p>
        )}
        <div
          style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', alignItems: 'end' }}
        >
          <div style={field}>
            <label htmlFor="insights-filter-from">{t('from')}</label>
            <input type="date" name="from" id="insights-filter-from" defaultValue={filters.from} style={input} />
          </div>
          <div style={field}>
            <label htmlFor="insights-filter-to">{t('to')}</label>
            <input type="date" name="to" id="insights-filter-to" defaultValue={filters.to} style={input} />
          </div>
          <div style={field}>
            <label htmlFor="insights-filter-district">{t('district')}</label>
            <select name="district" id="insights-filter-district" defaultValue={filters.districtId ?? ''} style={input}>
              <option value="">{t('all')}</option>
              {options.districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name}
                </option>
              ))}
            </select>
          </div>
          <div style={field}>
            <label htmlFor="insights-filter-category">{t('category')}</label>
            <select name="category" id="insights-filter-category" defaultValue={filters.categoryId ?? ''} style={input}>
              <option value="">{t('allCategories')}</option>
              {options.areas.map((area) => (
                <optgroup key={area.id} label={area.name}>
                  <option value={area.id}>{area.name}</option>
                  {area.categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div style={field}>
            <label htmlFor="insights-filter-targetGroup">{t('targetGroup')}</label>
            <select name="target-group" id="insights-filter-targetGroup" defaultValue={filters.targetGroupId ?? ''} style={input}>
              <option value="">{t('all')}</option>
              {options.targetGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }}>
            {t('apply')}
          </button>
        </div>
        {filters.targetGroupId && <p style={{ marginTop: 'calc(var(--base) * 0.5)' }}>{t('targetGroupNote')}</p>}
      </form>

      <section aria-labelledby="insights-indicators" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
        <h2 id="insights-indicators" style={{ fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' }}>
          {t('indicators')}
        </h2>
        <dl style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))', margin: 0 }}>
          {tiles.map((tile) => (
            <div key={tile.label} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', padding: 'var(--base)' }}>
              <dt>{tile.label}</dt>
              <dd style={{ margin: 0, fontSize: '1.75rem', fontWeight: 700 }}>{tile.value}</dd>
              {tile.note && <dd style={{ margin: 0 }}>{tile.note}</dd>}
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="insights-weekly" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
        <h2 id="insights-weekly" style={{ fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' }}>
          {t('weeklyChart')}
        </h2>
        {weeks.length === 0 ? (
          <p>{t('noRows')}</p>
        ) : (
          <GroupedBars
            id="insights-weekly-chart"
            title={t('weeklyChart')}
            description={t('weeklyChartDescription')}
            labels={weeks.map((week) => shortWeek(week.week))}
            formatNumber={count}
            series={[
              { name: t('searches'), values: weeks.map((week) => week.searches), colour: SERIES_COLOURS[0] },
              { name: t('needs'), values: weeks.map((week) => week.needs), colour: SERIES_COLOURS[1] },
              { name: t('requests'), values: weeks.map((week) => week.requests), colour: SERIES_COLOURS[2] },
            ]}
          />
        )}
      </section>

      {unmet.length > 0 && (
        <section aria-labelledby="insights-unmet-chart" style={{ marginBottom: 'var(--base)' }}>
          <h2 id="insights-unmet-chart" style={{ fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' }}>
            {t('unmetChart')}
          </h2>
          <StackedRows
            id="insights-unmet-bars"
            title={t('unmetChart')}
            description={translate(INSIGHT_TABLES.find((table) => table.name === 'unmetSearches')!.description, language)}
            rows={unmet.map((row) => ({
              label: `${row.terms} · ${row.district}`,
              values: [Number(row.searchesEmpty), Number(row.searchesFew)],
            }))}
            parts={INSIGHT_TABLES.find((table) => table.name === 'unmetSearches')!
              .columns.filter((column) => column.key === 'searchesEmpty' || column.key === 'searchesFew')
              .map((column, index) => ({ name: translate(column.label, language), colour: SERIES_COLOURS[index]! }))}
          />
        </section>
      )}

      {tables.map(({ table, rows }) => (
        <TableSection key={table.name} table={table} rows={rows} filters={filters} language={language} />
      ))}
    </>,
  )
}

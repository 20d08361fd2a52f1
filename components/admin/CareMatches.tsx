'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { CARE_MATCHES_TEXT } from '../../lib/i18n/admin'
import { languageFrom, wording } from '../../lib/i18n/language'
import type { RankedWorker } from '../../plugins/care-work/matches'
import { postAction, useDocumentReload } from './ActionForm'

const TABLE = { borderCollapse: 'collapse' as const, width: '100%', textAlign: 'left' as const, verticalAlign: 'top' as const }
const CELLS = `.care-matches th, .care-matches td { padding: calc(var(--base) / 2); border-bottom: 1px solid var(--theme-elevation-150); vertical-align: top; }
.care-matches th { color: var(--theme-text); font-weight: 600; }
.care-matches ul { margin: 0; padding-left: 1.2em; }`

/**
 * The suitable workers for a family's request, ranked, each with the reasons of its score and a
 * button that proposes her; the server decides (filters, five at most) and says why when it refuses.
 */
export const CareMatches = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = languageFrom(i18n.language)
  const t = wording(CARE_MATCHES_TEXT, lang)
  const [matches, setMatches] = useState<RankedWorker[] | null>(null)
  const [notice, setNotice] = useState('')
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)
  const reloadDocument = useDocumentReload('care-requests', lang)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/care-requests/${id}/matches`, { credentials: 'include', headers: { 'accept-language': lang } })
    setMatches(response.ok ? ((await response.json()) as { matches: RankedWorker[] }).matches : [])
  }, [id, lang])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return null
  if (matches === null) return <p>{t('loading')}</p>

  const propose = async (match: RankedWorker) => {
    setBusy(true)
    setFailure('')
    setNotice('')
    const outcome = await postAction('/api/care-proposals', { careRequest: id, application: match.application }, t('failed'))
    setBusy(false)
    if (!outcome.ok) {
      setFailure(Object.values(outcome.fields)[0] ?? outcome.message)
      return
    }
    setNotice(t('done', { name: match.name }))
    await Promise.all([load(), reloadDocument()])
  }

  return (
    <section aria-labelledby="care-matches-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <style>{CELLS}</style>
      <h2 id="care-matches-title">{t('title')}</h2>
      <p>{t('explained')}</p>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {failure && (
        <p role="alert" style={{ color: 'var(--theme-error-750)' }}>
          {failure}
        </p>
      )}
      {matches.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="care-matches" style={TABLE}>
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              <th scope="col">{t('worker')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('reasons')}</th>
              <th scope="col">{t('proposed')}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((match, index) => (
              <tr key={match.application}>
                <td>{index + 1}</td>
                <td>
                  <a href={`/admin/collections/worker-applications/${match.application}`}>{match.name}</a>
                  <br />
                  {match.reference}
                </td>
                <td>{match.score}</td>
                <td>
                  <ul>
                    {match.reasonTexts.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {match.proposed ? (
                    t('proposed')
                  ) : (
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      disabled={busy}
                      aria-label={`${t('propose')}: ${match.name}`}
                      onClick={() => void propose(match)}
                    >
                      {t('propose')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

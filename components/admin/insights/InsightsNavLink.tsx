import type { ServerProps } from 'payload'

import { INSIGHTS_TEXT } from '../../../lib/i18n/insights'
import { languageFrom, translate } from '../../../lib/i18n/language'
import { hasRole } from '../../../lib/roles'
import { INSIGHTS_PATH } from '../../../plugins/insights/filters'

/** WeMi staff find the insights page at the top of the menu, above the records it is made from. */
export const InsightsNavLink = ({ user, i18n }: ServerProps) => {
  if (!hasRole(user, 'admin')) return null
  return (
    <a className="nav__link" href={INSIGHTS_PATH} id="nav-insights">
      <span className="nav__link-label">{translate(INSIGHTS_TEXT.navLink, languageFrom(i18n.language))}</span>
    </a>
  )
}

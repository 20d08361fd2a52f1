import type { ServerProps } from 'payload'

import { OPERATOR_VISITS_TEXT } from '../../lib/i18n/admin'
import { languageFrom, translate } from '../../lib/i18n/language'
import { hasRole } from '../../lib/roles'

/** Home-care operators find their visits first in the menu; their ente reads the full log in the list. */
export const VisitsNavLink = ({ user, i18n }: ServerProps) => {
  if (!hasRole(user, 'ente-operator')) return null
  return (
    <a className="nav__link" href="/admin/visite" id="nav-operator-visits">
      <span className="nav__link-label">{translate(OPERATOR_VISITS_TEXT.title, languageFrom(i18n.language))}</span>
    </a>
  )
}

import type { ServerProps } from 'payload'

import { hasRole } from '../../lib/roles'

/** Home-care operators find their visits first in the menu; their ente reads the full log in the list. */
export const VisitsNavLink = ({ user, i18n }: ServerProps) => {
  if (!hasRole(user, 'ente-operator')) return null
  return (
    <a className="nav__link" href="/admin/visite" id="nav-operator-visits">
      <span className="nav__link-label">{i18n.language === 'en' ? 'My visits' : 'Le mie visite'}</span>
    </a>
  )
}

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * A page of our own in the admin panel, inside Payload's frame (menu, header), with its
 * heading: the custom views share it so that they look and behave as the panel's own.
 */
export const AdminPage = ({
  view: { initPageResult, params, searchParams },
  title,
  id,
  maxWidth,
  children,
}: {
  view: AdminViewServerProps
  title: string
  id?: string
  maxWidth: string
  children: ReactNode
}) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter>
        <div id={id} style={{ maxWidth, paddingBottom: 'calc(var(--base) * 2)' }}>
          <h1 style={{ margin: 'var(--base) 0 calc(var(--base) * 0.5)' }}>{title}</h1>
          {children}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

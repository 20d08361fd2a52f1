import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { TodayQueues } from '../../components/admin/TodayQueues'
import type { Actor } from './fixtures'

export type Tile = { figure: string; label: string; href?: string }

/** The dashboard's "to do today" block as the person sees it: each tile's figure, words and link (when it has one). */
export const dashboardTiles = async (payload: Payload, actor: Actor, language = 'it'): Promise<Tile[] | null> => {
  const element = await TodayQueues({ payload, user: actor.user, i18n: { language } } as never)
  if (!element) return null
  const html = renderToStaticMarkup(element)
  return [
    ...html.matchAll(
      /<li[^>]*>(?:<a href="([^"]+)"[^>]*>|<div[^>]*>)<span[^>]*>((?:[^<]|<span[^>]*>[^<]*<\/span>)+)<\/span><span[^>]*>([^<]+)<\/span><\/(?:a|div)><\/li>/g,
    ),
  ].map(([, href, figure, label]) => ({
    // The figure's parts are wrapped so that a narrow tile breaks it only between them.
    figure: figure!.replace(/<[^>]+>/g, ''),
    label: label!,
    ...(href ? { href: href.replace(/&amp;/g, '&') } : {}),
  }))
}

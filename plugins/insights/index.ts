import type { Config, Plugin, TaskConfig } from 'payload'

import { exportInsights, refreshNow } from './endpoints'
import { refreshInsights } from './refresh'

export const REFRESH_INSIGHTS_TASK = 'refresh-insights'

/** Every quarter of an hour: Monday's reading is at most fifteen minutes behind the records. */
export const refreshInsightsTask: TaskConfig<{ input: Record<string, never>; output: { durationMs: number } }> = {
  slug: REFRESH_INSIGHTS_TASK,
  schedule: [{ cron: '0 */15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'durationMs', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { durationMs: (await refreshInsights(req.payload)) ?? 0 } }),
}

/**
 * What the city's people ask for and what becomes of it: aggregate tables rebuilt by a job,
 * read by WeMi staff on the admin's insights page and exported as CSV.
 */
export const insightsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), refreshInsightsTask] },
    endpoints: [
      ...(config.endpoints ?? []),
      { path: '/insights/export', method: 'get', handler: exportInsights },
      { path: '/insights/refresh', method: 'post', handler: refreshNow },
    ],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeNavLinks: [...(config.admin?.components?.beforeNavLinks ?? []), '/components/admin/insights/InsightsNavLink#InsightsNavLink'],
        views: {
          ...config.admin?.components?.views,
          insights: { Component: '/components/admin/insights/InsightsView#InsightsView', path: '/analisi', exact: true },
        },
      },
    },
  })

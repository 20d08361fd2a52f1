import type { Config, Plugin } from 'payload'

import { refuseMalformedInput } from './guard'

/** Malformed filters, pages and text are refused with a clear 400 in every collection (guard.ts). */
export const inputSafetyPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [refuseMalformedInput, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })

import {
  type Access,
  type Config,
  Forbidden,
  type Payload,
  type PayloadHandler,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
} from 'payload'

import { mayOpenAdmin } from '../access/mayOpenAdmin'
import { hasRole } from '../lib/roles'

const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

const wemiAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

const configOf = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config

/** Payload's own rule, and the caller is staff. */
const staffAnd =
  (rule: Access | undefined): Access =>
  (args) =>
    mayOpenAdmin(args) && (rule ? rule(args) : true)

const staffOnlyHandler =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    if (!mayOpenAdmin({ req })) throw new Forbidden(req.t)
    return handler(req)
  }

/**
 * Document locks and interface preferences belong to the admin panel, which only staff open;
 * by default Payload lets anyone signed in use them, citizens included (a citizen could lock a
 * service so that WeMi's save is refused). Payload adds both collections after the plugins
 * have run, so their rules are set once Payload has started. The job queue is run and fed by
 * the server and WeMi admins only.
 */
export const systemCollectionsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    jobs: { ...config.jobs, access: { run: wemiAdmin, queue: wemiAdmin, cancel: wemiAdmin } },
    onInit: async (payload) => {
      const locks = configOf(payload, LOCKS)
      if (locks) locks.access = { ...locks.access, read: mayOpenAdmin, create: mayOpenAdmin, update: mayOpenAdmin, delete: mayOpenAdmin }
      const preferences = configOf(payload, PREFERENCES)
      if (preferences) {
        const { access } = preferences
        preferences.access = {
          ...access,
          read: staffAnd(access.read),
          create: staffAnd(undefined),
          update: staffAnd(access.update),
          delete: staffAnd(access.delete),
        }
        preferences.endpoints = (preferences.endpoints || []).map((endpoint) => ({
          ...endpoint,
          handler: staffOnlyHandler(endpoint.handler),
        }))
      }
      await config.onInit?.(payload)
    },
  })

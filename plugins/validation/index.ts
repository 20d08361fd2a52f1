import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { addHooks } from '../hooks'
import { workflowEndpoint } from './actions'
import { announceDecision, sendDecisionEmail } from './decision-email'

type ValidatedCollection = 'services' | 'organisations'

/** The buttons in the sidebar of the admin's edit view. */
const actionsField = (collection: ValidatedCollection): Field => ({
  name: 'workflowActions',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/components/admin/WorkflowActions#WorkflowActions', clientProps: { collection } } },
  },
})

const withActions = (collection: CollectionConfig & { slug: ValidatedCollection }): CollectionConfig => ({
  ...collection,
  fields: [actionsField(collection.slug), ...collection.fields],
  endpoints: [...(Array.isArray(collection.endpoints) ? collection.endpoints : []), workflowEndpoint(collection.slug)],
})

const isValidated = (collection: CollectionConfig): collection is CollectionConfig & { slug: ValidatedCollection } =>
  collection.slug === 'services' || collection.slug === 'organisations'

/**
 * The validation of what enti send to WeMi, as explicit actions: buttons in the admin's edit
 * view of services and organisations and the endpoint they call, and the e-mail that tells the
 * ente WeMi's decision.
 */
export const validationPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, {
      services: { afterChange: [announceDecision('services')] },
      organisations: { afterChange: [announceDecision('organisations')] },
    }).map((collection) => (isValidated(collection) ? withActions(collection) : collection)),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendDecisionEmail] },
  })

import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { createPayloadRequest, type SanitizedConfig } from 'payload'

/** A GraphQL error as Payload's route formats it: its name, data (validation errors) and status. */
const format = (error: GraphQLError) => {
  const original = error.originalError as { name?: string; data?: unknown; status?: number } | undefined
  return {
    message: error.message,
    path: error.path,
    extensions: { name: original?.name, data: original?.data, statusCode: original?.status ?? 500 },
  }
}

/**
 * Payload's GraphQL endpoint (`POST /api/graphql`) as the admin's Next.js route serves it, for
 * tests that call the API without a network hop: same schema, same request (user, language).
 */
export const graphqlHandler = (config: SanitizedConfig, payloadInstanceCacheKey: string) => {
  const { schema, validationRules } = configToSchema(config)
  return async (request: Request): Promise<Response> => {
    const req = await createPayloadRequest({ canSetHeaders: true, config, request: request.clone(), payloadInstanceCacheKey })
    return createHandler({
      schema,
      context: { headers: {}, req },
      validationRules: (_request, args, rules) => [...rules, ...validationRules(args)],
      onOperation: (_request, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) as never } : result),
    })(request)
  }
}

import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { readingOwnWrites } from '../../../../lib/read-replicas'

export const POST = readingOwnWrites(GRAPHQL_POST(config), () => getPayload({ config }))
export const OPTIONS = REST_OPTIONS(config)

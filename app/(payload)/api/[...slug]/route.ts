import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { readingOwnWrites } from '../../../../lib/read-replicas'

const payload = () => getPayload({ config })

export const GET = readingOwnWrites(REST_GET(config), payload)
export const POST = readingOwnWrites(REST_POST(config), payload)
export const DELETE = readingOwnWrites(REST_DELETE(config), payload)
export const PATCH = readingOwnWrites(REST_PATCH(config), payload)
export const PUT = readingOwnWrites(REST_PUT(config), payload)
export const OPTIONS = REST_OPTIONS(config)

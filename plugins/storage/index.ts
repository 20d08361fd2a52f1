import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin, UploadCollectionSlug } from 'payload'

/** Every collection that keeps uploaded files: each has a folder of its own in the bucket. */
const UPLOAD_COLLECTIONS = [
  'media',
  'thread-files',
  'worker-documents',
  'organisation-documents',
  'voucher-imports',
] as const satisfies readonly UploadCollectionSlug[]

/**
 * Uploaded files in an S3-compatible bucket (AWS S3, MinIO, Ceph, a regional cloud) when
 * S3_BUCKET is set: every app process, on whichever machine, finds every file, and DATA_DIR
 * keeps none. Files are still served through Payload's file routes, so each collection's read
 * access applies to them as before (an ente's documents, a conversation's attachments) and the
 * bucket itself stays private. Without S3_BUCKET files stay in DATA_DIR. The plugin's fields
 * are in the schema either way, so that one set of migrations fits both.
 */
export const uploadStoragePlugin = (): Plugin => {
  const bucket = process.env.S3_BUCKET
  const endpoint = process.env.S3_ENDPOINT || undefined
  const accessKeyId = process.env.S3_ACCESS_KEY_ID
  const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: slug }])),
    config: {
      endpoint,
      region: process.env.S3_REGION || 'us-east-1',
      // Servers other than AWS's name the bucket in the path, not in the host name.
      forcePathStyle: Boolean(endpoint),
      // Without keys, the SDK finds them as AWS's tools do (environment, instance role).
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // Checksums only where S3 requires them: not every S3-compatible server reads the ones
      // the SDK now adds to every upload.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}

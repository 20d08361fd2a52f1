import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js hosts Payload's admin panel and its REST and GraphQL API; the site is Astro's. */
const nextConfig = {
  // Types are checked once, by `npm run typecheck`, for the whole project.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// The site is served by the app's one-origin server (server/start.ts) as middleware.
export default defineConfig({
  output: 'server',
  // Pages are rendered whole before they are sent, so that a view can still set the status
  // (404) and caching headers, and the middleware can tag the page for revalidation.
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  telemetry: false,
  // Every script and asset is its own file: the site's policy allows no inline script or data: URL.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
})

import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// The site is served by the app's one-origin server (server/start.ts) as middleware.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  telemetry: false,
  devToolbar: { enabled: false },
})

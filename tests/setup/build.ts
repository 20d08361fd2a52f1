import { buildIfNeeded } from '../../server/build'

/**
 * The end-to-end tests run the app the way `npm start` does; building it once here keeps
 * their servers from building it at the same time.
 */
export default async function setup() {
  await buildIfNeeded({ log: (line) => console.log(`e2e: ${line}`) })
}

import { buildIfNeeded } from '../../server/build'
import { prepareSeededFolder } from '../helpers/seeded-folder'

/**
 * The end-to-end tests run the app the way `npm start` does; building it once here keeps
 * their servers from building it at the same time, and seeding the demo city once here spares
 * each of them its own seed.
 */
export default async function setup() {
  const log = (line: string) => console.log(`e2e: ${line}`)
  await Promise.all([buildIfNeeded({ log }), prepareSeededFolder(log)])
}

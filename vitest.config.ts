import { defineConfig } from 'vitest/config'

// Tests never read .env; they run with settings of their own, set before anything loads.
const testEnvironment = {
  PAYLOAD_SECRET: 'wemi-test-secret-not-for-production',
  NODE_ENV: 'test' as const,
  MEDIA_DIR: '.data/test-media',
  PRIVATE_FILES_DIR: '.data/test-private-files',
  WORKER_FILES_DIR: '.data/test-worker-files',
  EMAIL_OUTBOX_DIR: '.data/test-outbox',
  LOG_LEVEL: 'silent',
}
Object.assign(process.env, testEnvironment)

export default defineConfig({
  test: {
    env: testEnvironment,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      'tests/site/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
          globalSetup: ['tests/setup/database.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          // A page's first answer to a form, on a busy two-core machine, can take seconds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})

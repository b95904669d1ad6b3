/**
 * Browser tests: drive the built portal (served by the built server) in Debian's Chromium.
 * Run after `npm run build:server && npm run build -w web`.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/e2e/tsconfig.json' }],
  },
  // Booting the server includes initialising a fresh embedded PostgreSQL, migrating and seeding it.
  testTimeout: 60000,
};

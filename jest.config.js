/** `npm test`: unit tests beside the code (server and portal), integration tests on a real PostgreSQL. */
const tsJest = ['ts-jest', { tsconfig: 'server/tsconfig.json', isolatedModules: true }];

module.exports = {
  // Integration tests boot the app on a real PostgreSQL.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/server/src', '<rootDir>/seeds'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      // The portal's pure helpers (parsing, paths, summaries); its pages are covered in the browser (test/e2e).
      displayName: 'web',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/web/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'web/tsconfig.spec.json' }] },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.int-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['<rootDir>/test/integration/support/reset-graphql-metadata.ts'],
      globalSetup: '<rootDir>/test/integration/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/support/global-teardown.ts',
    },
  ],
};

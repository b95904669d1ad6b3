/**
 * `npm run test:faults`: the built server (`npm run build:server`) run as an operator runs it, on its
 * own embedded PostgreSQL, then killed, its database killed under it, and stopped by signal.
 */
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'server/tsconfig.json', isolatedModules: true }] },
  // Each step starts a real server; a fresh cluster is created and migrated once per file.
  testTimeout: 120000,
  maxWorkers: 1,
};

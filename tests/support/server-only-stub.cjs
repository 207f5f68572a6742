/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, run by node --require */
// Lets a plain Node process (the mail worker of tests/notifications.test.ts) load lib/ modules that
// import 'server-only', as vitest does with its alias.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'server-only') return require.resolve('./empty-module.ts');
  return resolve.call(this, request, ...rest);
};

// Unit and integration tests (supertest, real SQLite or Postgres, loopback SMTP).
// Browser tests live in test/e2e and run with .mocharc.browser.cjs.
module.exports = {
  'node-option': ['import=tsx'],
  require: ['test/support/hooks.ts'],
  spec: ['test/**/*.test.ts'],
  ignore: ['test/e2e/**', 'test/bench/**'],
  timeout: 20000,
  exit: true,
};

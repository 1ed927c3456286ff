// Unit and integration tests (supertest, real SQLite or Postgres, loopback SMTP).
// Browser tests live in test/e2e and run with .mocharc.browser.cjs.

// Mocha adds files named on the command line to the configured spec, so `npx mocha test/x.test.ts`
// would run the whole suite as well: named files replace the default spec.
const named = process.argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));

// A committed `.only` always fails; a skipped (pending) test fails in CI (.ci/run sets CI=true), while a
// local run without Chromium or poppler still skips those tests with a `SKIPPED (local)` line.
const ci = process.env.CI === 'true';

module.exports = {
  'node-option': ['import=tsx'],
  require: ['test/support/hooks.ts'],
  spec: named ? [] : ['test/**/*.test.ts'],
  ignore: ['test/e2e/**', 'test/bench/**'],
  timeout: 20000,
  exit: true,
  'forbid-only': true,
  'forbid-pending': ci,
};

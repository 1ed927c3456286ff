// Browser tests: Playwright (playwright-core) driving Debian's Chromium with axe-core.

// Files named on the command line replace the default spec (mocha would otherwise run both).
const named = process.argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));

// A committed `.only` always fails; a skipped (pending) test fails in CI (.ci/run sets CI=true), while a
// local run without Chromium or poppler still skips those tests with a `SKIPPED (local)` line.
const ci = process.env.CI === 'true';

module.exports = {
  'node-option': ['import=tsx'],
  require: ['test/support/hooks.ts'],
  spec: named ? [] : ['test/e2e/**/*.test.ts'],
  timeout: 60000,
  exit: true,
  'forbid-only': true,
  'forbid-pending': ci,
};

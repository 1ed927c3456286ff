// Browser tests: Playwright (playwright-core) driving Debian's Chromium with axe-core.

// Files named on the command line replace the default spec (mocha would otherwise run both).
const named = process.argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));

module.exports = {
  'node-option': ['import=tsx'],
  spec: named ? [] : ['test/e2e/**/*.test.ts'],
  timeout: 60000,
  exit: true,
};

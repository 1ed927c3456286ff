// Browser tests: Playwright (playwright-core) driving Debian's Chromium with axe-core.
module.exports = {
  'node-option': ['import=tsx'],
  spec: ['test/e2e/**/*.test.ts'],
  timeout: 60000,
  exit: true,
};

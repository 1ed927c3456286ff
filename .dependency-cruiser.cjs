/**
 * Layer rules (docs/ARCHITECTURE.md, "Layers and allowed imports").
 * Type-only imports are allowed across layers; value imports are not.
 * `npm test` runs this check (test/architecture/layers.test.ts).
 */
const valueOnly = { dependencyTypesNot: ['type-only'] };
const layer = (from, to, comment) => ({
  name: `${from.name}-not-to-${to.name}`,
  comment,
  severity: 'error',
  from: { path: from.path },
  to: { path: to.path, ...valueOnly },
});
const L = {
  domain: { name: 'domain', path: '^server/domain/' },
  db: { name: 'db', path: '^db/' },
  server: { name: 'server-outside-domain', path: '^server/(?!domain/)' },
  services: { name: 'services', path: '^server/services/' },
  presenters: { name: 'presenters', path: '^server/presenters/' },
  inputs: { name: 'inputs', path: '^server/inputs/' },
  http: { name: 'http', path: '^server/(http|routes)/' },
  emails: { name: 'emails', path: '^server/emails/' },
  scripts: { name: 'scripts', path: '^scripts/' },
};
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'server/domain is pure: it imports nothing else from the project',
      severity: 'error',
      from: { path: '^server/domain/' },
      to: { path: '^(server/(?!domain/)|db/|scripts/)', ...valueOnly },
    },
    layer(L.db, L.server, 'db/ is a data layer: from server/ only server/domain (pure types and values)'),
    layer(L.db, L.scripts, 'db/ does not know the scripts'),
    layer(L.services, L.presenters, 'services compute; presenters only format'),
    layer(L.services, L.inputs, 'services take parsed values, not forms'),
    layer(L.services, L.http, 'services know nothing of express'),
    layer(L.presenters, L.db, 'presenters get rows, they do not query'),
    layer(L.presenters, L.services, 'presenters only format'),
    layer(L.presenters, L.http, 'presenters know nothing of express'),
    layer(L.inputs, L.services, 'inputs parse; they do not act'),
    layer(L.inputs, L.db, 'inputs parse; they do not query'),
    layer(L.emails, L.presenters, 'e-mails are built from domain values'),
    layer(L.emails, L.db, 'e-mails do not query'),
    {
      name: 'runtime-not-to-scripts',
      comment: 'the running server never links the demo seed or the CLI statically',
      severity: 'error',
      from: { path: '^(server|db)/' },
      to: { path: '^scripts/', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    // The one allowed exception: server/main.ts loads the demo seed with `await import(…)`, only when an empty
    // development database gets the demo (server/prepare-database.ts). Every other dynamic import is forbidden.
    {
      name: 'runtime-not-to-scripts',
      comment: 'only server/main.ts may load scripts/ at run time, and only the demo seed, dynamically',
      severity: 'error',
      from: { path: '^(server|db)/', pathNot: '^server/main\\.ts$' },
      to: { path: '^scripts/', dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'runtime-not-to-scripts',
      comment: 'only server/main.ts may load scripts/ at run time, and only the demo seed, dynamically',
      severity: 'error',
      from: { path: '^server/main\\.ts$' },
      to: { path: '^scripts/', pathNot: '^scripts/seed/demo/index\\.ts$', dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(server|db|scripts)/' },
      to: { circular: true, ...valueOnly },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|dist|test)/' },
  },
};

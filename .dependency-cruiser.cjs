/**
 * The pipeline's layers (README, "How it works"): input → gather → checks → explain → render, data one way.
 * `npm test` runs this first; a wrong-way import fails the build. The engine's own layers (core, input, rpc,
 * diagnose, explain) run unchanged in a Worker, in Node and in the CLI, so they import no runtime.
 */
const engine = '^src/(core|input|rpc|diagnose|explain)/'
const layer = (name, from, to, comment) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } })

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'An import circle hides which module owns what.', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'engine-runs-anywhere',
      comment: 'The engine runs in a Worker as well as in Node: no Node built-ins, no server or protocol libraries.',
      severity: 'error',
      from: { path: engine },
      to: { dependencyTypes: ['core'] },
    },
    layer('engine-no-runtime-libraries', engine, '^node_modules/(hono|@hono|undici|@modelcontextprotocol)/', 'Runtimes and protocols are adapters around the engine.'),
    layer('core-is-the-base', '^src/core/', '^src/(input|rpc|diagnose|explain|http|cli|mcp|store)/|^src/(engine|node|worker|usage)\\.ts$', 'Types, codes and errors import nothing of the pipeline.'),
    layer('input-knows-no-nodes', '^src/input/', '^src/(rpc|diagnose|explain|http|cli|mcp|store)/', 'Classifying text needs no node and no words.'),
    layer('rpc-knows-no-diagnosis', '^src/rpc/', '^src/(input|diagnose|explain|http|cli|mcp|store)/', 'Talking to nodes knows nothing of what the answers mean.'),
    layer('diagnose-writes-no-words', '^src/diagnose/', '^src/(explain|http|cli|mcp)/', 'Gathering and checks give codes and facts; the catalog alone writes words.'),
    layer('explain-does-no-io', '^src/explain/', '^src/(rpc|diagnose|input|http|cli|mcp|store)/', 'Words come from findings, never from a node.'),
    layer('channels-stay-apart', '^src/(http|mcp)/', '^src/cli/', 'The CLI is one channel; the others do not borrow from it.'),
    {
      name: 'cli-apart',
      comment: 'The CLI starts the server and the stdio MCP server through their entry points, and borrows nothing else.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(http|mcp)/', pathNot: '^src/mcp/stdio\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|test|bench|scripts)/' },
  },
}

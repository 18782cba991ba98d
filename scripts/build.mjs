// Bundles the CLI into one ES module so `txdoctor` starts without a TypeScript compiler or module resolution.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunk names carry content hashes: without a clean slate, every build would leave the last one's behind.
rmSync('dist', { recursive: true, force: true })

const result = await build({
  entryPoints: ['src/cli/bin.ts'],
  outdir: 'dist',
  entryNames: 'cli',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  metafile: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: 'warning',
})
if (process.env.TXDOCTOR_BUILD_REPORT) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile, { verbose: false }))
}
const { chmodSync } = await import('node:fs')
chmodSync('dist/cli.js', 0o755)

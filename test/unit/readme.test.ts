import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { codeReferenceMarkdown } from '../../src/explain/reference.js'
import packageJson from '../../package.json' with { type: 'json' }

const readme = readFileSync('README.md', 'utf8')

test('the README lists every finding code, as the catalog words them (npm run docs)', () => {
  expect(readme).toContain(`<!-- codes:start -->\n${codeReferenceMarkdown()}\n<!-- codes:end -->`)
})

test('the README quickstart is the two commands a newcomer runs, and they exist', () => {
  expect(readme).toContain('npm ci && npm run demo')
  expect(readme).toMatch(/^npm test\b/m)
  expect(packageJson.scripts).toHaveProperty('demo')
  expect(packageJson.scripts).toHaveProperty('test')
})

test('every configuration name the README documents is one the code reads', () => {
  const source = ['src/config/config.ts', 'src/cli/main.ts', 'src/worker.ts'].map((f) => readFileSync(f, 'utf8')).join('\n')
  for (const name of readme.match(/TXDOCTOR_[A-Z_]+(?=`| )/g) ?? []) if (!name.endsWith('_')) expect(source, name).toContain(name)
})

/**
 * npm run docs: regenerates what comes from code — the Worker's prebuilt OpenAPI parts, the README's finding-code
 * reference, and each
 * example answer, taken from the demo's own situations (scripts/situations.ts) on a fresh lab, so the README shows
 * exactly what `npm run demo` shows. An example is written in the README as
 *   <!-- example: <situation-key> <novice|expert> <en|zh-CN> [lines=N] -->   (lines=N keeps the first N lines, then …)
 *   ```console
 *   …regenerated…
 *   ```
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../src/cli/main.js'
import { codeReferenceMarkdown } from '../src/explain/reference.js'
import { openApiPartsSource } from './openapi-parts.js'
import { startLab } from '../test/harness/lab.js'
import { labEnv, seedSituations, startDemoTron } from './situations.js'

const readme = readFileSync('README.md', 'utf8')
let updated = readme.replace(/<!-- codes:start -->\n[\s\S]*?<!-- codes:end -->/, () => `<!-- codes:start -->\n${codeReferenceMarkdown()}\n<!-- codes:end -->`)

const examplePattern = /<!-- example: (\S+) (novice|expert) (en|zh-CN)(?: lines=(\d+))? -->\n```console\n[\s\S]*?\n```/g
const wanted = [...updated.matchAll(examplePattern)]
if (wanted.length) {
  const [lab, tron] = await Promise.all([startLab({ timeoutMs: 10_000 }), startDemoTron()])
  try {
    const situations = new Map((await seedSituations(lab)).map((s) => [s.key, s]))
    const env = { ...labEnv(lab, tron), TXDOCTOR_STORE: join(mkdtempSync(join(tmpdir(), 'txdoctor-docs-')), 'pending.json'), COLUMNS: '100' }
    const rendered = new Map<string, string>()
    for (const [block, key, level, lang, lines] of wanted) {
      const s = situations.get(key!)
      if (!s) throw new Error(`README example names an unknown situation: ${key} (see scripts/situations.ts)`)
      const args = s.args?.[0] === 'approvals' ? ['approvals', s.input] : [s.input, ...(s.args ?? [])]
      const shown = [...args, ...(level === 'expert' ? ['--level', 'expert'] : []), ...(lang === 'zh-CN' ? ['--lang', 'zh-CN'] : [])]
      let out = ''
      await runCli([...shown, '--level', level!, '--lang', lang!, '--no-color'], { stdout: (t) => (out += t), stderr: () => {}, env, isTTY: false })
      const text = out.trimEnd().split('\n')
      const kept = lines && text.length > Number(lines) ? [...text.slice(0, Number(lines)), '…'] : text
      rendered.set(block, `<!-- example: ${key} ${level} ${lang}${lines ? ` lines=${lines}` : ''} -->\n\`\`\`console\n$ npx txdoctor ${shown.join(' ')}\n${kept.join('\n')}\n\`\`\``)
    }
    updated = updated.replace(examplePattern, (block) => rendered.get(block) ?? block)
  } finally {
    await Promise.all([lab.stop(), tron.close()])
  }
}
writeFileSync('README.md', updated)
// The Worker's prebuilt OpenAPI parts (src/worker-openapi.ts), from the same routes.
writeFileSync('src/http/openapi-parts.ts', openApiPartsSource())
console.log(updated === readme ? 'README.md already current' : `README.md updated (${wanted.length} examples)`)

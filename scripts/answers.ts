/**
 * npm run answers: every demo situation's answer as a person reads it, novice and expert, English and Chinese,
 * through the CLI's own renderer. For reading answers against ../shared/ANSWERS.md after changing words.
 * `npm run answers -- --json` prints the answer objects instead; `-- poisoning nonce-gap` limits the situations.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../src/cli/main.js'
import { startLab } from '../test/harness/lab.js'
import { labEnv, seedSituations, startDemoTron } from './situations.js'

const json = process.argv.includes('--json')
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const [lab, tron] = await Promise.all([startLab({ timeoutMs: 10_000 }), startDemoTron()])
try {
  const situations = (await seedSituations(lab)).filter((s) => only.length === 0 || only.includes(s.key))
  const env = { ...labEnv(lab, tron), TXDOCTOR_STORE: join(mkdtempSync(join(tmpdir(), 'txdoctor-answers-')), 'pending.json'), COLUMNS: '100' }
  for (const s of situations) {
    const views = [['novice', 'en'], ['expert', 'en'], ['novice', 'zh-CN'], ['expert', 'zh-CN'], ['handoff', 'en'], ['handoff', 'zh-CN']] as const
    for (const [level, lang] of json ? views.slice(0, 4) : views) {
      const view = level === 'handoff' ? ['--handoff'] : ['--level', level]
      const argv = [...(s.args?.[0] === 'approvals' ? ['approvals', s.input] : [s.input, ...(s.args ?? [])]), ...view, '--lang', lang, '--no-color', ...(json ? ['--json'] : [])]
      let out = ''
      const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (out += t), env, isTTY: false })
      console.log(`\n=== ${s.key} · ${level} · ${lang}${code ? ` · exit ${code}` : ''} — ${s.label}\n$ txdoctor ${argv.join(' ')}\n${out}`)
    }
  }
} finally {
  await Promise.all([lab.stop(), tron.close()])
}

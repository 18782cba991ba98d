import { expect, test } from 'vitest'
import { freePort } from '../harness/anvil.js'
import { startProcess } from '../helpers/processes.js'

/** The README's first command ends in `npm run demo`: it must seed, serve, print working links, and stop on Ctrl-C. */
test('npm run demo seeds the situations, serves the web form, and stops on Ctrl-C', async () => {
  const port = await freePort()
  const demo = await startProcess(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/demo.ts'], { env: { PORT: String(port) }, ready: /Press Ctrl-C to stop everything/, timeoutMs: 90_000 })
  try {
    const links = [...demo.output().matchAll(/http:\/\/127\.0\.0\.1:\d+\/\?q=\S+/g)].map((m) => m[0])
    expect(links.length).toBeGreaterThanOrEqual(12)
    const pages = await Promise.all(links.slice(0, 4).map(async (link) => (await fetch(link)).text()))
    expect(pages[0]).toContain('The transfer went through.')
    expect(pages[1]).toContain('The swap was stopped: it would have given you less than your minimum')
    expect(demo.output()).toMatch(/npx txdoctor 0x[0-9a-f]{64} --chain 31337/)
    // TRON, from the recorded replies the demo's local TRON node serves: the failed USDT send and the account others control.
    const tronLink = (label: string) => new RegExp(`# ${label}[^\\n]*\\n\\s+(http://\\S+)`).exec(demo.output())?.[1]
    const outOfEnergy = await (await fetch(tronLink('TRON: a USDT transfer that failed, out of energy')!)).text()
    expect(outOfEnergy).toContain('TX_FAILED_OUT_OF_ENERGY')
    const otherKeys = await (await fetch(tronLink('TRON: an account that other keys can control')!)).text()
    expect(otherKeys).toContain('ADDRESS_PERMISSION_OTHER_KEYS')
  } finally {
    demo.child.kill('SIGINT')
    const code = await new Promise((resolve) => demo.child.once('exit', resolve))
    expect(code).toBe(0)
  }
}, 120_000)

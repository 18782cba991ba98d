import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type * as z from 'zod'
import { answerSchema } from '../../src/core/answer-schema.js'
import { startServer } from '../../src/node.js'
import { freePort } from '../harness/anvil.js'
import { startLab, type Lab } from '../harness/lab.js'
import { deadUrl } from '../helpers/fake-node.js'
import { startProcess } from '../helpers/processes.js'
import { startTronNode, tronScenarios } from '../helpers/tron-node.js'

/**
 * TRON through every channel — the built CLI, the HTTP API, the web form (as HTML and in a real browser), MCP over
 * streamable HTTP and the Worker in workerd — against real anvil nodes for the EVM chains and a local TRON full node
 * serving only recorded replies (fixtures/tron). The engine's own TRON cases are in tron-search.test.ts; here each
 * channel must carry them whole: the same codes, severities, language and level, and no 500 when TRON misbehaves.
 * Words are checked lightly (they are the catalog's to test).
 */
type Answer = z.infer<typeof answerSchema>
type Asked = { level?: 'novice' | 'expert'; lang?: 'en' | 'zh-CN'; chain?: string }

const tronId = 728126428
const { transactions: t, accounts } = tronScenarios
const outOfEnergy = t.usdtOutOfEnergyNoTrx.id // bare, no 0x, no network named
const multisig = accounts.multisigActiveTestnet.address
const tronscanLink = `https://tronscan.org/#/transaction/${t.usdtSuccessBurnedEnergy.id}`
const unknownId = 'ab'.repeat(32)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let lab: Lab
let tronNode: Awaited<ReturnType<typeof startTronNode>>
let malformedNode: Awaited<ReturnType<typeof startTronNode>>
let server: Awaited<ReturnType<typeof startServer>>
let downServer: Awaited<ReturnType<typeof startServer>>
let malformedServer: Awaited<ReturnType<typeof startServer>>
let mcp: Client
let browser: Browser
let worker: Awaited<ReturnType<typeof startProcess>>
let workerUrl: string
const state = mkdtempSync(join(tmpdir(), 'txdoctor-tron-'))
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

/** TRON named in the chain list (as a server operator would), its node replaced; short timeouts, no rate limit in the way. */
const env = (tronUrl = tronNode.url, chains = '31337,31338,tron') => ({
  TXDOCTOR_CHAINS: chains,
  TXDOCTOR_RPC_31337: lab.a.url,
  TXDOCTOR_RPC_31338: lab.b.url,
  TXDOCTOR_RPC_TRON: tronUrl,
  TXDOCTOR_RPC_TIMEOUT_MS: '1000',
  TXDOCTOR_RATE_LIMIT_PER_MINUTE: '10000',
})

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium, as .ci/run does.`)
  process.on('unhandledRejection', onUnhandled)
  execFileSync(process.execPath, ['scripts/build.mjs'])
  ;[lab, tronNode, malformedNode, browser] = await Promise.all([
    startLab(),
    startTronNode(tronScenarios.tables),
    startTronNode({ ...tronScenarios.tables, malformed: () => '{"id":1}' }),
    chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] }),
  ])
  const port = await freePort()
  workerUrl = `http://127.0.0.1:${port}`
  const vars = Object.entries(env()).flatMap(([name, value]) => ['--var', `${name}:${value}`])
  ;[worker, server, downServer, malformedServer] = await Promise.all([
    // The deployed wrangler.toml (its aliases and vars), with this test's nodes; no KV bound.
    startProcess(
      process.execPath,
      ['node_modules/wrangler/bin/wrangler.js', 'dev', '--config', 'wrangler.toml', '--persist-to', join(state, 'wrangler'), '--ip', '127.0.0.1', '--port', String(port), ...vars, '--log-level', 'info'],
      { env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' }, ready: /Ready on http/ },
    ),
    startServer({ port: await freePort(), env: env(), log: () => {} }),
    startServer({ port: await freePort(), env: env(await deadUrl()), log: () => {} }),
    startServer({ port: await freePort(), env: env(malformedNode.url), log: () => {} }),
  ])
  mcp = new Client({ name: 'tron-channels-test', version: '1.0.0' })
  await mcp.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)))
}, 60_000)

afterAll(async () => {
  await mcp?.close()
  await Promise.all([browser?.close(), worker?.stop(), server?.close(), downServer?.close(), malformedServer?.close()])
  await Promise.all([tronNode?.close(), malformedNode?.close(), lab?.stop()])
  process.off('unhandledRejection', onUnhandled)
  rmSync(state, { recursive: true, force: true })
})

/** The built CLI as a user runs it. Asynchronous: the nodes it asks live in this process's event loop. */
function txdoctor(args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      ['dist/cli.js', ...args],
      { env: { PATH: process.env.PATH ?? '', TXDOCTOR_STORE: join(state, 'pending.json'), ...env(), ...extraEnv }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    ),
  )
}

const query = (q: string, { level = 'novice', lang = 'en', chain }: Asked) => new URLSearchParams({ q, level, lang, ...(chain ? { chain } : {}) })

/** Each channel that answers with the answer object, checked against its schema. */
const channels: Record<string, (q: string, asked?: Asked) => Promise<Answer>> = {
  async cli(q, { level = 'novice', lang = 'en', chain } = {}) {
    const { code, stdout, stderr } = await txdoctor([q, '--json', '--level', level, '--lang', lang, ...(chain ? ['--chain', chain] : [])])
    expect(code, stderr).toBe(0)
    return answerSchema.parse(JSON.parse(stdout))
  },
  async api(q, asked = {}) {
    const response = await fetch(`${server.url}/v1/diagnose?${query(q, asked)}`)
    expect(response.status).toBe(200)
    return answerSchema.parse(await response.json())
  },
  async mcp(q, { level = 'novice', lang = 'en', chain } = {}) {
    const result = await mcp.callTool({ name: 'diagnose', arguments: { input: q, level, lang, ...(chain ? { chain } : {}) } })
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy()
    return answerSchema.parse(result.structuredContent)
  },
  async worker(q, asked = {}) {
    const response = await fetch(`${workerUrl}/v1/diagnose?${query(q, asked)}`)
    expect(response.status).toBe(200)
    return answerSchema.parse(await response.json())
  },
}

/** Every word the answer shows a reader. */
const wordsOf = (a: Answer) =>
  [a.headline, a.about ?? '', ...a.findings.flatMap((f) => [f.title, f.body, ...f.actions]), ...a.details.flatMap((d) => [d.label, d.value]), a.handoff].join('\n')
const chinese = /[\u4e00-\u9fff]/
const broken = /undefined|NaN|\[object/

const levelsAndLangs = [
  { level: 'novice', lang: 'en' },
  { level: 'expert', lang: 'en' },
  { level: 'novice', lang: 'zh-CN' },
  { level: 'expert', lang: 'zh-CN' },
] as const

describe.each(Object.keys(channels))('%s', (name) => {
  const ask = channels[name]!

  test('a failed USDT send (OUT_OF_ENERGY), its id pasted bare: found on TRON, at both levels, in both languages', async () => {
    const answers = await Promise.all(levelsAndLangs.map((asked) => ask(outOfEnergy, asked)))
    for (const [i, answer] of answers.entries()) {
      const asked = levelsAndLangs[i]!
      expect(answer, JSON.stringify(asked)).toMatchObject({ kind: 'transaction', status: 'failed', chain: { id: tronId, name: 'TRON' }, ...asked })
      expect(answer.findings[0]).toMatchObject({ code: 'TX_FAILED_OUT_OF_ENERGY', severity: 'warning' })
      expect(answer.severity).toBe('warning')
      expect(answer.meta.checkedChains).toContain(tronId)
      expect(wordsOf(answer), JSON.stringify(asked)).not.toMatch(broken)
    }
    const [noviceEn, expertEn, noviceZh] = answers
    expect(noviceZh!.headline).toMatch(chinese)
    expect(noviceEn!.headline).not.toMatch(chinese)
    expect(expertEn!.findings[0]!.body).toMatch(/energy/i)
  })

  test('an account whose active permission other keys hold: a danger', async () => {
    const answer = await ask(multisig, { level: 'expert' })
    expect(answer).toMatchObject({ kind: 'address', chain: { id: tronId }, severity: 'danger' })
    expect(answer.findings.find((f) => f.code === 'ADDRESS_PERMISSION_OTHER_KEYS')).toMatchObject({ severity: 'danger' })
    expect(wordsOf(answer)).not.toMatch(broken)
  })

  test('a Tronscan link: the USDT transfer went through', async () => {
    const answer = await ask(tronscanLink, { lang: 'zh-CN' })
    expect(answer).toMatchObject({ kind: 'transaction', status: 'success', chain: { id: tronId }, lang: 'zh-CN' })
    expect(answer.findings.map((f) => f.code)).toContain('TX_SUCCESS')
    expect(wordsOf(answer)).not.toMatch(broken)
  })

  test('TRON named, an id it never saw: TX_NOT_FOUND, TRON checked', async () => {
    const answer = await ask(unknownId, { chain: 'tron' })
    expect(answer.findings[0]).toMatchObject({ code: 'TX_NOT_FOUND', facts: { tronChecked: true } })
    expect(answer.meta.checkedChains).toEqual([tronId])
  })
})

describe('the CLI', () => {
  test('--chain tron enables TRON for the run even when the chain list leaves it out', async () => {
    const { code, stdout } = await txdoctor([unknownId, '--chain', 'tron', '--json'], { TXDOCTOR_CHAINS: '31337' })
    expect(code).toBe(0)
    expect(answerSchema.parse(JSON.parse(stdout)).findings[0]).toMatchObject({ code: 'TX_NOT_FOUND', facts: { tronChecked: true } })
  })

  test('`txdoctor chains` lists TRON when enabled, and only then', async () => {
    const [on, off] = await Promise.all([txdoctor(['chains']), txdoctor(['chains'], { TXDOCTOR_CHAINS: '31337' })])
    expect(on.code).toBe(0)
    expect(on.stdout).toMatch(new RegExp(`^\\s*${tronId}\\s+\\S+\\s+TRON\\s`, 'm'))
    expect(off.stdout).not.toContain(String(tronId))
  })

  test('the text answer, in Chinese, for a novice', async () => {
    const { code, stdout } = await txdoctor([outOfEnergy, '--lang', 'zh-CN'])
    expect(code).toBe(0)
    expect(stdout).toMatch(chinese)
    expect(stdout).not.toMatch(broken)
  })
})

test('MCP list_chains lists TRON', async () => {
  const result = await mcp.callTool({ name: 'list_chains', arguments: {} })
  const { chains } = result.structuredContent as { chains: { id: number; name: string }[] }
  expect(chains).toContainEqual(expect.objectContaining({ id: tronId, name: 'TRON' }))
  expect(chains.map((c) => c.id)).toEqual(expect.arrayContaining([31337, 31338]))
})

describe('the web form', () => {
  /** The page the form answers with, from the Node server or the Worker; `<script` counted: only the page's own. */
  const page = async (base: string, params: Record<string, string>) => {
    const response = await fetch(`${base}/?${new URLSearchParams(params)}`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html).not.toMatch(broken)
    return { html, codes: [...html.matchAll(/data-code="([A-Z_0-9]+)"/g)].map((m) => m[1]) }
  }

  test.each([
    ['Node', () => server.url],
    ['the Worker', () => workerUrl],
  ])('served by %s: the failed USDT send in Chinese, the hijacked account, a Tronscan link', async (_, base) => {
    const failed = await page(base(), { q: outOfEnergy, lang: 'zh-CN' })
    expect(failed.codes[0]).toBe('TX_FAILED_OUT_OF_ENERGY')
    expect(failed.html).toContain('<html lang="zh-CN"')
    expect(failed.html).toContain(outOfEnergy)
    const hijacked = await page(base(), { q: multisig, level: 'expert' })
    expect(hijacked.codes).toContain('ADDRESS_PERMISSION_OTHER_KEYS')
    expect(hijacked.html).toMatch(/data-severity="danger"/)
    expect(hijacked.html).toContain(multisig)
    expect((await page(base(), { q: tronscanLink })).codes).toContain('TX_SUCCESS')
    expect((await page(base(), { q: unknownId, chain: 'tron' })).codes[0]).toBe('TX_NOT_FOUND')
  })

  test('in a real browser: paste the id, press Check, read a warning; the hijacked account reads as a danger', async () => {
    const tab = await browser.newPage()
    const dialogs: string[] = []
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    try {
      await tab.goto(server.url)
      await tab.getByLabel('Transaction hash, address or link').fill(`  ${outOfEnergy}\n`)
      await tab.getByRole('button', { name: 'Check' }).click()
      await tab.waitForSelector('.answer')
      expect(await tab.locator('.headline').getAttribute('data-severity')).toBe('warning')
      expect(await tab.locator('.finding').first().getAttribute('data-code')).toBe('TX_FAILED_OUT_OF_ENERGY')
      expect(await tab.locator('.headline').innerText()).not.toMatch(broken)

      await tab.goto(`${server.url}/?q=${multisig}&lang=zh-CN`)
      expect(await tab.locator('.headline').getAttribute('data-severity')).toBe('danger')
      expect(await tab.locator('.headline').innerText()).toMatch(chinese)
      expect(await tab.locator('.finding[data-code="ADDRESS_PERMISSION_OTHER_KEYS"]').count()).toBe(1)
      expect(dialogs).toEqual([])
    } finally {
      await tab.close()
    }
  })
})

describe("TRON's node down or talking nonsense", () => {
  test('down: a TRON address is a 503 problem (no node answered), never a 500; the web form says so too', async () => {
    const response = await fetch(`${downServer.url}/v1/diagnose?q=${multisig}`)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 503, code: 'NO_NODE_REACHABLE' })
    expect((await fetch(`${downServer.url}/?q=${multisig}`)).status).toBe(503)
    expect((await fetch(`${downServer.url}/v1/diagnose?q=${unknownId}&chain=tron`)).status).toBe(503)
  })

  test('down: the CLI exits 3 (no node), with nothing on stdout', async () => {
    const { code, stdout, stderr } = await txdoctor([multisig], { TXDOCTOR_RPC_TRON: await deadUrl() })
    expect({ code, stdout }).toEqual({ code: 3, stdout: '' })
    expect(stderr).toMatch(/TRON/)
  })

  test('malformed replies: no 500 and no unhandled rejection, on every kind of TRON input', async () => {
    for (const q of [multisig, outOfEnergy, tronscanLink, unknownId]) {
      const response = await fetch(`${malformedServer.url}/v1/diagnose?q=${encodeURIComponent(q)}`)
      const body = (await response.json()) as { code?: string; findings?: { code: string }[]; meta?: { partial: boolean } }
      expect(response.status, `${q}: ${JSON.stringify(body)}`).not.toBe(500)
      if (response.status !== 200) expect({ status: response.status, code: body.code }, q).toEqual({ status: 503, code: 'NO_NODE_REACHABLE' })
      // Searched everywhere, TRON's nonsense refused: "not found" only as far as the EVM chains go, and it says so.
      else expect({ partial: body.meta?.partial, codes: body.findings?.map((f) => f.code) }, q).toEqual({ partial: true, codes: expect.arrayContaining(['RPC_UNREACHABLE', 'DIAGNOSIS_PARTIAL']) })
    }
    expect(malformedNode.requests.length).toBeGreaterThan(0) // the node was asked, and its replies refused
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(unhandled).toEqual([])
  })
})

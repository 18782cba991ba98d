import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { loadConfig } from '../../src/config/config.js'
import type { Answer } from '../../src/core/types.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'

/**
 * Other networks' transactions are answers, not errors, on every channel and in both languages — and no node is
 * asked for them: every fetch in this file fails the test.
 */
const cases = [
  // Solana's RPC documentation, the getTransaction example.
  { network: 'solana', input: '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW', en: 'This is a Solana transfer', zh: '这是一笔 Solana 上的转账', explorer: /Solscan/ },
  // Bitcoin block 170, Satoshi to Hal Finney, as Blockstream links it.
  { network: 'bitcoin', input: 'https://blockstream.info/tx/f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16', en: 'This is a Bitcoin transfer', zh: '这是一笔比特币上的转账', explorer: /Blockstream Explorer/ },
  // A TRON transaction as a payment bot links it on Tronscan.
  { network: 'tron', input: 'https://tronscan.org/#/transaction/83fce30de4cb6cf38a20a452e0f66c8581788d5d1ba67becd07c23e150b4c9da', en: 'This is a TRON transfer', zh: '这是一笔波场（TRON）上的转账', explorer: /Tronscan/ },
] as const

const fetches: string[] = []
beforeAll(() => {
  vi.stubGlobal('fetch', (url: unknown) => {
    fetches.push(String(url))
    return Promise.reject(new Error('no node may be asked about another network’s transaction'))
  })
})
afterAll(() => {
  vi.unstubAllGlobals()
  expect(fetches).toEqual([])
})

const config = loadConfig({ TXDOCTOR_CHAINS: 'eth', TXDOCTOR_RPC_1: 'http://no-node.invalid' })
const app = createApp(createEngine({ config }))

describe.each(cases)('$network transaction', ({ network, input, en, zh, explorer }) => {
  test.each(['en', 'zh-CN'] as const)('the API answers it in %s: which network, where to look it up, no node asked', async (lang) => {
    const response = await app.request(`/v1/diagnose?q=${encodeURIComponent(input)}&lang=${lang}`)
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer).toMatchObject({ kind: 'transaction', status: 'non_evm', severity: 'info', chain: null, lang })
    expect(answer.findings.map((f) => [f.code, f.facts.network])).toEqual([['TX_NON_EVM', network]])
    expect(answer.headline).toContain(lang === 'en' ? en : zh)
    expect(answer.findings[0]!.actions[0]).toMatch(explorer)
    expect(answer.meta).toMatchObject({ rpcRequests: 0, checkedChains: [] })
    // Nothing built from the pasted text becomes a link: explorers are named in words.
    expect(JSON.stringify(answer.findings[0]!.actions)).not.toMatch(/https?:\/\//)
    if (lang === 'zh-CN') expect(answer.handoff).not.toMatch(/\b(?:Network|Status|Transaction id)\b/)
  })

  test('/v1/tx takes it too, and the expert answer names the id', async () => {
    const response = await app.request(`/v1/tx/${encodeURIComponent(input)}?level=expert`)
    const answer = (await response.json()) as Answer
    expect(answer.findings[0]).toMatchObject({ code: 'TX_NON_EVM', title: expect.stringContaining('transaction id, not an EVM transaction hash') })
    expect(answer.findings[0]!.body).toContain(String(answer.findings[0]!.facts.id))
  })

  test.each(['en', 'zh-CN'] as const)('the CLI answers it in %s and exits 0', async (lang) => {
    let stdout = ''
    const code = await runCli([input, '--lang', lang], { stdout: (t) => void (stdout += t), stderr: () => {}, env: { TXDOCTOR_CHAINS: 'eth', TXDOCTOR_RPC_1: 'http://no-node.invalid' }, isTTY: false })
    expect(code).toBe(0)
    expect(stdout).toContain(lang === 'en' ? en : zh)
  })
})

test('the web form shows it as an answer, in the language asked', async () => {
  const page = await (await app.request(`/?q=${encodeURIComponent(cases[2].input)}&lang=zh-CN`)).text()
  expect(page).toContain(cases[2].zh)
  expect(page).not.toContain('class="error"')
})

test('the code reference page explains TX_NON_EVM in both languages', async () => {
  expect(await (await app.request('/codes/TX_NON_EVM?lang=en')).text()).toContain('This is a Solana transfer, not one on an Ethereum-style network.')
  expect(await (await app.request('/codes/TX_NON_EVM?lang=zh-CN')).text()).toContain('这是一笔 Solana 上的转账，不是以太坊类网络上的。')
})

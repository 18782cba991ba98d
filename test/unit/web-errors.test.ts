import { describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'
import { MemoryLimiter } from '../../src/http/rate-limit.js'

/**
 * When there is no answer, the web form says why in the reader's language and terms: no setting, flag or node
 * (those are for whoever runs txdoctor, and the CLI says them). The API keeps English problem+json with stable codes.
 */
const config = loadConfig({ TXDOCTOR_CHAINS: 'eth,base', TXDOCTOR_RPC_1: 'http://no-node.invalid/1', TXDOCTOR_RPC_8453: 'http://no-node.invalid/8453' })
/** Every node refuses the connection, at once and without leaving the process. */
const refuse = () => Promise.reject(new TypeError('fetch failed'))
const app = createApp(createEngine({ config, fetchFn: refuse }))

const hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
const operatorWords = /--rpc|TXDOCTOR_|node you trust|configure|\bRPC\b|\bnode\b|节点/i

/** The error box of a web page, as text. */
async function errorBox(query: string, lang: 'en' | 'zh-CN', target = app) {
  const response = await target.request(`/?q=${encodeURIComponent(query)}&lang=${lang}`)
  const html = await response.text()
  const box = /<section class="error" role="alert">([\s\S]*?)<\/section>/.exec(html)?.[1]
  return { status: response.status, text: (box ?? '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim() }
}

describe('a bad input, in the language asked', () => {
  test.each([
    ['a word', 'hello', '“hello”不是 txdoctor 能识别的交易哈希、地址或名称。', 'is not a transaction hash'],
    ['a shortened hash', 'my tx 0x70ce…95cf failed', '“0x70ce…95cf”是缩短过的', 'Copy the whole hash'],
    ['two hashes', `${hash} or 0x70ce6b1bd1b1b3f0bd7d3b3bfc5e0c6b1cf0f4cd1a6e6ea2de1c1f0a6d5595cf`, '这段文字里有 2 个 txdoctor 可以检查的内容', 'holds 2 things'],
    ['a cut hash', '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3', '0x 后面有 42 个十六进制字符', '42 hex characters'],
    ['an unknown network prefix', 'nochain:0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045', '“nochain”不是 txdoctor 认识的网络。', 'not a network txdoctor knows'],
    ['a link to a block', 'https://etherscan.io/block/123', '这个链接没有指向某一笔交易或某一个地址。', 'does not point to a transaction'],
  ])('%s', async (_, query, chinese, english) => {
    const zh = await errorBox(query, 'zh-CN')
    expect(zh.status).toBe(400)
    expect(zh.text).toContain(chinese)
    // Fully Chinese: the English message is not shown beside it.
    expect(zh.text).not.toContain(english)
    const en = await errorBox(query, 'en')
    expect(en.text).toContain(english)
  })

  test('a network the server does not check is named, with the ones it does', async () => {
    const response = await app.request(`/?q=${hash}&chain=arbitrum&lang=zh-CN`)
    const html = await response.text()
    expect(html).toContain('Arbitrum One 不在这个 txdoctor 检查的网络之中。')
    expect(html).toContain('它检查的网络有：Ethereum、Base。')
  })

  test('the API answers problem+json with a stable code, its detail in the language asked', async () => {
    const response = await app.request('/v1/diagnose?q=hello&lang=zh-CN')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ code: 'BAD_INPUT', detail: '“hello”不是 txdoctor 能识别的交易哈希、地址或名称。' })
    const english = await app.request('/v1/diagnose?q=hello')
    expect(await english.json()).toMatchObject({ code: 'BAD_INPUT', detail: '"hello" is not a transaction hash, an address or a name txdoctor recognises.' })
  })
})

describe('no answer at all: what to do in the reader’s terms', () => {
  test.each([
    ['en', 'The networks did not answer in time, so there is no answer yet. Try again in a minute.'],
    ['zh-CN', '各个网络没有及时回应，所以暂时还没有答案。 请过一分钟再试。'],
  ] as const)('no network answered (%s)', async (lang, words) => {
    const { status, text } = await errorBox(hash, lang)
    expect(status).toBe(503)
    expect(text).toContain(words)
    expect(text).not.toMatch(operatorWords)
  })

  test('the API says which networks did not answer, and no setting either', async () => {
    const problem = (await (await app.request(`/v1/tx/${hash}`)).json()) as { code: string; detail: string; hint: string }
    expect(problem).toMatchObject({ code: 'NO_NODE_REACHABLE', detail: expect.stringContaining('Ethereum, Base') })
    expect(problem.hint).not.toMatch(operatorWords)
  })

  test.each([
    ['en', 'Too many checks in a short time. Wait a minute, then try again.'],
    ['zh-CN', '短时间内检查的次数太多了。 请等一分钟再试。'],
  ] as const)('too many checks (%s)', async (lang, words) => {
    const limited = createApp(createEngine({ config, fetchFn: refuse }), { limiter: new MemoryLimiter(1) })
    await errorBox('hello', lang, limited)
    const { status, text } = await errorBox('hello', lang, limited)
    expect(status).toBe(429)
    expect(text).toBe(words)
  })
})

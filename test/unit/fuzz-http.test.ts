import { bech32 } from '@scure/base'
import fc from 'fast-check'
import { encodeErrorResult } from 'viem'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'

/**
 * "Never a 500 from input", at the doors: the JSON API, the web form and MCP, built in-process against a fake
 * node that answers at once. Whatever a client sends, the status is below 500, an error has a body, a request
 * is quick, and no promise is left rejected. Seeded; FUZZ_SEED and FUZZ_RUNS_FACTOR explore further.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_502)
const factor = Number(process.env.FUZZ_RUNS_FACTOR ?? 1)
const runs = (n: number) => Math.max(1, Math.round(n * factor))
const timeout = 30_000 * Math.max(1, factor)
/** Per request; the fake node answers in-process, so a diagnosis takes milliseconds. */
const maxMs = 2_000

const nodeUrl = 'http://fake-node.invalid/eth'
const config = loadConfig({ TXDOCTOR_CHAINS: 'eth', TXDOCTOR_RPC_1: nodeUrl, TXDOCTOR_RATE_LIMIT_PER_MINUTE: '100000' })

/** Every known chain's nodes answer as that chain, so links to other explorers never leave the process either. */
const chainOfUrl = new Map(config.knownChains.flatMap((chain) => chain.rpcUrls.map((url) => [url, chain.id] as const)))
const unexpectedFetches: string[] = []
/** Methods the fake node answered "not found" (-32601), for the record. */
const unansweredMethods = new Set<string>()

type Call = { jsonrpc: '2.0'; id: number; method: string; params?: unknown[] }
const block = (number: string) => ({
  number,
  hash: `0x${'ab'.repeat(32)}`,
  parentHash: `0x${'cd'.repeat(32)}`,
  nonce: '0x0000000000000000',
  sha3Uncles: `0x${'00'.repeat(32)}`,
  logsBloom: `0x${'00'.repeat(256)}`,
  transactionsRoot: `0x${'00'.repeat(32)}`,
  stateRoot: `0x${'00'.repeat(32)}`,
  receiptsRoot: `0x${'00'.repeat(32)}`,
  miner: `0x${'00'.repeat(20)}`,
  mixHash: `0x${'00'.repeat(32)}`,
  difficulty: '0x0',
  totalDifficulty: '0x0',
  extraData: '0x',
  size: '0x220',
  gasLimit: '0x1c9c380',
  gasUsed: '0x0',
  baseFeePerGas: '0x3b9aca00',
  timestamp: `0x${Math.floor(Date.now() / 1000).toString(16)}`,
  transactions: [],
  uncles: [],
})

const universalResolver = '0xeeeeeeee14d718c2b47d9923deab1335e144eeee'
const resolverNotFound = encodeErrorResult({ abi: [{ type: 'error', name: 'ResolverNotFound', inputs: [{ name: 'name', type: 'bytes' }] }], errorName: 'ResolverNotFound', args: ['0x'] })
const isUniversalResolverCall = (call: Call) => {
  const to = (call.params?.[0] as { to?: unknown } | undefined)?.to
  return typeof to === 'string' && to.toLowerCase() === universalResolver
}

/** The result of one call; `{ error }` for a JSON-RPC error; undefined for "method not found". */
function answer(chainId: number, call: Call): unknown {
  switch (call.method) {
    case 'eth_chainId':
      return `0x${chainId.toString(16)}`
    case 'eth_blockNumber':
      return '0x10'
    case 'eth_getBlockByNumber':
      return block('0x10')
    case 'eth_getTransactionByHash':
    case 'eth_getTransactionReceipt':
      return null
    case 'eth_getBalance':
    case 'eth_getTransactionCount':
      return '0x0'
    case 'eth_call':
      // ENS's Universal Resolver, as on mainnet for a name with no resolver: the revert viem reads as "no address".
      if (isUniversalResolverCall(call)) return { error: { code: 3, message: 'execution reverted', data: resolverNotFound } }
      return '0x'
    case 'eth_getCode':
      return '0x'
    case 'eth_getLogs':
      return []
    // Every node answers these; without them an address diagnosis is, rightly, "no node reachable".
    case 'eth_gasPrice':
    case 'eth_maxPriorityFeePerGas':
      return '0x3b9aca00'
    case 'eth_feeHistory': {
      const blocks = Math.max(1, Math.min(Number(call.params?.[0] ?? 1), 16))
      const percentiles = Array.isArray(call.params?.[2]) ? call.params[2] : []
      return {
        oldestBlock: `0x${(0x10 - blocks + 1).toString(16)}`,
        baseFeePerGas: Array.from({ length: blocks + 1 }, () => '0x3b9aca00'),
        gasUsedRatio: Array.from({ length: blocks }, () => 0.5),
        reward: Array.from({ length: blocks }, () => percentiles.map(() => '0x3b9aca00')),
      }
    }
    default:
      unansweredMethods.add(call.method)
      return undefined
  }
}

/** A JSON-RPC node as a `fetch`: batches and single calls, unknown methods answered with -32601. */
const fakeFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const chainId = chainOfUrl.get(url)
  if (chainId === undefined) {
    unexpectedFetches.push(url)
    throw new TypeError('fetch failed')
  }
  const parsed = JSON.parse(String(init?.body)) as Call | Call[]
  const reply = (call: Call) => {
    const result = answer(chainId, call)
    if (result === undefined) return { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'the method does not exist' } }
    if (typeof result === 'object' && result !== null && 'error' in result) return { jsonrpc: '2.0', id: call.id, ...result }
    return { jsonrpc: '2.0', id: call.id, result }
  }
  return new Response(JSON.stringify(Array.isArray(parsed) ? parsed.map(reply) : reply(parsed)), { status: 200, headers: { 'content-type': 'application/json' } })
}

const app = createApp(createEngine({ config, fetchFn: fakeFetch }))

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => void unhandled.push(reason)
const counts: Record<string, number> = {}
/** How often each status came back, for the record (a fuzz that only ever gets 400s proves little). */
const statuses: Record<number, number> = {}
let slowest = { ms: 0, what: '' }

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled)
  // Nothing here may reach the network: anything that bypasses fetchFn (an ENS gateway, …) is caught and counted.
  vi.stubGlobal('fetch', async (input: unknown) => {
    unexpectedFetches.push(String(input instanceof Request ? input.url : input))
    throw new TypeError('fetch failed')
  })
})
afterAll(async () => {
  // Give stray promises a turn to reject before we stop listening.
  await new Promise((resolve) => setTimeout(resolve, 50))
  process.off('unhandledRejection', onUnhandled)
  vi.unstubAllGlobals()
  if (process.env.FUZZ_VERBOSE) console.info(`fuzz-http seed ${seed}: runs ${JSON.stringify(counts)}; statuses ${JSON.stringify(statuses)}; slowest ${slowest.ms.toFixed(1)} ms (${slowest.what}); -32601 for ${[...unansweredMethods].join(', ') || 'nothing'}`)
  expect(unhandled).toEqual([])
  expect(unexpectedFetches).toEqual([])
})

/** One request, with the checks every answer must pass; returns the status and body for more. */
async function send(name: string, request: Request): Promise<{ status: number; text: string }> {
  counts[name] = (counts[name] ?? 0) + 1
  const started = performance.now()
  const response = await app.request(request)
  const text = await response.text()
  const ms = performance.now() - started
  statuses[response.status] = (statuses[response.status] ?? 0) + 1
  const what = `${request.method} ${request.url.slice(0, 160)}`
  if (ms > slowest.ms) slowest = { ms, what }
  expect(response.status, `${what} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500)
  // HEAD answers carry no body by definition.
  if (response.status >= 400 && request.method !== 'HEAD') expect(text.length, `${what} → ${response.status} with an empty body`).toBeGreaterThan(0)
  expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(maxMs)
  return { status: response.status, text }
}

// ---- what clients send ----
const chars = (s: string) => fc.constantFrom(...[...s])
const hexChar = chars('0123456789abcdefABCDEF')
const hex = (minLength: number, maxLength: number) => fc.string({ unit: hexChar, minLength, maxLength })
const noiseChar = chars(`"'\`<>()[]{}.,;:!?/\\#%@&=+-_*~|^$ \t\r\n\u00a0\u200b\u200e\u202e\u2066\u2069\ufeff\u3000`)
const anyChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), noiseChar, hexChar, fc.constantFrom('\ud800', '\udfff'))
const percentEscape = hex(0, 2).map((h) => `%${h}`)
const vitalik = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
const bigDigits = fc.oneof(fc.nat().map(String), fc.string({ unit: chars('0123456789'), minLength: 1, maxLength: 60 }))

/** What people and attackers paste: the shapes classify cares about, and noise. */
const pasted = fc.oneof(
  fc.constantFrom(hash, vitalik, vitalik.toLowerCase(), hash.slice(2), 'vitalik.eth', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'https://etherscan.io/tx/%E0%A4%A', 'cosmos1pnjntc6', 'tb19qqqqqcqqqqqqqqqqqcqcvfyr8k', `https://basescan.org/address/${vitalik}`, `eip155:10:${vitalik}`, `ethereum:${vitalik}@137`, `base:${vitalik}`),
  fc.tuple(fc.constantFrom('https://etherscan.io', 'https://basescan.org', 'https://arbiscan.io', 'https://someexplorer.example', 'tronscan.org/#'), fc.constantFrom('/tx/', '/address/', '/token/', '/#/address/', '/'), fc.array(fc.oneof(percentEscape, hex(0, 66), hex(40, 64).map((h) => `0x${h}`)), { maxLength: 4 })).map(([a, b, c]) => a + b + c.join('')),
  fc.tuple(fc.constantFrom('cosmos', 'osmo', 'bc', 'tb'), fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 60 })).map(([prefix, words]) => bech32.encode(prefix, words, 200)),
  fc.tuple(fc.constantFrom('0x', ''), hex(0, 80)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('eip155:', 'ethereum:'), bigDigits, fc.constantFrom(`:${vitalik}`, `:${hash}`, `@1`)).map(([a, id, b]) => (a === 'ethereum:' ? `${a}${vitalik}@${id}` : `${a}${id}${b}`)),
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }), fc.constantFrom('.eth', '.base.eth', '..eth')).map(([a, b]) => a + b),
  fc.string({ unit: anyChar, maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.string({ unit: noiseChar, minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 5_000 })).map(([piece, n]) => piece.repeat(n)),
)

const chain = fc.option(fc.oneof(fc.constantFrom('1', 'eth', 'base', 'arb', 'devnet', '31337', '0', '99999999999999999999999', '', ' ', 'ETH'), fc.string({ maxLength: 45 })), { nil: undefined })
const level = fc.option(fc.oneof(fc.constantFrom('novice', 'expert', 'guru', ''), fc.string({ maxLength: 8 })), { nil: undefined })
const lang = fc.option(fc.oneof(fc.constantFrom('en', 'zh-CN', 'zh', 'fr', 'ZH', ''), fc.string({ maxLength: 8 })), { nil: undefined })
/** Header values must be bytes without CR, LF or NUL, or the test itself could not build the request. */
const headerValue = fc.string({ unit: chars(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\u00e9\u00ff'), maxLength: 60 })
const acceptLanguage = fc.option(fc.oneof(fc.constantFrom('zh-CN,zh;q=0.9,en;q=0.8', 'en;q=0', 'zh;q=NaN', '*', ';q=', 'zh;q=1e999'), headerValue), { nil: undefined })

/** Replaces lone surrogates, which encodeURIComponent refuses (URLSearchParams turns them into U+FFFD too). */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
/** A path segment or query value as a client might send it: encoded properly, or raw (stray % and all). */
const encoded = (s: string, raw: boolean) => (raw ? s.replace(/[#?/\s]/g, (c) => encodeURIComponent(c)) : encodeURIComponent(wellFormed(s)))

function request(path: string, headers: Record<string, string | undefined> = {}, init: RequestInit = {}): Request {
  const h = new Headers()
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h.set(k, v)
  return new Request(`http://txdoctor.test${path}`, { ...init, headers: h })
}

function query(params: Record<string, string | undefined>, raw: boolean): string {
  return Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${raw ? v!.replace(/[#&\s]/g, (c) => encodeURIComponent(c)) : encodeURIComponent(wellFormed(v!))}`)
    .join('&')
}

describe('the HTTP API and the web form never answer 5xx to what a client sends', () => {
  beforeAll(async () => {
    // Warm up: the first diagnosis loads code and tables, and is no measure of a request.
    await app.request(`/v1/diagnose?q=${vitalik}`)
    await app.request('/v1/diagnose?q=vitalik.eth')
  })

  test('regressions: the known crashers are 400s', async () => {
    for (const q of ['https://etherscan.io/tx/%E0%A4%A', 'cosmos1pnjntc6', 'tb19qqqqqcqqqqqqqqqqqcqcvfyr8k', `ethereum:${vitalik}@99999999999999999999999`]) {
      const { status, text } = await send('regressions', request(`/v1/diagnose?q=${encodeURIComponent(q)}`))
      expect(status, text).toBe(400)
      expect(JSON.parse(text)).toMatchObject({ code: 'BAD_INPUT', status: 400 })
    }
    const { status } = await send('regressions', request('/v1/diagnose?q=%E0%A4%A'))
    expect(status).toBeLessThan(500)
    expect((await send('regressions', request('/?q=cosmos1pnjntc6'))).status).toBe(400)
  })

  test('GET /v1/diagnose?q=…&chain=…&level=…&lang=…', async () => {
    await fc.assert(
      fc.asyncProperty(pasted, chain, level, lang, acceptLanguage, fc.boolean(), async (q, chain, level, lang, al, raw) => {
        const { status, text } = await send('GET /v1/diagnose', request(`/v1/diagnose?${query({ q, chain, level, lang }, raw)}`, { 'accept-language': al }))
        if (status === 400) expect(JSON.parse(text)).toMatchObject({ status: 400, code: 'BAD_INPUT' })
      }),
      { seed, numRuns: runs(300) },
    )
  }, timeout)

  test('GET /v1/tx/{hash}, /v1/address/{address}, /v1/address/{address}/approvals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/v1/tx/', '/v1/address/', '/v1/address/'), pasted, fc.boolean(), fc.boolean(), chain, level, async (prefix, segment, raw, approvals, chain, level) => {
        const path = `${prefix}${encoded(segment, raw)}${approvals && prefix === '/v1/address/' ? '/approvals' : ''}`
        await send(`GET ${prefix}…`, request(`${path}?${query({ chain, level }, raw)}`))
      }),
      { seed, numRuns: runs(300) },
    )
  }, timeout)

  test('GET /?q=… (the web form)', async () => {
    await fc.assert(
      fc.asyncProperty(pasted, chain, level, lang, acceptLanguage, fc.boolean(), async (q, chain, level, lang, al, raw) => {
        await send('GET /?q=', request(`/?${query({ q, chain, level, lang }, raw)}`, { 'accept-language': al }))
      }),
      { seed, numRuns: runs(200) },
    )
  }, timeout)

  test('any path and query at all', async () => {
    const segment = fc.oneof(fc.string({ unit: anyChar, maxLength: 20 }), percentEscape, fc.constantFrom('v1', 'diagnose', 'tx', 'address', 'approvals', 'codes', 'mcp', 'docs', 'openapi.json', 'chains', 'stats', '..', '.', ''))
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), fc.string({ unit: anyChar, maxLength: 40 }), fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), async (segments, q, method) => {
        const path = `/${segments.map((s) => encoded(s, true)).join('/')}?${encoded(q, true)}`
        await send('any path', request(path, {}, { method }))
      }),
      { seed, numRuns: runs(200) },
    )
  }, timeout)
})

type Reply = { jsonrpc: string; id: unknown; result?: { isError?: boolean; content?: { text: string }[] }; error?: { code: number; message: string } }

/** An MCP reply to what a client sent: never an internal error, nor a tool result that hides one. */
function checkMcpReply(status: number, text: string, sent = ''): void {
  if (status === 202) return
  const body = JSON.parse(text) as Reply | Reply[]
  for (const reply of Array.isArray(body) ? body : [body]) {
    expect(reply.jsonrpc).toBe('2.0')
    expect(reply.error?.code, `internal error for ${sent.slice(0, 200)}: ${text.slice(0, 300)}`).not.toBe(-32603)
    if (reply.result?.isError) expect(reply.result.content?.[0]?.text, text.slice(0, 300)).not.toMatch(/^INTERNAL/)
  }
}

const mcp = (body: string, headers: Record<string, string | undefined> = {}) =>
  request('/mcp', { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, { method: 'POST', body })

describe('MCP (POST /mcp) never fails on what a client sends', () => {
  test('tools/call diagnose and check_approvals with whatever was pasted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('diagnose', 'diagnose', 'check_approvals'), pasted, chain, level, lang, fc.oneof(fc.integer(), fc.string({ maxLength: 10 })), async (tool, input, chain, level, lang, id) => {
        const args = tool === 'diagnose' ? { input, chain, level, lang } : { address: input, chain, level, lang }
        const body = JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: tool, arguments: args } })
        const { status, text } = await send(`MCP tools/call ${tool}`, mcp(body))
        expect(status).toBe(200)
        checkMcpReply(status, text)
      }),
      { seed, numRuns: runs(300) },
    )
  }, timeout)

  /** Keys that trip code which treats parsed JSON as a plain object. */
  const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'toString', 'valueOf', 'constructor', 'hasOwnProperty', 'then', 'jsonrpc', 'id', 'method', 'params', 'name', 'arguments', 'input', 'address', 'chain', 'level', 'lang'))
  const objectText = (entries: [string, string][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`
  const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v) ?? 'null'), pasted.map((s) => JSON.stringify(s)), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map(objectText),
  })).value

  const id = fc.oneof(fc.integer().map(String), fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)), fc.constantFrom('null', 'true', '1.5', '{}', '[]', '-0', '1e999'), jsonText)
  const method = fc.oneof(fc.constantFrom('initialize', 'ping', 'tools/list', 'tools/call', 'notifications/initialized', 'notifications/cancelled', 'resources/list', '__proto__', 'toString', 'constructor', 'hasOwnProperty', ''), fc.string({ maxLength: 12 }))
  const toolName = fc.oneof(fc.constantFrom('diagnose', 'check_approvals', 'list_chains', '__proto__', 'toString', 'nope').map((s) => JSON.stringify(s)), jsonText, fc.constantFrom('{"toString":1}', '{"valueOf":1,"toString":2}', '{"__proto__":null}', '[]', 'null', '1'))
  const args = fc.oneof(
    jsonText,
    fc.tuple(pasted, chain, level, lang).map(([input, chain, level, lang]) => JSON.stringify({ input, address: input, chain, level, lang })),
    fc.tuple(jsonText, jsonText, jsonText).map(([a, b, c]) => objectText([['input', a], ['chain', b], ['level', c]])),
    fc.tuple(jsonText, jsonText).map(([a, b]) => objectText([['address', a], ['lang', b]])),
  )
  const params = fc.oneof(
    fc.constant(undefined),
    jsonText,
    fc.tuple(toolName, fc.option(args, { nil: undefined })).map(([name, a]) => objectText([['name', name], ...(a === undefined ? [] : ([['arguments', a]] as [string, string][]))])),
    fc.constantFrom('{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"x","version":"1"}}', '{"protocolVersion":{"toString":1}}', '{"protocolVersion":null}'),
  )
  const message = fc
    .tuple(fc.constantFrom('"2.0"', '"1.0"', '2', 'null', undefined), fc.option(id, { nil: undefined }), fc.option(method.map((m) => JSON.stringify(m)), { nil: undefined }), params, fc.array(fc.tuple(key, jsonText), { maxLength: 2 }))
    .map(([jsonrpc, id, method, params, extra]) =>
      objectText([...(jsonrpc === undefined ? [] : [['jsonrpc', jsonrpc]]), ...(id === undefined ? [] : [['id', id]]), ...(method === undefined ? [] : [['method', method]]), ...(params === undefined ? [] : [['params', params]]), ...extra] as [string, string][]),
    )
  const body = fc.oneof(
    { weight: 6, arbitrary: message },
    { weight: 2, arbitrary: fc.array(message, { maxLength: 5 }).map((m) => `[${m.join(',')}]`) },
    { weight: 2, arbitrary: jsonText },
    { weight: 1, arbitrary: fc.string({ unit: anyChar, maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '{', '[', 'null', '"', '[[]]', '[null]', '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":{"toString":1}}}', `{"jsonrpc":"2.0","id":1,"method":"ping","params":${'['.repeat(5_000)}${']'.repeat(5_000)}}`, `{"jsonrpc":"2.0","id":1,"method":"ping","x":"${'a'.repeat(70_000)}"}`) },
  )
  const protocolVersion = fc.option(fc.oneof(fc.constantFrom('2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2099-01-01', ''), headerValue), { nil: undefined })
  const contentType = fc.option(fc.oneof(fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x'), headerValue), { nil: undefined })

  test('raw messages: any JSON, ids, methods, params, batches, and what is not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(body, protocolVersion, contentType, async (text, version, type) => {
        const { status, text: reply } = await send('MCP raw body', mcp(text, { 'mcp-protocol-version': version, 'content-type': type }))
        if (status === 200 || status === 202) checkMcpReply(status, reply, text)
      }),
      { seed, numRuns: runs(400) },
    )
  }, timeout)

  // Found by this fuzz: String() of such a name threw, and the reply was an internal error.
  test('a tool name whose toString is not a function is a -32602, not an internal error', async () => {
    const { text } = await send('MCP tool name', mcp('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":{"toString":1}}}'))
    expect((JSON.parse(text) as Reply).error?.code).toBe(-32602)
  })
})

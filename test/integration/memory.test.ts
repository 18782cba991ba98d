import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'
import { MemoryDiagnosisCache } from '../../src/store/diagnosis-cache.js'
import { startLab, type Lab } from '../harness/lab.js'

/**
 * A long run of varied traffic through the app, as a busy server sees it: unknown hashes (every one a node
 * lookup), addresses (reads of balance, nonces, head), web-form pages, bad input, MCP calls, from thousands of
 * distinct clients. Caches, the pending store
 * and the rate limiter are bounded, so after warming up the heap must stop growing with the request count.
 */
setFlagsFromString('--expose_gc')
const gc = runInNewContext('gc') as () => void

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
})
afterAll(() => lab?.stop())

const randomHash = () => `0x${Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('')}`
// A pool of inputs, each seen during the warm-up: what grows after that grows per request, i.e. leaks. (viem
// keeps its own LRU of 8,192 checksummed addresses; fresh inputs would fill that first, which is bounded too.)
const hashes = Array.from({ length: 500 }, randomHash)
const addresses = Array.from({ length: 500 }, () => randomHash().slice(0, 42))

test('memory stays bounded over thousands of varied requests, with no unhandled rejection', async () => {
  const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RATE_LIMIT_PER_MINUTE: '100000' })
  const app = createApp(createEngine({ config, cache: new MemoryDiagnosisCache() }), { clientKey: (c) => c.req.header('x-forwarded-for') ?? 'anonymous' })
  const rejections: unknown[] = []
  const onRejection = (reason: unknown) => rejections.push(reason)
  process.on('unhandledRejection', onRejection)

  let sent = 0
  const one = async () => {
    const i = sent++
    const client = i % 2_000 // more clients than one minute's window keeps, fewer than the limiter's cap
    const headers = { 'x-forwarded-for': `10.0.${client >> 8}.${client & 255}` }
    const kind = i % 5
    const response =
      kind === 0
        ? await app.request(`/v1/diagnose?q=${hashes[i % 500]}`, { headers })
        : kind === 4
          ? await app.request(`/v1/address/${addresses[i % 500]}`, { headers })
        : kind === 1
          ? await app.request(`/?q=${hashes[(i * 7) % 500]}&lang=zh-CN`, { headers })
          : kind === 2
            ? await app.request(`/v1/diagnose?q=hello-${i}`, { headers })
            : await app.request('/mcp', {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/json' },
                body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/call', params: { name: 'diagnose', arguments: { input: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' } } }),
              })
    await response.arrayBuffer()
    expect([200, 400]).toContain(response.status)
  }
  const run = async (count: number) => {
    const until = sent + count
    await Promise.all(Array.from({ length: 16 }, async () => { while (sent < until) await one() }))
  }
  // fetch releases its abort listeners from a FinalizationRegistry, which runs after a collection: collect,
  // let those callbacks run, collect again.
  const heapAfterGc = async () => {
    for (let i = 0; i < 3; i++) {
      gc()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return process.memoryUsage().heapUsed
  }

  try {
    await run(3_000) // warm-up: code compiled, every client and input seen, pools and caches in use
    const before = await heapAfterGc()
    await run(4_000)
    const growth = (await heapAfterGc()) - before
    console.info(`heap growth over 4,000 requests after warm-up: ${(growth / 1024 / 1024).toFixed(2)} MiB`)
    // What remains is V8's own (compiled code, its caches): well under a kilobyte a request, where keeping any
    // request's diagnosis, session or signal would cost several.
    expect(growth).toBeLessThan(3 * 1024 * 1024)
    expect(rejections).toEqual([])
  } finally {
    process.off('unhandledRejection', onRejection)
  }
}, 120_000)

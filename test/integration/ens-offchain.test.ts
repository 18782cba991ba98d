import { encodeAbiParameters } from 'viem'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig, type Config } from '../../src/config/config.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'
import { publicOnlyFetch, type Lookup } from '../../src/public-fetch.js'
import { offchainLimits } from '../../src/rpc/offchain.js'
import { startLab, type Lab } from '../harness/lab.js'
import { startEnsChain } from '../helpers/ens.js'
import { startLoopbackServer } from '../helpers/loopback.js'

/**
 * ENS names whose resolver answers with an EIP-3668 OffchainLookup: the server must fetch only https URLs on
 * public hosts, a few of them, within the answer's deadline — never its own loopback or private network.
 */
let lab: Lab
let ethereum: Awaited<ReturnType<typeof startEnsChain>>
let listener: Awaited<ReturnType<typeof startLoopbackServer>>
let config: Config
const seen: string[] = []

beforeAll(async () => {
  lab = await startLab()
  ethereum = await startEnsChain(lab)
  // The service a hostile resolver aims at: it must never see a request.
  listener = await startLoopbackServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ data: encodeAbiParameters([{ type: 'address' }], [lab.a.accounts[5]!.address as `0x${string}`]) }))
  })
  config = loadConfig({ TXDOCTOR_CHAINS: '1,31338', TXDOCTOR_RPC_1: ethereum.url, TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_TIMEOUT_MS: '4000', TXDOCTOR_RPC_TIMEOUT_MS: '1000' })
})
afterAll(async () => {
  await listener?.close()
  await ethereum?.stop()
  await lab?.stop()
})

const port = () => new URL(listener.url).port

describe('ENS offchain lookups under a policy', () => {
  test('a resolver naming loopback URLs gets a clear 400 through the API, and the loopback service sees nothing', async () => {
    const p = port()
    await ethereum.setOffchain('evil.eth', [
      `http://127.0.0.1:${p}/{sender}/{data}.json`,
      `https://127.0.0.1:${p}/{sender}/{data}.json`,
      `https://localhost:${p}/x`,
      `https://[::1]:${p}/x`,
      `https://2130706433/x`, // 127.0.0.1 written as one number
      `https://metadata.google.internal/computeMetadata/v1/`,
      `https://169.254.169.254/latest/meta-data/`,
    ])
    const app = createApp(createEngine({ config, gatewayFetch: publicOnlyFetch() }))
    const started = Date.now()
    for (const path of ['/v1/diagnose?q=evil.eth', '/v1/address/evil.eth', '/?q=evil.eth']) {
      const response = await app.request(path)
      expect(response.status, path).toBe(400)
      expect(await response.text()).toContain('is answered by an outside server that txdoctor does not contact')
    }
    expect(Date.now() - started).toBeLessThan(3_000)
    // Nothing was sent then, and nothing is sent later either.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(seen).toEqual([])
  })

  test('a public-looking name that DNS points at loopback is refused at connect time', async () => {
    await ethereum.setOffchain('rebind.eth', ['https://gateway.example.com/{sender}/{data}.json'])
    const asked: string[] = []
    const lookup: Lookup = (hostname, _options, callback) => {
      asked.push(hostname)
      callback(null, [{ address: '127.0.0.1', family: 4 }])
    }
    const engine = createEngine({ config, gatewayFetch: publicOnlyFetch(lookup) })
    await expect(engine.ask('rebind.eth', { level: 'novice', lang: 'en' })).rejects.toThrow('is answered by an outside server that did not give an answer')
    expect(asked).toEqual(['gateway.example.com'])
    expect(seen).toEqual([])
  })

  test('a public https gateway is asked once, and the name resolves', async () => {
    const owner = lab.b.accounts[3]!.address
    await ethereum.setOffchain('offchain.eth', ['https://ccip.example.com/{sender}/{data}.json'])
    const requests: { url: string; signal: AbortSignal | undefined }[] = []
    // Stands in for the gateway (no test reaches the internet): it answers addr(node) as an ENS gateway does.
    const gatewayFetch = (async (url: string, init?: RequestInit) => {
      requests.push({ url, signal: init?.signal ?? undefined })
      return Response.json({ data: encodeAbiParameters([{ type: 'address' }], [owner as `0x${string}`]) })
    }) as typeof fetch
    const answer = await createEngine({ config, gatewayFetch }).ask('offchain.eth', { level: 'expert', lang: 'en' })
    expect(answer.facts).toMatchObject({ address: owner, ensName: 'offchain.eth' })
    expect(requests).toHaveLength(1)
    expect(requests[0]!.url).toMatch(new RegExp(`^https://ccip\\.example\\.com/${ethereum.resolverAddress.toLowerCase()}/0x[0-9a-f]+\\.json$`))
    // The request carried the diagnosis's signal, and the diagnosis ended it when it answered.
    expect(requests[0]!.signal?.aborted).toBe(true)
  })

  test(`a resolver naming hundreds of gateways gets at most ${offchainLimits.maxRequests} requests, within the deadline`, async () => {
    await ethereum.setOffchain('many.eth', Array.from({ length: 300 }, (_, i) => `https://gw${i}.example.com/{sender}/{data}.json`))
    let calls = 0
    const gatewayFetch = (async () => {
      calls += 1
      return new Response('busy', { status: 503 })
    }) as unknown as typeof fetch
    await expect(createEngine({ config, gatewayFetch }).ask('many.eth', { level: 'novice', lang: 'en' })).rejects.toThrow('ENS name many.eth')
    expect(calls).toBe(offchainLimits.maxRequests)
  })

  test('a gateway that never answers costs at most one gateway timeout, and its request ends with the answer', async () => {
    await ethereum.setOffchain('slow.eth', ['https://slow.example.com/{sender}/{data}.json'])
    let signal: AbortSignal | undefined
    const gatewayFetch = ((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined
      return new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal!.reason)))
    }) as typeof fetch
    const started = Date.now()
    await expect(createEngine({ config, gatewayFetch }).ask('slow.eth', { level: 'novice', lang: 'en' })).rejects.toThrow('ENS name slow.eth')
    expect(Date.now() - started).toBeLessThan(config.rpcTimeoutMs + 1_500)
    expect(signal?.aborted).toBe(true)
  })

  test('a gateway reply larger than the limit is not read to the end', async () => {
    await ethereum.setOffchain('big.eth', ['https://big.example.com/{sender}'])
    let pulled = 0
    const gatewayFetch = (async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled += 1
            controller.enqueue(new Uint8Array(16 * 1024).fill(0x30))
          },
        }),
        { headers: { 'content-type': 'text/plain' } },
      )) as unknown as typeof fetch
    await expect(createEngine({ config, gatewayFetch }).ask('big.eth', { level: 'novice', lang: 'en' })).rejects.toThrow('ENS name big.eth')
    expect(pulled * 16 * 1024).toBeLessThan(offchainLimits.maxResponseBytes + 4 * 16 * 1024)
  })
})

import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { genericChain } from '../../src/config/chains.js'
import { resetNodeKnowledge } from '../../src/rpc/node-knowledge.js'
import { getLogsAdaptive } from '../../src/rpc/logs.js'
import { createRpcSession } from '../../src/rpc/session.js'
import { startFakeNode } from '../helpers/fake-node.js'

const closers: (() => Promise<void>)[] = []
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
beforeEach(() => {
  resetNodeKnowledge()
  unhandled.length = 0
  process.on('unhandledRejection', onUnhandled)
})
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  process.off('unhandledRejection', onUnhandled)
  await Promise.all(closers.splice(0).map((close) => close()))
  expect(unhandled).toEqual([])
})

async function node(options: Parameters<typeof startFakeNode>[0]) {
  const fake = await startFakeNode(options)
  closers.push(fake.close)
  return fake
}

type Call = { id: number; method: string; params?: unknown[] }
const now = () => `0x${Math.floor(Date.now() / 1000).toString(16)}`
/** A chain with steady blocks, whose nodes must show a recent head. */
const steady = (...urls: string[]) => ({ ...genericChain(8453, urls), idleBlocks: false })

describe('what one diagnosis learns is a value for the next, never a promise', () => {
  test('a chain id proved by one diagnosis is not proved again by the next', async () => {
    const fake = await node({ chainId: 1, answer: () => '0x7' })
    await createRpcSession({ rpcTimeoutMs: 1_000 }).client(genericChain(1, [fake.url])).getBlockNumber()
    await createRpcSession({ rpcTimeoutMs: 1_000 }).client(genericChain(1, [fake.url])).getBlockNumber()
    expect(fake.requests.map((calls) => calls.map((c) => c.method).sort())).toEqual([['eth_blockNumber', 'eth_chainId'], ['eth_blockNumber']])
  })

  test('a diagnosis never waits for a proof that another one is still reading', async () => {
    let first = true
    const fake = await node({
      chainId: 1,
      http: (_, res, body) => {
        if (!first) return false
        first = false
        const calls = JSON.parse(body) as Call[]
        const answer = calls.map((c) => ({ jsonrpc: '2.0', id: c.id, result: c.method === 'eth_chainId' ? '0x1' : '0x7' }))
        setTimeout(() => res.end(JSON.stringify(answer)), 1_500) // the first diagnosis's batch is slow
        return true
      },
      answer: () => '0x8',
    })
    const slow = createRpcSession({ rpcTimeoutMs: 3_000 }).client(genericChain(1, [fake.url])).getBlockNumber()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    expect(await createRpcSession({ rpcTimeoutMs: 3_000 }).client(genericChain(1, [fake.url])).getBlockNumber()).toBe(8n)
    expect(performance.now() - started).toBeLessThan(500)
    expect(fake.requests.at(-1)!.map((c) => c.method).sort()).toEqual(['eth_blockNumber', 'eth_chainId']) // its own proof, in its own batch
    expect(await slow).toBe(7n)
  })

  test('calls of one diagnosis made together share one proof of chain and head', async () => {
    const fake = await node({ chainId: 8453, answer: (call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x1', hash: `0x${'1'.repeat(64)}`, timestamp: now() } : '0x7') })
    const client = createRpcSession({ rpcTimeoutMs: 1_000 }).client(steady(fake.url))
    await Promise.all([client.getBlockNumber(), client.getGasPrice(), client.getBlockNumber()])
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]!.map((c) => c.method).sort()).toEqual(['eth_blockNumber', 'eth_blockNumber', 'eth_chainId', 'eth_gasPrice', 'eth_getBlockByNumber'])
  })
})

describe('a malformed reply is the node’s problem: the next node is asked, and the node is reported', () => {
  test('a newest block without a timestamp', async () => {
    const broken = await node({ chainId: 8453, answer: (call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x1' } : '0x9') })
    const good = await node({ chainId: 8453, answer: (call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x1', hash: `0x${'1'.repeat(64)}`, timestamp: now() } : '0x7') })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    expect(await session.client(steady(broken.url, good.url)).getBlockNumber()).toBe(7n)
    expect(session.stats.problems).toEqual([
      { code: 'RPC_UNREACHABLE', chainId: 8453, facts: { endpoint: broken.url, error: `${broken.url} sent a malformed reply to eth_getBlockByNumber (timestamp is missing).` } },
    ])
  })

  test('as the only node, the call fails with the reason, and nothing is left unhandled', async () => {
    const broken = await node({ chainId: 8453, answer: (call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x1', timestamp: 'now' } : '0x9') })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    await expect(session.client(steady(broken.url)).getBlockNumber()).rejects.toThrow(/malformed reply to eth_getBlockByNumber \(timestamp: not a hex quantity/)
  })

  test('a chain id that is not a number', async () => {
    const broken = await node({ chainId: 1, http: (_, res, body) => (res.end(JSON.stringify((JSON.parse(body) as Call[]).map((c) => ({ jsonrpc: '2.0', id: c.id, result: c.method === 'eth_chainId' ? 'mainnet' : '0x9' })))), true) })
    const good = await node({ chainId: 1, answer: () => '0x7' })
    expect(await createRpcSession({ rpcTimeoutMs: 1_000 }).client(genericChain(1, [broken.url, good.url])).getBlockNumber()).toBe(7n)
  })
})

describe('log ranges', () => {
  /** A node that refuses eth_getLogs over `limit` blocks with `message`, and records the spans asked. */
  async function limitedNode(limit: number, message: string) {
    const spans: number[] = []
    const fake = await node({
      chainId: 1,
      http: (_, res, body) => {
        const parsed = JSON.parse(body) as Call | Call[]
        const answers = (Array.isArray(parsed) ? parsed : [parsed]).map((call) => {
          if (call.method === 'eth_chainId') return { jsonrpc: '2.0', id: call.id, result: '0x1' }
          const { fromBlock, toBlock } = (call.params as [{ fromBlock: string; toBlock: string }])[0]
          const span = Number(toBlock) - Number(fromBlock) + 1
          spans.push(span)
          return span > limit ? { jsonrpc: '2.0', id: call.id, error: { code: -32000, message } } : { jsonrpc: '2.0', id: call.id, result: [] }
        })
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(Array.isArray(parsed) ? answers : answers[0]))
        return true
      },
    })
    const scan = () => getLogsAdaptive(createRpcSession({ rpcTimeoutMs: 1_000 }).client(genericChain(1, [fake.url])), { topics: [], fromBlock: 0n, toBlock: 3_999n, initialRange: 2_000, endpoints: [fake.url] })
    return { spans, scan }
  }

  test('a limit the node names is learned: the next scan starts below it', async () => {
    const { spans, scan } = await limitedNode(500, 'block range greater than 500 max')
    await scan()
    spans.length = 0
    await scan()
    expect(Math.max(...spans)).toBeLessThanOrEqual(500)
  })

  test('a timeout splits this scan only: the next one tries the configured range again', async () => {
    const { spans, scan } = await limitedNode(500, 'query timeout exceeded')
    const first = await scan()
    expect(first.stats.splits).toBeGreaterThan(0)
    spans.length = 0
    await scan()
    expect(spans[0]).toBe(2_000)
  })
})

import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { genericChain } from '../../src/config/chains.js'
import { createRpcSession } from '../../src/rpc/session.js'
import { resetNodeKnowledge } from '../../src/rpc/node-knowledge.js'
import { deadUrl, startFakeNode } from '../helpers/fake-node.js'

const closers: (() => Promise<void>)[] = []
beforeEach(() => resetNodeKnowledge())
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function node(options: Parameters<typeof startFakeNode>[0]) {
  const fake = await startFakeNode(options)
  closers.push(fake.close)
  return fake
}

const blockNumberAnswer = (blockNumber: number) => (call: { method: string }) =>
  call.method === 'eth_blockNumber' ? `0x${blockNumber.toString(16)}` : call.method === 'eth_getBalance' ? '0x64' : '0x7'

describe('RPC session', () => {
  test('calls made together leave in one HTTP request, chain-id check included', async () => {
    const fake = await node({ chainId: 1, answer: blockNumberAnswer(100) })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    const client = session.client(genericChain(1, [fake.url]))
    const address = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'

    await Promise.all([
      client.getBlockNumber(),
      client.getBalance({ address }),
      client.getTransactionCount({ address }),
      client.getTransactionCount({ address, blockTag: 'pending' }),
    ])
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]!.map((c) => c.method).sort()).toEqual(
      ['eth_blockNumber', 'eth_chainId', 'eth_getBalance', 'eth_getTransactionCount', 'eth_getTransactionCount'].sort(),
    )

    // The chain id is proved once per endpoint: the next batch carries only the real calls.
    await Promise.all([client.getBalance({ address }), client.getBlockNumber()])
    expect(fake.requests).toHaveLength(2)
    expect(fake.requests[1]!.map((c) => c.method).sort()).toEqual(['eth_blockNumber', 'eth_getBalance'])
    expect(session.stats).toMatchObject({ requests: 2, calls: 7, roundTrips: 2 })
  })

  test('a refused first endpoint falls through to the next at once', async () => {
    const good = await node({ chainId: 1, answer: blockNumberAnswer(42) })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    const started = performance.now()
    const blockNumber = await session.client(genericChain(1, [await deadUrl(), good.url])).getBlockNumber()
    expect(blockNumber).toBe(42n)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  test('a hanging first endpoint falls through to the next within the per-call timeout', async () => {
    const hanging = await node({ chainId: 1, http: () => true /* never answers */ })
    const good = await node({ chainId: 1, answer: blockNumberAnswer(43) })
    const session = createRpcSession({ rpcTimeoutMs: 300 })
    const started = performance.now()
    const blockNumber = await session.client(genericChain(1, [hanging.url, good.url])).getBlockNumber()
    const elapsed = performance.now() - started
    expect(blockNumber).toBe(43n)
    expect(elapsed).toBeGreaterThanOrEqual(290)
    expect(elapsed).toBeLessThan(1_200)
  })

  test('a node on the wrong chain is never used, and is reported', async () => {
    const wrong = await node({ chainId: 56, answer: blockNumberAnswer(999_999) })
    const right = await node({ chainId: 1, answer: blockNumberAnswer(7) })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    const client = session.client(genericChain(1, [wrong.url, right.url]))

    expect(await client.getBlockNumber()).toBe(7n)
    expect(await client.getBlockNumber()).toBe(7n)
    expect(session.stats.problems).toEqual([
      { code: 'RPC_WRONG_CHAIN', chainId: 1, facts: { endpoint: wrong.url, expectedChainId: 1, actualChainId: 56 } },
    ])
  })

  test('when every node is on the wrong chain, the call fails instead of answering', async () => {
    const wrong = await node({ chainId: 56, answer: blockNumberAnswer(999_999) })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    await expect(session.client(genericChain(1, [wrong.url])).getBlockNumber()).rejects.toThrow(/serves chain 56, not chain 1/)
  })

  test('a node that refuses batches gets the calls one by one, and is remembered', async () => {
    const refusing = await node({
      chainId: 1,
      answer: blockNumberAnswer(9),
      http: (_, res, body) => {
        if (!body.trimStart().startsWith('[')) return false
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'batch requests are not supported' } }))
        return true
      },
    })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    const client = session.client(genericChain(1, [refusing.url]))
    const address = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
    expect(await Promise.all([client.getBlockNumber(), client.getBalance({ address })])).toEqual([9n, 100n])
    expect(session.stats.requests).toBe(4) // the refused batch, then chainId, blockNumber and balance one by one
    await Promise.all([client.getBlockNumber(), client.getBalance({ address })])
    expect(session.stats.requests).toBe(6) // no batch tried again
  })

  test('round trips count requests that waited for each other, not those sent together', async () => {
    const a = await node({ chainId: 1, answer: blockNumberAnswer(1) })
    const b = await node({ chainId: 10, answer: blockNumberAnswer(2) })
    const session = createRpcSession({ rpcTimeoutMs: 1_000 })
    const [ca, cb] = [session.client(genericChain(1, [a.url])), session.client(genericChain(10, [b.url]))]
    await Promise.all([ca.getBlockNumber(), cb.getBlockNumber()])
    expect(session.stats.roundTrips).toBe(1)
    await ca.getBlockNumber()
    expect(session.stats).toMatchObject({ requests: 3, roundTrips: 2 })
  })
})

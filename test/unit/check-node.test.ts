import { afterEach, expect, test } from 'vitest'
import { genericChain } from '../../src/config/chains.js'
import { checkNode } from '../../src/diagnose/rpc/check-node.js'
import { startFakeNode } from '../helpers/fake-node.js'

/** `txdoctor rpc <url>` reads a node's raw answers: what they hold is the node's word, checked before use. */
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function check(answer: (call: { method: string }) => unknown, http?: Parameters<typeof startFakeNode>[0]['http']) {
  const fake = await startFakeNode({ chainId: 1, answer, ...(http ? { http } : {}) })
  closers.push(fake.close)
  const outcome = await checkNode(fake.url, genericChain(1, [fake.url]), { timeoutMs: 1_000 })
  return { url: fake.url, outcome, codes: outcome.findings.map((f) => f.code) }
}

const now = () => `0x${Math.floor(Date.now() / 1000).toString(16)}`

test('a healthy node', async () => {
  const { outcome } = await check((call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x10', timestamp: now() } : []))
  expect(outcome).toMatchObject({ status: 'healthy', findings: [{ code: 'RPC_HEALTHY', facts: { chainId: 1, head: 16n } }] })
})

test('a chain id that is not one: unhealthy, and said why, instead of "chain NaN"', async () => {
  const { url, outcome } = await check(() => [], (_, res, body) => {
    const calls = JSON.parse(body) as { id: number; method: string }[]
    res.end(JSON.stringify(calls.map((c) => ({ jsonrpc: '2.0', id: c.id, result: c.method === 'eth_chainId' ? { chain: 'one' } : [] }))))
    return true
  })
  expect(outcome).toMatchObject({ status: 'unhealthy', findings: [{ code: 'RPC_UNREACHABLE', facts: { error: `${url} sent a malformed reply to eth_chainId (the result: expected string).` } }] })
})

test('a newest block without a timestamp: reported, not a crash', async () => {
  const { url, outcome, codes } = await check((call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x10', timestamp: 'noon' } : []))
  expect(codes).toEqual(['RPC_UNREACHABLE'])
  expect(outcome.status).toBe('unhealthy')
  expect(outcome.findings[0]!.facts).toMatchObject({ error: `${url} sent a malformed reply to eth_getBlockByNumber (timestamp: not a hex quantity below 2^52).` })
})

test('answers that are not JSON-RPC objects at all', async () => {
  const { outcome } = await check(() => [], (_, res) => (res.end(JSON.stringify([null, 5, 'x'])), true))
  expect(outcome).toMatchObject({ status: 'unhealthy', findings: [{ code: 'RPC_UNREACHABLE', facts: { error: 'no answer to eth_chainId' } }] })
})

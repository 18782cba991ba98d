import { afterEach, describe, expect, test } from 'vitest'
import { genericChain } from '../../src/config/chains.js'
import { checkNode } from '../../src/diagnose/rpc/check-node.js'
import { probeNode, type NodeProbe, type RpcAnswer } from '../../src/diagnose/rpc/probe-node.js'
import { startFakeNode } from '../helpers/fake-node.js'

/** `txdoctor rpc <url>` reads a node's raw answers: what they hold is the node's word, checked before use. */
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function check(answer: (call: { method: string }) => unknown, http?: Parameters<typeof startFakeNode>[0]['http']) {
  const fake = await startFakeNode({ chainId: 1, answer, ...(http ? { http } : {}) })
  closers.push(fake.close)
  const outcome = checkNode(await probeNode(fake.url, genericChain(1, [fake.url]), { timeoutMs: 1_000 }))
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

/** The judgement alone, on the evidence a probe gathers: each rule's edge without a socket. */
describe('checkNode on probe evidence', () => {
  const chain = genericChain(1, ['http://node.test'])
  const at = 1_800_000_000_000
  const seconds = (ms: number) => `0x${Math.floor(ms / 1000).toString(16)}`
  const probe = (answers: RpcAnswer[], more: Partial<NodeProbe> = {}): NodeProbe =>
    ({ url: 'http://node.test', endpoint: 'node.test', expected: chain, at, latencyMs: 40, reply: 'answers', answers, ...more }) as NodeProbe
  const head = (ageMs: number, number = '0x100') => ({ id: 2, result: { number, timestamp: seconds(at - ageMs) } })
  const chainId = (id: number) => ({ id: 1, result: `0x${id.toString(16)}` })
  const codes = (p: NodeProbe) => checkNode(p).findings.map((f) => f.code)

  test.each([
    ['current head, every method answers', [chainId(1), head(5_000)], ['RPC_HEALTHY']],
    ['head 59 s old: not lagging yet (a minute at least)', [chainId(1), head(59_000)], ['RPC_HEALTHY']],
    ['head 10 min old', [chainId(1), head(600_000)], ['RPC_LAGGING']],
    ['another chain than the one named', [chainId(10), head(5_000)], ['RPC_WRONG_CHAIN']],
    ['tracing refused with -32601: a missing method, still healthy', [chainId(1), head(5_000), { id: 13, error: { code: -32601, message: 'the method debug_traceTransaction does not exist/is not available' } }], ['RPC_METHOD_MISSING']],
    ['the batch refused as a whole', [{ id: null as unknown as number, error: { code: -32600, message: 'batch not allowed' } }], ['RPC_UNREACHABLE']],
  ] as const)('%s', (_, answers, expected) => {
    expect(codes(probe([...answers] as RpcAnswer[]))).toEqual(expected)
  })

  test('a head far behind the configured nodes is lagging even when its clock looks fresh', () => {
    const outcome = checkNode(probe([chainId(1), head(5_000, '0x100')], { referenceHead: 0x100n + 50n } as Partial<NodeProbe>))
    expect(outcome.findings).toMatchObject([{ code: 'RPC_LAGGING', facts: { blocksBehind: 50n } }])
  })

  test('a 429 and a failed request are unhealthy, with what the node said', () => {
    expect(checkNode({ url: 'http://node.test', endpoint: 'node.test', expected: chain, at, reply: 'rate-limited', retryAfter: '30' })).toMatchObject({ status: 'unhealthy', findings: [{ code: 'RPC_RATE_LIMITED', facts: { retryAfterSeconds: 30 } }] })
    expect(checkNode({ url: 'http://node.test', endpoint: 'node.test', expected: chain, at, reply: 'failed', why: 'no answer within 1000 ms' })).toMatchObject({ status: 'unhealthy', findings: [{ code: 'RPC_UNREACHABLE', facts: { error: 'no answer within 1000 ms' } }] })
  })
})

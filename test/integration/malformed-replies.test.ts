import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { startAnvil, type Anvil } from '../harness/anvil.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { startFakeNode } from '../helpers/fake-node.js'
import { startLoopbackServer } from '../helpers/loopback.js'

/**
 * What a node answers is untrusted input. A node that answers with something that is not a block, a transaction,
 * a receipt or logs is a misbehaving node: the next node is asked, and when there is none the answer says which
 * chain it could not check and which node misbehaved. Never a crash, never an unhandled rejection, never late.
 */
let lab: Lab
/** A chain with steady blocks (Base's id, a block a second), where every first call also checks the node's head. */
let steady: Anvil
let steadyHash: string
let labHash: string
const wallet = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' // anvil account #1: received the lab's token transfer
const closers: (() => Promise<void>)[] = []

const rpc = async <result>(url: string, method: string, params: unknown[] = []) =>
  ((await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })).json()) as { result: result }).result

beforeAll(async () => {
  ;[lab, steady] = await Promise.all([startLab(), startAnvil({ chainId: 8453, args: ['--block-time', '1'] })])
  labHash = (await scenario.tokenTransfer(lab)).hash
  const [from, to] = await rpc<string[]>(steady.url, 'eth_accounts')
  steadyHash = await rpc<string>(steady.url, 'eth_sendTransaction', [{ from, to, value: '0x1000' }])
  while (!(await rpc(steady.url, 'eth_getTransactionReceipt', [steadyHash]))) await new Promise((resolve) => setTimeout(resolve, 200))
})
afterAll(async () => {
  await Promise.all(closers.map((close) => close()))
  await Promise.all([lab?.stop(), steady?.stop()])
})

/** Every unhandled rejection while a test runs: on Node, one would end a server. */
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
beforeEach(() => {
  unhandled.length = 0
  process.on('unhandledRejection', onUnhandled)
})
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50)) // let stragglers settle inside the test's watch
  process.off('unhandledRejection', onUnhandled)
  expect(unhandled).toEqual([])
})

type Call = { id: number; method: string; params?: unknown[] }

/** A node in front of a real one that passes every call through and spoils the results of some. */
async function corrupting(target: string, spoil: (call: Call, result: unknown) => unknown) {
  const server = await startLoopbackServer(async (_, res, body) => {
    const parsed = JSON.parse(body) as Call | Call[]
    const calls = Array.isArray(parsed) ? parsed : [parsed]
    const answer = (await (await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { id: number; result?: unknown } | { id: number; result?: unknown }[]
    const spoiled = (Array.isArray(answer) ? answer : [answer]).map((reply) => {
      const call = calls.find((c) => c.id === reply.id)
      return call && 'result' in reply ? { ...reply, result: spoil(call, reply.result) } : reply
    })
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(Array.isArray(answer) ? spoiled : spoiled[0]))
  })
  closers.push(server.close)
  return server.url
}

const without = (value: unknown, field: string) => {
  if (typeof value !== 'object' || value === null) return value
  const { [field]: _, ...rest } = value as Record<string, unknown>
  return rest
}

type Case = {
  what: string
  /** Which chain the spoiling node serves, and what is asked. */
  chain: 'steady' | 'lab'
  ask: 'transaction' | 'address'
  spoil: (call: Call, result: unknown) => unknown
}

const cases: Case[] = [
  {
    what: 'blocks without a timestamp',
    chain: 'steady',
    ask: 'transaction',
    spoil: (call, result) => (call.method.startsWith('eth_getBlockBy') ? without(result, 'timestamp') : result),
  },
  {
    what: 'transactions whose sender is not an address',
    chain: 'lab',
    ask: 'transaction',
    spoil: (call, result) => (call.method === 'eth_getTransactionByHash' && result ? { ...result, from: 'the sender' } : result),
  },
  {
    what: 'receipts without logs',
    chain: 'lab',
    ask: 'transaction',
    spoil: (call, result) => (call.method === 'eth_getTransactionReceipt' ? without(result, 'logs') : result),
  },
  {
    what: 'no transaction for a hash whose receipt it has (backends that disagree)',
    chain: 'lab',
    ask: 'transaction',
    spoil: (call, result) => (call.method === 'eth_getTransactionByHash' ? null : result),
  },
  {
    what: 'logs whose topics are not 32-byte words',
    chain: 'lab',
    ask: 'address',
    spoil: (call, result) => (call.method === 'eth_getLogs' ? [{ address: wallet, topics: ['0x1234'], data: '0x' }] : result),
  },
]

/** Each diagnosis gets 5 s; a misbehaving node must not use it up. */
const timeoutMs = 5_000
const env = (vars: Record<string, string>) => ({ config: loadConfig({ TXDOCTOR_RPC_TIMEOUT_MS: '1500', TXDOCTOR_TIMEOUT_MS: String(timeoutMs), ...vars }) })

describe.each(cases)('a node answering $what', ({ chain, ask, spoil }) => {
  const good = () => (chain === 'steady' ? steady : lab.a)
  const question = () => (ask === 'address' ? wallet : chain === 'steady' ? steadyHash : labHash)

  test('as the first of two nodes: passed over for the next, the right answer in time, the node named', async () => {
    const bad = await corrupting(good().url, spoil)
    const started = performance.now()
    const diagnosis = await diagnose(question(), {}, env({ TXDOCTOR_CHAINS: String(good().chainId), [`TXDOCTOR_RPC_${good().chainId}`]: `${bad},${good().url}` }))
    expect(performance.now() - started).toBeLessThan(timeoutMs)
    const codes = diagnosis.findings.map((f) => f.code)
    if (ask === 'transaction') expect(codes).toContain('TX_SUCCESS')
    else expect(codes).toContain('ADDRESS_ACTIVITY')
    expect(codes).not.toContain('DIAGNOSIS_PARTIAL')
    expect(diagnosis.meta.partial).toBe(false)
    expect(diagnosis.findings.find((f) => f.code === 'RPC_UNREACHABLE')?.facts).toMatchObject({ endpoint: bad, error: expect.stringMatching(/malformed reply/), inDiagnosis: true })
  })

  test('as the only node of its chain: an honest partial answer that names the node, in time', async () => {
    const bad = await corrupting(good().url, spoil)
    const started = performance.now()
    // The other lab chain answers, so the answer is about what could and could not be checked.
    const diagnosis = await diagnose(question(), {}, env({ TXDOCTOR_CHAINS: `${good().chainId},31338`, [`TXDOCTOR_RPC_${good().chainId}`]: bad, TXDOCTOR_RPC_31338: lab.b.url }))
    expect(performance.now() - started).toBeLessThan(timeoutMs)
    const codes = diagnosis.findings.map((f) => f.code)
    if (ask === 'transaction') expect(codes).toEqual(['TX_NOT_FOUND', 'RPC_UNREACHABLE', 'DIAGNOSIS_PARTIAL'])
    else expect(codes).toEqual(expect.arrayContaining(['RPC_UNREACHABLE', 'DIAGNOSIS_PARTIAL']))
    expect(diagnosis.meta.partial).toBe(true)
    expect(diagnosis.findings.find((f) => f.code === 'RPC_UNREACHABLE')?.facts).toMatchObject({ endpoint: bad, error: expect.stringMatching(/malformed reply/) })
    const failed = diagnosis.findings.find((f) => f.code === 'DIAGNOSIS_PARTIAL')!.facts as { failed: { what: string; why: string }[] }
    expect(failed.failed.map((f) => f.why).join(' ')).toContain(`${bad} sent a malformed reply`)
  })
})

test('a diagnosis across 16 chains adds one listener to its deadline, not one per chain: no MaxListenersExceededWarning', async () => {
  const chainIds = Array.from({ length: 16 }, (_, i) => 41_000 + i)
  const nodes = await Promise.all(chainIds.map((chainId) => startFakeNode({ chainId, answer: (call) => (call.method.startsWith('eth_getTransaction') ? null : '0x1') })))
  closers.push(...nodes.map((node) => node.close))
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  try {
    const vars = Object.fromEntries(chainIds.map((id, i) => [`TXDOCTOR_RPC_${id}`, nodes[i]!.url]))
    const diagnosis = await diagnose(`0x${'5e'.repeat(32)}`, {}, env({ TXDOCTOR_CHAINS: chainIds.join(','), ...vars }))
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND'])
    expect(diagnosis.meta.checkedChains).toHaveLength(16)
    await new Promise((resolve) => setTimeout(resolve, 50)) // warnings are emitted on the next tick
  } finally {
    process.off('warning', onWarning)
  }
  expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
})

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { startRpcProxy } from '../helpers/rpc-proxy.js'

/**
 * The same node behind a proxy that behaves like a public endpoint: no debug_* or txpool_* methods, and 100 ms
 * of latency per HTTP request. What the answer costs is counted by the proxy itself.
 */
let lab: Lab
let proxy: Awaited<ReturnType<typeof startRpcProxy>>
const latencyMs = 100

beforeAll(async () => {
  lab = await startLab()
  proxy = await startRpcProxy({ target: lab.a.url, refuse: ['debug_*', 'txpool_*'], delayMs: latencyMs })
})
afterAll(async () => {
  await proxy?.close()
  await lab?.stop()
})

async function viaProxy(hash: string) {
  const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: proxy.url })
  const before = { ...proxy.stats }
  const diagnosis = await diagnose(hash, {}, { config })
  return { diagnosis, requests: proxy.stats.requests - before.requests, calls: proxy.stats.calls - before.calls }
}

describe('against a public-like node (no tracing, 100 ms latency)', () => {
  test('a success costs two round trips', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const { diagnosis, requests } = await viaProxy(hash)
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_SUCCESS', 'TX_NOT_FINAL'])
    expect(diagnosis.meta.roundTrips).toBe(2)
    expect(diagnosis.meta.rpcRequests).toBe(requests)
    expect(diagnosis.meta.durationMs).toBeLessThan(latencyMs * 2 + 1_000)
  })

  test('a failure is replayed with eth_call, marked approximate, within three round trips', async () => {
    const { hash } = await scenario.failedWith(lab, 'reason', 'Sale has ended')
    const { diagnosis } = await viaProxy(hash)
    expect(diagnosis.findings[0]).toMatchObject({ code: 'TX_FAILED_REVERTED', facts: { reason: 'Sale has ended', approximate: true } })
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test('an expired swap replayed against the parent block still reads as a deadline failure', async () => {
    const { hash } = await scenario.failedSwap(lab, 'deadline')
    const { diagnosis } = await viaProxy(hash)
    expect(diagnosis.findings[0]).toMatchObject({ code: 'TX_FAILED_DEADLINE', facts: { approximate: true } })
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test('a pending transaction costs two round trips even without txpool methods', async () => {
    await scenario.setAutomine(lab, lab.a, false)
    const { hash } = await scenario.healthyPending(lab)
    const { diagnosis } = await viaProxy(hash)
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_PENDING'])
    expect(diagnosis.meta.roundTrips).toBe(2)
    await scenario.setAutomine(lab, lab.a, true)
  })

  test('several skipped nonces: the pool is asked once; a node without it is not asked again', async () => {
    await scenario.setAutomine(lab, lab.a, false)
    const first = await scenario.nonceGap(lab, lab.a, await scenario.freshWallet(lab, lab.a), { skip: 2 })
    const once = (await viaProxy(first.hash)).diagnosis
    expect(once.findings.find((f) => f.code === 'TX_PENDING_NONCE_GAP')!.facts).toMatchObject({ missingNonces: first.missing })
    expect(once.meta.roundTrips).toBe(3) // txpool_content: refused
    const second = await scenario.nonceGap(lab, lab.a, await scenario.freshWallet(lab, lab.a), { skip: 2 })
    expect((await viaProxy(second.hash)).diagnosis.meta.roundTrips).toBe(2)
    await scenario.setAutomine(lab, lab.a, true)
  })
})

describe('slow and stale nodes', () => {
  test('a hash found on one chain is answered without waiting for a slow chain', async () => {
    const slow = await startRpcProxy({ target: lab.b.url, delayMs: 3_000 })
    try {
      const { hash } = await scenario.nativeTransfer(lab)
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: slow.url })
      const started = performance.now()
      const diagnosis = await diagnose(hash, {}, { config })
      expect(diagnosis.findings[0]!.code).toBe('TX_SUCCESS')
      expect(performance.now() - started).toBeLessThan(1_500)
      // The side question (is the recipient a contract on the slow chain?) went unanswered, and the answer says so.
      expect(diagnosis.meta.partial).toBe(true)
      expect(diagnosis.findings.at(-1)).toMatchObject({ code: 'DIAGNOSIS_PARTIAL', facts: { failed: [{ what: 'Chain 31338: contract code' }] } })
    } finally {
      await slow.close()
    }
  })

  test('"not found" waits for every chain up to the budget, then says which chain did not answer', async () => {
    const slow = await startRpcProxy({ target: lab.b.url, delayMs: 5_000 })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: slow.url, TXDOCTOR_TIMEOUT_MS: '1500' })
      const started = performance.now()
      const diagnosis = await diagnose(`0x${'cd'.repeat(32)}`, {}, { config })
      const elapsed = performance.now() - started
      expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND', 'DIAGNOSIS_PARTIAL'])
      expect(diagnosis.findings[1]!.facts).toMatchObject({ failed: [{ what: 'Chain 31338' }] })
      expect(diagnosis.meta.partial).toBe(true)
      expect(elapsed).toBeGreaterThan(1_400)
      expect(elapsed).toBeLessThan(2_500)
    } finally {
      await slow.close()
    }
  })

  test('TX_REPLACED when a node still serves the old pending transaction but its nonce was used', async () => {
    await scenario.setAutomine(lab, lab.a, false)
    const original = await scenario.pendingToReplace(lab)
    const stale = await lab.rpc<Record<string, unknown>>(lab.a, 'eth_getTransactionByHash', [original.hash])
    const { hash: replacement } = await scenario.replaceAndMine(lab, lab.a, original)
    await scenario.setAutomine(lab, lab.a, true)
    const staleNode = await startRpcProxy({
      target: lab.a.url,
      answer: (call) => (call.method === 'eth_getTransactionByHash' && call.params?.[0] === original.hash ? { jsonrpc: '2.0', id: call.id, result: stale } : undefined),
    })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: staleNode.url })
      const diagnosis = await diagnose(original.hash, {}, { config })
      expect(diagnosis.status).toBe('replaced')
      expect(diagnosis.findings).toEqual([{ code: 'TX_REPLACED', severity: 'info', facts: { nonce: original.nonce, replacedBy: replacement, replacedInBlock: expect.any(BigInt) } }])
    } finally {
      await staleNode.close()
    }
  })
})

test('a configured node that serves another chain is skipped and reported, and the answer comes from the right one', async () => {
  const { hash } = await scenario.nativeTransfer(lab)
  const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: `${lab.b.url},${lab.a.url}` })
  const diagnosis = await diagnose(hash, {}, { config })
  expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_SUCCESS', 'TX_NOT_FINAL', 'RPC_WRONG_CHAIN'])
  expect(diagnosis.findings[2]).toMatchObject({ severity: 'warning', facts: { endpoint: lab.b.url, expectedChainId: 31337, actualChainId: 31338 } })
})

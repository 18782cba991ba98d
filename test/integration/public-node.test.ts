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
})

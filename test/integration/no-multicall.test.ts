import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { commonContracts } from '../../src/core/chain-spec.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { resetReadRoutes } from '../../src/rpc/read-contracts.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { ask } from '../helpers/diagnose.js'
import { startRpcProxy } from '../helpers/rpc-proxy.js'

/**
 * A chain without Multicall3 (a private chain, a devnet, a new chain): viem's multicall does not throw there, it
 * fails every read alike, and token reads used to vanish without a word. They must work, learned once per chain.
 */
let lab: Lab
beforeAll(async () => {
  lab = await startLab()
  // The lab installs Multicall3 at its canonical address; this chain has none.
  await lab.rpc(lab.a, 'anvil_setCode', [commonContracts.multicall3, '0x'])
  resetReadRoutes()
})
afterAll(() => lab?.stop())

describe('reads on a chain without Multicall3', () => {
  test('a token transfer reads its symbol and decimals: 250 «TUSD», not 250,000,000 base units', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const { finding, answer } = await ask(lab, hash, { level: 'novice' })
    expect(finding('TX_SUCCESS')!.facts).toMatchObject({ transfers: [{ symbol: 'TUSD', decimals: 6, amount: 250_000_000n }] })
    expect(answer.findings.find((f) => f.code === 'TX_SUCCESS')!.body).toContain('250 «TUSD»')
    expect(answer.meta.partial).toBe(false)
  })

  test('an address holding tokens but no coin: ADDRESS_NO_GAS; a token contract: ADDRESS_IS_TOKEN', async () => {
    const { address, token } = await scenario.tokensButNoGas(lab)
    expect((await ask(lab, address, { chain: '31337' })).codes).toContain('ADDRESS_NO_GAS')
    const tokenAnswer = await ask(lab, token, { chain: '31337' })
    expect(tokenAnswer.codes).toContain('ADDRESS_IS_TOKEN')
    expect(tokenAnswer.finding('ADDRESS_IS_TOKEN')!.facts).toMatchObject({ symbol: 'USDX' })
  })

  test('the route is learned beside the first round trip: no diagnosis pays a round trip for it', async () => {
    resetReadRoutes()
    const { hash } = await scenario.tokenTransfer(lab)
    const proxy = await startRpcProxy({ target: lab.a.url })
    try {
      const config = { ...lab.config, chains: lab.config.chains.map((c) => (c.id === 31337 ? { ...c, rpcUrls: [proxy.url] } : c)) }
      const first = await diagnose(hash, { chain: '31337' }, { config })
      const second = await diagnose(hash, { chain: '31337' }, { config })
      expect(first.findings.find((f) => f.code === 'TX_SUCCESS')!.facts).toMatchObject({ transfers: [{ symbol: 'TUSD' }] })
      expect(second.findings.find((f) => f.code === 'TX_SUCCESS')!.facts).toMatchObject({ transfers: [{ symbol: 'TUSD' }] })
      expect(first.meta.roundTrips).toBe(second.meta.roundTrips)
      expect(first.meta.roundTrips).toBeLessThanOrEqual(2)
    } finally {
      await proxy.close()
    }
  })

  test('a node that cannot serve the reads makes the answer partial, naming what is missing', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const proxy = await startRpcProxy({
      target: lab.a.url,
      answer: (call) => (call.method === 'eth_call' ? { jsonrpc: '2.0', id: call.id, error: { code: -32000, message: 'header not found' } } : undefined),
    })
    try {
      const config = { ...lab.config, chains: lab.config.chains.map((c) => (c.id === 31337 ? { ...c, rpcUrls: [proxy.url] } : c)) }
      const diagnosis = await diagnose(hash, { chain: '31337' }, { config })
      expect(diagnosis.meta.partial).toBe(true)
      const partial = diagnosis.findings.find((f) => f.code === 'DIAGNOSIS_PARTIAL')!.facts as { failed: { what: string }[] }
      expect(partial.failed.map((f) => f.what)).toContain('Local devnet: token metadata')
    } finally {
      await proxy.close()
    }
  })
})

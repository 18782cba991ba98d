import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { commonContracts } from '../../src/core/chain-spec.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'

/**
 * The lab's public profile is what DESIGN §9 says it is: pruned state, no tracing or pool (refused as geth does),
 * no Multicall3 — for txdoctor, through `lab.config` and `lab.a.url` — while the test's wallet talks to anvil
 * directly. Started explicitly, whatever TXDOCTOR_LAB_PROFILE says; the answers recorded here are anvil 1.7's.
 */
let lab: Lab
beforeAll(async () => {
  lab = await startLab({ profile: 'public' })
})
afterAll(() => lab?.stop())

type Reply = { result?: unknown; error?: { code: number; message: string } }
async function call(url: string, method: string, params: unknown[] = []): Promise<Reply> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  return (await response.json()) as Reply
}
const hex = (n: number) => `0x${n.toString(16)}`

describe('the public profile', () => {
  test('txdoctor is pointed at the proxies; the wallet at anvil itself', () => {
    expect(lab.profile).toBe('public')
    expect(lab.a.url).not.toBe(lab.a.anvilUrl)
    expect(lab.config.chains.map((c) => c.rpcUrls)).toEqual([[lab.a.url], [lab.b.url]])
  })

  test.each(['debug_traceTransaction', 'trace_transaction', 'txpool_content', 'txpool_contentFrom'])('%s is refused with geth’s -32601', async (method) => {
    const { hash } = await scenario.nativeTransfer(lab)
    expect(await call(lab.a.url, method, [hash])).toMatchObject({ error: { code: -32601, message: `the method ${method} does not exist/is not available` } })
  })

  test('no Multicall3 at its canonical address; Permit2 is there', async () => {
    expect((await call(lab.a.url, 'eth_getCode', [commonContracts.multicall3, 'latest'])).result).toBe('0x')
    expect((await call(lab.b.url, 'eth_getCode', [commonContracts.multicall3, 'latest'])).result).toBe('0x')
    expect((await call(lab.a.url, 'eth_getCode', [commonContracts.permit2, 'latest'])).result).toMatch(/^0x6080/)
  })

  test('only the newest state is kept: state reads at any earlier block are refused; blocks, receipts and logs stay', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const receipt = (await call(lab.a.url, 'eth_getTransactionReceipt', [hash])).result as { blockNumber: string; to: string; logs: unknown[] }
    const mined = Number(receipt.blockNumber)
    await lab.rpc(lab.a, 'evm_mine')
    const head = Number((await call(lab.a.url, 'eth_blockNumber')).result)
    expect(head).toBe(mined + 1)
    const alice = lab.a.accounts[0]!.address
    const reads: [string, (block: string) => unknown[]][] = [
      ['eth_getBalance', (block) => [alice, block]],
      ['eth_call', (block) => [{ to: receipt.to, data: '0x95d89b41' }, block]], // symbol()
      ['eth_getCode', (block) => [receipt.to, block]],
      ['eth_getStorageAt', (block) => [receipt.to, '0x0', block]],
      ['eth_getTransactionCount', (block) => [alice, block]],
    ]
    for (const [method, params] of reads) {
      expect(await call(lab.a.url, method, params(hex(head))), method).toHaveProperty('result')
      expect(await call(lab.a.url, method, params('latest')), method).toHaveProperty('result')
      for (const block of [mined, mined - 1, 1])
        expect(await call(lab.a.url, method, params(hex(block))), `${method} at ${block}`).toEqual({
          jsonrpc: '2.0',
          id: 1,
          error: { code: -32602, message: `BlockOutOfRangeError: block height is ${head} but requested was ${block}` },
        })
    }
    expect((await call(lab.a.url, 'eth_getBlockByNumber', [hex(mined), false])).result).toMatchObject({ number: hex(mined) })
    expect(receipt.logs).toHaveLength(1)
    expect((await call(lab.a.url, 'eth_getLogs', [{ fromBlock: hex(mined), toBlock: hex(mined) }])).result).toHaveLength(1)
  })

  test('the wallet still reaches anvil’s own methods directly', async () => {
    await expect(lab.rpc(lab.a, 'anvil_setBalance', [lab.a.accounts[9]!.address, '0x1'])).resolves.toBeDefined()
    expect(await lab.a.provider.getBalance(lab.a.accounts[9]!.address)).toBe(1n)
  })
})

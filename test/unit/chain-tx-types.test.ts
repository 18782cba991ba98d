import { formatTransaction, type RpcTransaction } from 'viem'
import { afterEach, describe, expect, test } from 'vitest'
import arbitrumInternal from '../../fixtures/tx-arbitrum-internal.json' with { type: 'json' }
import baseL1Info from '../../fixtures/tx-base-l1-info-deposit.json' with { type: 'json' }
import celoCip64 from '../../fixtures/tx-celo-cip64.json' with { type: 'json' }
import zksyncEip712 from '../../fixtures/tx-zksync-eip712.json' with { type: 'json' }
import { loadConfig } from '../../src/config/config.js'
import { finding } from '../../src/core/finding.js'
import { normaliseTypeHex } from '../../src/core/tx-types.js'
import { langs, levels } from '../../src/core/types.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { chainSpecificOf } from '../../src/diagnose/tx/chain-specific.js'
import { describe as describeFinding, explain } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'
import { MemoryPendingStore } from '../../src/store/pending-store.js'
import { startFakeNode } from '../helpers/fake-node.js'

/**
 * Transactions of the chains' own types, as real nodes returned them (fixtures/tx-*.json, each naming its source),
 * served by a fake node that knows only that transaction and its receipt: they must parse, and the answer must
 * say what they are. Everything else the node is asked is "method not found" (reported as partial, not a crash).
 */
type Fixture = { chainId: number; transaction: Record<string, unknown>; receipt: Record<string, unknown> }

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function diagnoseRecorded({ chainId, transaction, receipt }: Fixture) {
  const head = BigInt(receipt.blockNumber as string) + 5n
  const node = await startFakeNode({
    chainId,
    answer: ({ method }) =>
      method === 'eth_getTransactionByHash' ? transaction
      : method === 'eth_getTransactionReceipt' ? receipt
      : method === 'eth_blockNumber' ? `0x${head.toString(16)}`
      : undefined,
  })
  closers.push(node.close)
  const config = loadConfig({ TXDOCTOR_CHAINS: String(chainId), [`TXDOCTOR_RPC_${chainId}`]: node.url, TXDOCTOR_RPC_TIMEOUT_MS: '1000' })
  const diagnosis = await diagnose(transaction.hash as string, {}, { config, store: new MemoryPendingStore() })
  const render = (level: 'novice' | 'expert', lang: 'en' | 'zh-CN') => explain(diagnosis, { level, lang })
  const success = diagnosis.findings.find((f) => f.code === 'TX_SUCCESS')
  return { diagnosis, render, success, codes: diagnosis.findings.map((f) => f.code).filter((c) => c !== 'DIAGNOSIS_PARTIAL') }
}

const card = (answer: ReturnType<typeof explain>, code: string) => answer.findings.find((f) => f.code === code)!

describe('a chain’s own transaction types, from recorded nodes', () => {
  test('zkSync Era 0x71 (EIP-712): parsed, the fee is what was charged, the type is named', async () => {
    const { diagnosis, render, success, codes } = await diagnoseRecorded(zksyncEip712)
    expect(diagnosis).toMatchObject({ status: 'success', chain: { id: 324 } })
    expect(codes).toContain('TX_SUCCESS')
    expect(success!.facts).toMatchObject({ txType: { hex: '0x71', name: 'zksync-eip712' }, fee: { value: 3_248_087n * 250_000_000n, symbol: 'ETH' } })
    expect(render('expert', 'en').facts).toMatchObject({ type: 'zksync-eip712', typeHex: '0x71', nonce: 15 })
    expect(card(render('novice', 'en'), 'TX_SUCCESS').body).toContain("It is zkSync's own kind of transaction, which wallets on zkSync use: that is normal.")
    expect(card(render('expert', 'en'), 'TX_SUCCESS').body).toContain('zkSync EIP-712 transaction (type 0x71)')
    expect(card(render('novice', 'zh-CN'), 'TX_SUCCESS').body).toContain('这是 zkSync 自有的一种交易')
    expect(card(render('expert', 'zh-CN'), 'TX_SUCCESS').body).toContain('zkSync EIP-712 交易（类型 0x71）')
  })

  test('Celo 0x7b (CIP-64): the fee was paid in a token, so it is not shown as CELO', async () => {
    // The source removed this receipt's logs (see the fixture); a node always sends the list, here an empty one.
    const { diagnosis, render, success } = await diagnoseRecorded({ ...celoCip64, receipt: { ...celoCip64.receipt, logs: [] } })
    expect(diagnosis).toMatchObject({ status: 'success', chain: { id: 42220 } })
    expect(success!.facts).toEqual(
      expect.objectContaining({
        txType: { hex: '0x7b', name: 'celo-cip64' },
        feeCurrency: { token: '0x2F25deB3848C207fc8E0c34035B3Ba7fC157602B', amount: 177_243n * 7_214_474_993n },
      }),
    )
    expect(success!.facts).not.toHaveProperty('fee')
    expect(render('novice', 'en').facts).toMatchObject({ type: 'celo-cip64', typeHex: '0x7b', feeCurrency: '0x2F25deB3848C207fc8E0c34035B3Ba7fC157602B' })
    const novice = card(render('novice', 'en'), 'TX_SUCCESS').body
    expect(novice).toContain('The network fee was paid in a token instead of CELO.')
    expect(novice).not.toMatch(/\d CELO/)
    expect(card(render('expert', 'en'), 'TX_SUCCESS').body).toContain(
      'fee paid in fee currency 0x2F25deB3848C207fc8E0c34035B3Ba7fC157602B: gasUsed × effectiveGasPrice = 1,278,715,191,184,299 of its units',
    )
    expect(card(render('novice', 'zh-CN'), 'TX_SUCCESS').body).toContain('网络手续费是用代币支付的，而不是 CELO。')
  })

  test('Arbitrum Nitro 0x6a (internal): said to be the network’s own bookkeeping, not a transfer', async () => {
    const { diagnosis, render, success } = await diagnoseRecorded(arbitrumInternal)
    expect(diagnosis.status).toBe('success')
    expect(success!.facts).toMatchObject({ txType: { hex: '0x6a', name: 'arbitrum-internal' } })
    expect(render('novice', 'en').headline).toBe('The transaction went through.')
    expect(card(render('novice', 'en'), 'TX_SUCCESS').body).toContain('nobody sent it and no money moved with it')
    expect(card(render('expert', 'en'), 'TX_SUCCESS').body).toContain('Arbitrum internal transaction (type 0x6a)')
    expect(card(render('novice', 'zh-CN'), 'TX_SUCCESS').body).toContain('没有人发送它，也没有转任何钱')
  })

  test('Base 0x7e, the L1 attributes deposit: a system deposit, neither a transfer nor someone’s deposit', async () => {
    const { render, codes, diagnosis } = await diagnoseRecorded(baseL1Info)
    expect(codes).toEqual(['TX_BRIDGE_DEPOSIT'])
    expect(diagnosis.findings[0]!.facts).toMatchObject({
      system: true,
      succeeded: true,
      mint: { value: 0n },
      sourceHash: '0x4921d9cceeabad2354630ae0cb0a1302df655e9269772c8380bf322b820537fd',
    })
    expect(render('novice', 'en').headline).toBe("This is Base's own automatic update about Ethereum, not a transfer.")
    expect(render('novice', 'zh-CN').headline).toBe('这是 Base 自动记录以太坊最新情况的系统交易，不是转账。')
    expect(render('expert', 'en').headline).toBe('System deposit (type 0x7e), block 6,233,518: not user-initiated')
  })

  test('a type txdoctor has no name for is still read, kept as its byte, and worded honestly', () => {
    // The same recorded Arbitrum transaction, read as if txdoctor knew no chain's types.
    const tx = formatTransaction(arbitrumInternal.transaction as unknown as RpcTransaction)
    expect(tx.type).toBeUndefined() // viem names Ethereum's types only
    expect(chainSpecificOf(tx, {})).toEqual({ type: { hex: '0x6a' } })
    const facts = { ...findingExamples.TX_SUCCESS, txType: { hex: '0x6a' as const } }
    const words = Object.fromEntries(
      langs.flatMap((lang) => levels.map((level) => [`${level} ${lang}`, describeFinding(finding('TX_SUCCESS', facts), { level, lang }).body])),
    )
    expect(words['novice en']).toContain("It is a kind of transaction of Base's own that we do not know, so we describe only what all transactions have in common.")
    expect(words['expert en']).toContain("Type 0x6a is not one of Ethereum's (0x0–0x4) and not one txdoctor knows")
    expect(words['novice zh-CN']).toContain('我们不认识这种类型')
    expect(words['expert zh-CN']).toContain('类型 0x6a 不属于以太坊的类型')
  })

  test.each([
    ['failed', { succeeded: false }],
    ['message not delivered', { relayFailed: { messenger: '0x4200000000000000000000000000000000000007', msgHash: findingExamples.TX_NOT_FOUND.hash } }],
    ['system', { system: true, mint: { value: 0n, symbol: 'ETH', decimals: 18 } }],
  ] as const)('TX_BRIDGE_DEPOSIT, %s: novice words stay plain in both languages', (_, variant) => {
    const facts = { ...findingExamples.TX_BRIDGE_DEPOSIT, ...variant }
    for (const lang of langs) {
      const text = describeFinding(finding('TX_BRIDGE_DEPOSIT', facts as never), { level: 'novice', lang })
      for (const line of [text.title, text.body, ...text.actions]) expect(line).not.toMatch(/\bgas\b|\bhash\b|\bnonce\b|revert|mint|0x[0-9a-f]{12,}|\bL[12]\b/i)
    }
  })

  test.each([
    ['0x7E', '0x7e'], ['0x07e', '0x7e'], ['0x71', '0x71'], ['0x0', '0x0'], ['deposit', undefined], [null, undefined], [126, undefined],
  ])('normaliseTypeHex(%j) → %j', (input, expected) => expect(normaliseTypeHex(input)).toBe(expected))
})

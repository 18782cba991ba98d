/** The pure address checks, rule by rule: each chain's evidence in, findings out (no node). */
import { describe, expect, test } from 'vitest'
import type { AddressEvidence } from '../../src/diagnose/address/gather.js'
import { addressFindings } from '../../src/diagnose/address/checks.js'
import { alice, bob, ethereum, gwei } from '../helpers/evidence.js'

const usdt = ethereum.tokens.find((t) => t.symbol === 'USDT')!
const lookalike = '0x70990000000000000000000000000000000079c8'
const hash = `0x${'ab'.repeat(32)}` as const

const chainEvidence = (fields: Partial<AddressEvidence> = {}): AddressEvidence => ({
  chain: ethereum,
  balance: 0n,
  latestNonce: 0,
  pendingNonce: 0,
  code: '0x',
  gasPrice: gwei(10),
  tokenProbe: { erc20: false, erc721: false, erc1155: false },
  holdings: [],
  transfers: [],
  ...fields,
})
const holding = { token: usdt.address, amount: 500_000_000n, info: { symbol: 'USDT', decimals: 6 } }
const codes = (evidence: AddressEvidence[]) => addressFindings(alice, evidence).map((f) => f.code)

describe('addressFindings', () => {
  test.each([
    ['nothing anywhere: unused', [chainEvidence()], ['ADDRESS_UNUSED']],
    ['a balance: used', [chainEvidence({ balance: 10n ** 18n })], ['ADDRESS_ACTIVITY']],
    ['tokens and a balance below one token transfer’s fee (65,000 gas)', [chainEvidence({ balance: 65_000n * gwei(10) - 1n, holdings: [holding] })], ['ADDRESS_NO_GAS', 'ADDRESS_ACTIVITY']],
    ['tokens and exactly one transfer’s fee: can move them', [chainEvidence({ balance: 65_000n * gwei(10), holdings: [holding] })], ['ADDRESS_ACTIVITY']],
    ['transactions waiting in the pool', [chainEvidence({ balance: 1n, latestNonce: 3, pendingNonce: 5 })], ['ADDRESS_PENDING_TXS', 'ADDRESS_ACTIVITY']],
    ['a contract here, nothing on the other chain', [chainEvidence({ code: '0x6080' }), chainEvidence({ chain: { ...ethereum, id: 8453, name: 'Base' } })], ['ADDRESS_IS_CONTRACT', 'ADDRESS_CONTRACT_NOT_ON_CHAIN', 'ADDRESS_ACTIVITY']],
    ['a token contract', [chainEvidence({ code: '0x6080', tokenProbe: { erc20: true, erc721: false, erc1155: false, symbol: 'USDT' } })], ['ADDRESS_IS_TOKEN', 'ADDRESS_IS_CONTRACT', 'ADDRESS_ACTIVITY']],
  ] as const)('%s', (_, evidence, expected) => {
    expect(codes([...evidence])).toEqual(expected)
  })

  test('an EIP-7702 delegation to an unknown program is a danger; its delegate is read from the code', () => {
    const delegate = '0x0DCd1Bf9A1b36cE34237eEaFef220932846BCD82'
    const [f] = addressFindings(alice, [chainEvidence({ latestNonce: 1, code: `0xef0100${delegate.slice(2).toLowerCase()}` })])
    expect(f).toMatchObject({ code: 'ADDRESS_EIP7702_DELEGATED', severity: 'danger', facts: { delegate, known: false } })
  })

  test('dust from a look-alike of a real counterparty is poisoning seen; dust from a stranger is not', () => {
    const real = { token: usdt.address, from: bob as `0x${string}`, to: alice as `0x${string}`, amount: 100_000_000n, hash }
    const lure = { token: usdt.address, from: lookalike as `0x${string}`, to: alice as `0x${string}`, amount: 0n, hash }
    const stranger = { ...lure, from: '0x1111111111111111111111111111111111111111' as `0x${string}` }
    const seen = addressFindings(alice, [chainEvidence({ balance: 1n, transfers: [real, lure, stranger] })])
    expect(seen.filter((f) => f.code === 'ADDRESS_POISONING_SEEN')).toMatchObject([{ facts: { lookalikes: [{ lookalike, genuine: bob }] } }])
    expect(codes([chainEvidence({ balance: 1n, transfers: [lure] })])).not.toContain('ADDRESS_POISONING_SEEN') // no real counterparty to imitate
  })
})

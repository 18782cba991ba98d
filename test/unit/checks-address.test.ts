/** The pure address checks, rule by rule: each chain's evidence in, findings out (no node). */
import { describe, expect, test } from 'vitest'
import type { AddressEvidence } from '../../src/diagnose/address/gather.js'
import { getAddress } from 'viem'
import { addressFindings } from '../../src/diagnose/address/checks.js'
import { checkOffline } from '../../src/diagnose/offline-checks.js'
import { alice, bob, ethereum, gwei } from '../helpers/evidence.js'

const usdt = ethereum.tokens.find((t) => t.symbol === 'USDT')!
const lookalike = '0x70990000000000000000000000000000000079c8'
const hash = `0x${'ab'.repeat(32)}` as const

const chainEvidence = (fields: Partial<AddressEvidence> = {}): AddressEvidence => ({
  chain: ethereum,
  head: 1_000n,
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

describe('ADDRESS_NO_GAS facts', () => {
  test('the fee estimate is a typical token transfer’s gas × the gas price, and what it holds has amounts', () => {
    const [f] = addressFindings(alice, [chainEvidence({ holdings: [holding] })])
    expect(f).toMatchObject({
      code: 'ADDRESS_NO_GAS',
      facts: { transferGas: 65_000n, gasPrice: gwei(10), estimatedFee: { value: 65_000n * gwei(10) }, holdings: [{ token: usdt.address, symbol: 'USDT', decimals: 6, amount: 500_000_000n }] },
    })
  })
})

describe('checkOffline: addresses answered without a node', () => {
  const typed = (address: string, checksummed: string) => checkOffline({ kind: 'address', address: checksummed as `0x${string}`, typed: address, checksum: 'invalid' })!.findings[0]!

  test('one letter in the other case: counted, placed, and likelier a changed capital than a wrong digit', () => {
    expect(typed('0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045', '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045').facts).toEqual({
      address: '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045',
      checksummed: '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045',
      letters: 16,
      caseDiffersAt: [3],
      caseOnlyLikely: true,
    })
  })

  test('many letters in the other case, as a changed digit gives: not called a case change', () => {
    // The capitals of one address typed over the digits of another (…6046): about half the letters come out wrong.
    const facts = typed('0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96046', getAddress('0xd8da6bf26964af9d7eed9e03e53415d37aa96046')).facts as { caseDiffersAt: number[]; caseOnlyLikely: boolean }
    expect(facts.caseDiffersAt.length).toBeGreaterThan(2)
    expect(facts.caseOnlyLikely).toBe(false)
  })

  test('a TRON address carries its hex form: 41, then the 20-byte account id', () => {
    const result = checkOffline({ kind: 'non-evm-address', network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' })
    expect(result?.findings[0]?.facts).toEqual({ network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', hexAddress: '41a614f803b6fd780986a42c78ec9c7f77e6ded13c' })
  })
})

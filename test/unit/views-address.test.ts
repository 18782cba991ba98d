import { describe, expect, test } from 'vitest'
import type { FindingFacts } from '../../src/core/facts.js'
import { formatter } from '../../src/explain/format.js'
import { badChecksumView, noGasView, nonEvmAddressView, pendingView, tokensHeld } from '../../src/explain/views/address.js'

const f = formatter('en')
const chain = { id: 1, name: 'Ethereum' }
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as const
const holding = { token: usdc, amount: 1_500_000n, decimals: 6, symbol: 'USDC' }

describe('nonEvmAddressView', () => {
  const nonEvm = (x: Partial<FindingFacts['ADDRESS_NON_EVM']>): FindingFacts['ADDRESS_NON_EVM'] => ({ network: 'bitcoin', address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', ...x })

  test('a Cosmos-family chain goes by its prefix; the Hub (prefix cosmos, or none) and every other network by the network', () => {
    expect(nonEvmAddressView(nonEvm({ network: 'cosmos', prefix: 'osmo' })).name).toEqual({ cosmosFamily: 'osmo' })
    expect(nonEvmAddressView(nonEvm({ network: 'cosmos', prefix: 'cosmos' })).name).toEqual({ network: 'cosmos' })
    expect(nonEvmAddressView(nonEvm({ network: 'cosmos' })).name).toEqual({ network: 'cosmos' })
    expect(nonEvmAddressView(nonEvm({ network: 'tron', prefix: 'osmo' })).name).toEqual({ network: 'tron' })
  })

  test('a Solana key has no checksum; a raw workchain:hash form is matched; anything else had its checksum verified', () => {
    expect(nonEvmAddressView(nonEvm({ network: 'solana', address: '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV' })).check).toBe('key')
    expect(nonEvmAddressView(nonEvm({ network: 'ton', address: '0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8' })).check).toBe('raw')
    expect(nonEvmAddressView(nonEvm({ network: 'ton', address: 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N' })).check).toBe('checksum')
    expect(nonEvmAddressView(nonEvm({})).check).toBe('checksum')
  })

  test("a TRON address's 20 bytes are shown as the EVM account they would be, cut as 0x1234…abcd; only with a hex form", () => {
    const v = nonEvmAddressView(nonEvm({ network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', hexAddress: '0x41a614f803b6fd780986a42c78ec9c7f77e6ded13c' }))
    expect(v.evmTwin).toEqual({ hex: '0x41a614f803b6fd780986a42c78ec9c7f77e6ded13c', start: '41a6', end: 'd13c' })
    expect(v.tron).toBe(true)
    expect(nonEvmAddressView(nonEvm({})).evmTwin).toBeUndefined()
    expect(nonEvmAddressView(nonEvm({})).tron).toBe(false)
  })
})

describe('badChecksumView', () => {
  const bad = (caseDiffersAt: number[], caseOnlyLikely: boolean): FindingFacts['ADDRESS_BAD_CHECKSUM'] => ({ address: usdc.toLowerCase(), checksummed: usdc, letters: 22, caseDiffersAt, caseOnlyLikely })

  test('positions are counted from 1 after 0x; one differing letter is singular', () => {
    expect(badChecksumView(bad([0], true))).toEqual({ differing: 1, one: true, positions: [1], caseOnly: true })
    expect(badChecksumView(bad([3, 17], true))).toEqual({ differing: 2, one: false, positions: [4, 18], caseOnly: true })
  })

  test('many differing letters point to a wrong digit; none differing is not singular', () => {
    expect(badChecksumView(bad([1, 2, 5, 8, 9, 13, 20, 30, 33, 39], false))).toMatchObject({ differing: 10, one: false, caseOnly: false })
    expect(badChecksumView(bad([], false))).toEqual({ differing: 0, one: false, positions: [], caseOnly: false })
  })
})

describe('tokensHeld', () => {
  test('amounts when the facts have them, else the symbols alone, quoted; nothing when none', () => {
    expect(tokensHeld({ tokens: ['USDC'], holdings: [holding] }, f)).toEqual([f.token(1_500_000n, 6, 'USDC')])
    expect(tokensHeld({ tokens: ['USDC', 'visit scam.io'] }, f)).toEqual([f.quote('USDC'), f.quote('visit scam.io')])
    expect(tokensHeld({ tokens: ['USDC'], holdings: [] }, f)).toEqual([])
    expect(tokensHeld({}, f)).toEqual([])
  })
})

describe('noGasView', () => {
  const noGas = (holdings: (typeof holding)[]): FindingFacts['ADDRESS_NO_GAS'] => ({
    chain,
    balance: { value: 10n ** 12n, symbol: 'ETH', decimals: 18 },
    estimatedFee: { value: 65_000n * 10n ** 9n, symbol: 'ETH', decimals: 18 },
    transferGas: 65_000n,
    gasPrice: 10n ** 9n,
    holdings,
  })

  test('the coins come first, then each token; the exact amounts carry their contracts', () => {
    const v = noGasView(noGas([holding]), f)
    expect(v.holds).toEqual([f.native({ value: 10n ** 12n, symbol: 'ETH', decimals: 18 }), f.token(1_500_000n, 6, 'USDC')])
    expect(v.exact).toEqual([{ amount: f.tokenExact(1_500_000n, 6, 'USDC'), token: usdc }])
  })

  test('with no token read, only the coins are held and no exact amount is listed', () => {
    expect(noGasView(noGas([]), f).holds).toHaveLength(1)
    expect(noGasView(noGas([]), f).exact).toEqual([])
  })
})

describe('pendingView', () => {
  test('how many wait is the pending nonce less the mined one; the oldest waiting is the mined nonce', () => {
    expect(pendingView({ chain, minedNonce: 7, pendingNonce: 10 })).toEqual({ waiting: 3, oldest: 7 })
    expect(pendingView({ chain, minedNonce: 0, pendingNonce: 1 })).toEqual({ waiting: 1, oldest: 0 })
  })
})

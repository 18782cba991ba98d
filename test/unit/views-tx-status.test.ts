import type { Address } from 'viem'
import { describe, expect, test } from 'vitest'
import type { FindingFacts, TokenTransfer } from '../../src/core/facts.js'
import type { EvmFacts } from '../../src/explain/catalog-types.js'
import { findingExamples } from '../../src/explain/examples.js'
import { bridgeDepositView, feeTooLowView, nonceGapView, notFinalView, successView } from '../../src/explain/views/tx-status.js'

const alice: Address = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const bob: Address = '0x1111111111111111111111111111111111111111'
const carol: Address = '0x2222222222222222222222222222222222222222'
const relayer: Address = '0x3333333333333333333333333333333333333333'
const usdc: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const eth = (value: bigint) => ({ value, symbol: 'ETH', decimals: 18 })
const gwei = (n: number) => BigInt(Math.round(n * 1e9))
const erc20 = (amount: bigint, from = alice, to = bob): TokenTransfer => ({ standard: 'erc20', token: usdc, symbol: 'USDC', from, to, amount, decimals: 6 })
const nft: TokenTransfer = { standard: 'erc721', token: usdc, from: alice, to: bob, amount: 1n, tokenId: 5n }

describe('successView: what a mined transaction moved, what proves it, who paid', () => {
  const success = (facts: Partial<EvmFacts<'TX_SUCCESS'>>): EvmFacts<'TX_SUCCESS'> => ({ ...findingExamples.TX_SUCCESS, value: eth(0n), transfers: [], sender: alice, ...facts })

  test('nothing sent and nothing logged (an approval, a contract call): no transfer, nothing to reconcile', () => {
    expect(successView(success({}))).toEqual({ moved: false, logged: false, coinsSent: false, tokenToAdd: false, record: 'none' })
  })

  test('coins alone: moved, and the value is the record', () => {
    expect(successView(success({ value: eth(10n ** 18n) }))).toEqual({ moved: true, logged: false, coinsSent: true, tokenToAdd: false, record: 'value' })
  })

  test('a token amount: the Transfer logs are the record, and an ERC-20 may have to be added to a wallet', () => {
    expect(successView(success({ transfers: [erc20(5n)] }))).toMatchObject({ moved: true, logged: true, coinsSent: false, tokenToAdd: true, record: 'logs' })
    expect(successView(success({ transfers: [nft] }))).toMatchObject({ moved: true, tokenToAdd: false, record: 'logs' })
  })

  test('coins beside a 0-amount entry: the value moved, not the token, so the value is the record', () => {
    expect(successView(success({ value: eth(1n), transfers: [erc20(0n)] }))).toMatchObject({ moved: true, logged: true, tokenToAdd: false, record: 'value' })
  })

  test('a 0-amount entry between others (a lure): nothing moved, and its fee was paid by the sender, no party to it', () => {
    const view = successView(success({ sender: relayer, transfers: [erc20(0n, carol, bob), erc20(0n, carol, alice)] }))
    expect(view).toEqual({ moved: false, logged: true, coinsSent: false, tokenToAdd: false, record: 'none', otherPayer: { sender: relayer, shownFrom: [carol] } })
  })

  test('the sender is named only when it is a party to none of the transfers and sent no coins', () => {
    expect(successView(success({ sender: relayer, transfers: [erc20(0n, carol, bob), erc20(0n, alice, carol)] })).otherPayer?.shownFrom).toEqual([carol, alice])
    expect(successView(success({ sender: bob, transfers: [erc20(0n, carol, bob)] })).otherPayer).toBeUndefined()
    // Addresses match whatever their case: a lower-case sender is still the checksummed party.
    expect(successView(success({ sender: alice.toLowerCase() as Address, transfers: [erc20(0n, alice, bob)] })).otherPayer).toBeUndefined()
    expect(successView(success({ sender: relayer, value: eth(1n), transfers: [erc20(0n, carol, bob)] })).otherPayer).toBeUndefined()
    expect(successView(success({ sender: relayer })).otherPayer).toBeUndefined()
  })

  test('a diagnosis saved before the sender was recorded says nothing about who paid', () => {
    const { sender: _, ...older } = success({ transfers: [erc20(0n, carol, bob)] })
    expect(successView(older as EvmFacts<'TX_SUCCESS'>).otherPayer).toBeUndefined()
  })
})

describe('bridgeDepositView: which deposit card, and what came over', () => {
  const relayFailed = { messenger: carol, msgHash: `0x${'ab'.repeat(32)}` as const }
  const deposit = (facts: Partial<FindingFacts['TX_BRIDGE_DEPOSIT']>): FindingFacts['TX_BRIDGE_DEPOSIT'] => ({ ...findingExamples.TX_BRIDGE_DEPOSIT, to: bob, ...facts })

  test('the chain’s own note comes first, whatever else it carries; then an undelivered message; then success or failure', () => {
    expect(bridgeDepositView(deposit({ system: true, succeeded: false, relayFailed })).outcome).toBe('system')
    expect(bridgeDepositView(deposit({ relayFailed })).outcome).toBe('undelivered')
    expect(bridgeDepositView(deposit({ relayFailed, succeeded: false })).outcome).toBe('undelivered')
    expect(bridgeDepositView(deposit({})).outcome).toBe('arrived')
    expect(bridgeDepositView(deposit({ succeeded: false })).outcome).toBe('failed')
  })

  test('what arrived: the minted coins first, then each token; nothing when it carried only a message', () => {
    const mint = eth(25n * 10n ** 16n)
    expect(bridgeDepositView(deposit({ mint, transfers: [erc20(7n), nft] }))).toMatchObject({ coins: mint, broughtOver: [{ coins: mint }, { token: erc20(7n) }, { token: nft }] })
    const message = bridgeDepositView(deposit({ mint: eth(0n), transfers: [] }))
    expect(message.broughtOver).toEqual([])
    expect(message.coins).toBeUndefined()
  })

  test('a failed call kept the value it was to pass on, when there was one and someone to pass it to', () => {
    expect(bridgeDepositView(deposit({ succeeded: false, value: eth(5n) })).notPassedOn).toEqual({ value: eth(5n), to: bob })
    expect(bridgeDepositView(deposit({ succeeded: false, value: eth(5n), to: null })).notPassedOn).toBeUndefined()
    expect(bridgeDepositView(deposit({ succeeded: false, value: eth(0n) })).notPassedOn).toBeUndefined()
    expect(bridgeDepositView(deposit({ succeeded: true, value: eth(5n) })).notPassedOn).toBeUndefined()
  })
})

describe('notFinalView: how far from final', () => {
  const notFinal = (secondsToFinal?: number): EvmFacts<'TX_NOT_FINAL'> => ({ blockNumber: 100n, finalizedBlock: 64n, confirmations: 3n, ...(secondsToFinal === undefined ? {} : { secondsToFinal }) })

  test('minutes round up, and never say 0', () => {
    expect([0, 1, 60, 61, 119, 120, 121, 600].map((s) => notFinalView(notFinal(s)).minutes)).toEqual([1, 1, 1, 2, 2, 2, 3, 10])
  })

  test('no block clock, no minutes; the blocks ahead of the finalized head are always known', () => {
    expect(notFinalView(notFinal())).toEqual({ blocksAhead: 36n })
  })
})

describe('feeTooLowView: how far above its cap the price is, for a novice', () => {
  const times = (cap: bigint, next: bigint) => feeTooLowView({ maxFeePerGas: cap, nextBaseFeePerGas: next }).times

  test('said from 2× on, rounded to a whole number', () => {
    expect(times(gwei(3), gwei(60))).toBe(20)
    expect(times(gwei(10), gwei(20))).toBe(2)
    expect(times(gwei(10), gwei(24.9))).toBe(2)
    expect(times(gwei(10), gwei(25))).toBe(3)
  })

  test('under 2× (read to a tenth, rounded down) and a zero cap say nothing', () => {
    expect(times(gwei(10), gwei(19.99))).toBeUndefined()
    expect(times(gwei(8), gwei(15))).toBeUndefined()
    expect(times(0n, gwei(5))).toBeUndefined()
  })
})

describe('nonceGapView: how many earlier transfers are missing', () => {
  test('one, two ("both") or more', () => {
    expect(nonceGapView({ missingNonces: [7] })).toEqual({ missing: 1, size: 'one', atMost: false })
    expect(nonceGapView({ missingNonces: [7, 8] })).toEqual({ missing: 2, size: 'two', atMost: false })
    expect(nonceGapView({ missingNonces: [5, 6, 7, 8] })).toEqual({ missing: 4, size: 'more', atMost: false })
  })

  test('a node that does not list its pool makes the count an upper bound', () => {
    expect(nonceGapView({ missingNonces: [7, 8], poolUnknown: true }).atMost).toBe(true)
  })
})

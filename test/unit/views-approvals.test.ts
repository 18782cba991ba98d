import { describe, expect, test } from 'vitest'
import type { ApprovalRisk, RiskyApproval } from '../../src/core/facts.js'
import {
  grantVerb,
  isDangerous,
  missingKind,
  namedAtMost,
  riskySummaryView,
  riskyView,
  scopeKind,
  spenderKind,
  unlimitedView,
} from '../../src/explain/views/approvals.js'

const chain = { id: 1, name: 'Ethereum' }
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as const
const scam = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as const
const person = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const
const app = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45' as const

const risky = (risk: ApprovalRisk, spender: `0x${string}` = app, x: Partial<RiskyApproval> = {}): RiskyApproval => ({
  chain,
  risk,
  risks: [risk],
  permission: 'erc20',
  token: usdc,
  spender,
  revoke: `${usdc}.approve(${spender}, 0)`,
  ...x,
})

describe('spenderKind', () => {
  test('a listed scam address wins over its label; a card about a scam spender names it so even unlisted', () => {
    expect(spenderKind({ permission: 'erc20', flaggedAs: 'Fake_Phishing1', spenderLabel: 'Uniswap' })).toBe('scam')
    expect(spenderKind({ permission: 'erc20' }, 'APPROVAL_FLAGGED_SPENDER')).toBe('scam')
  })

  test('a known app by its label, before any risk; then a person, then an app we do not know, from the card or the risks', () => {
    expect(spenderKind({ permission: 'erc20', spenderLabel: 'Uniswap', risks: ['APPROVAL_TO_EOA'] })).toBe('label')
    expect(spenderKind({ permission: 'erc20' }, 'APPROVAL_TO_EOA')).toBe('person')
    expect(spenderKind({ permission: 'erc20', risks: ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'] })).toBe('person')
    expect(spenderKind({ permission: 'erc20', risks: ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_TO_EOA'] })).toBe('person')
    expect(spenderKind({ permission: 'erc20' }, 'APPROVAL_TO_UNKNOWN_CONTRACT')).toBe('unknown-app')
    expect(spenderKind({ permission: 'erc20', risks: ['APPROVAL_TO_UNKNOWN_CONTRACT'] })).toBe('unknown-app')
  })

  test('with nothing known, just its address', () => {
    expect(spenderKind({ permission: 'erc20', risks: ['APPROVAL_UNLIMITED'] })).toBe('address')
    expect(spenderKind({ permission: 'nft' }, 'APPROVAL_UNLIMITED')).toBe('address')
  })
})

describe('scopeKind and grantVerb', () => {
  test('one item, a whole collection, an unlimited or a limited amount', () => {
    expect(scopeKind({ permission: 'nft' })).toBe('item')
    expect(scopeKind({ permission: 'for-all', amount: 5n })).toBe('collection')
    expect(scopeKind({ permission: 'erc20' })).toBe('unlimited')
    expect(scopeKind({ permission: 'permit2', amount: 0n })).toBe('amount')
  })

  test('items are moved, even by a thief; tokens are taken by one, else spent', () => {
    expect(grantVerb({ permission: 'nft' }, true)).toBe('move')
    expect(grantVerb({ permission: 'for-all' })).toBe('move')
    expect(grantVerb({ permission: 'erc20' }, true)).toBe('take')
    expect(grantVerb({ permission: 'permit2' }, true)).toBe('take')
    expect(grantVerb({ permission: 'erc20' })).toBe('spend')
  })
})

describe('isDangerous, riskyView and missingKind', () => {
  test('a scam address or a personal wallet is dangerous; each holder is listed once', () => {
    expect(isDangerous({ risk: 'APPROVAL_TO_UNKNOWN_CONTRACT' })).toBe(false)
    const v = riskyView([risky('APPROVAL_FLAGGED_SPENDER', scam), risky('APPROVAL_FLAGGED_SPENDER', scam), risky('APPROVAL_TO_EOA', person), risky('APPROVAL_UNLIMITED')])
    expect(v.dangerous).toHaveLength(3)
    expect(v.others).toHaveLength(1)
    expect(v.scamAddresses).toEqual([scam])
    expect(v.personalWallets).toEqual([person])
  })

  test('what may be missing: one item, items of a collection, or a token', () => {
    expect(missingKind({ permission: 'nft' })).toBe('item')
    expect(missingKind({ permission: 'for-all' })).toBe('items')
    expect(missingKind({ permission: 'permit2' })).toBe('token')
  })
})

describe('unlimitedView', () => {
  test("a type's maximum is named; ERC-20 from 2^255, Permit2 from 2^160 − 1; below that, above the supply", () => {
    expect(unlimitedView({ permission: 'erc20', grantedAmount: 2n ** 256n - 1n })).toEqual({ raw: 2n ** 256n - 1n, named: '2^256 − 1', rule: 'max' })
    expect(unlimitedView({ permission: 'erc20', grantedAmount: 2n ** 255n })).toEqual({ raw: 2n ** 255n, rule: 'max' })
    expect(unlimitedView({ permission: 'permit2', grantedAmount: 2n ** 160n - 1n })).toEqual({ raw: 2n ** 160n - 1n, named: '2^160 − 1', rule: 'max' })
    expect(unlimitedView({ permission: 'erc20', grantedAmount: 2n ** 160n - 1n })).toMatchObject({ rule: 'supply' })
    expect(unlimitedView({ permission: 'erc20', grantedAmount: 10n ** 30n })).toEqual({ raw: 10n ** 30n, rule: 'supply' })
  })

  test('no value in the facts: nothing to state', () => {
    expect(unlimitedView({ permission: 'erc20' })).toBeUndefined()
  })
})

describe('riskySummaryView', () => {
  const unknown = (n: number) => Array.from({ length: n }, () => risky('APPROVAL_TO_UNKNOWN_CONTRACT'))

  test('the dangerous ones are named first and always; the others fill up to the limit, the rest are counted', () => {
    const v = riskySummaryView({ risky: [...unknown(6), risky('APPROVAL_TO_EOA', person)] })
    expect(v.total).toBe(7)
    expect(v.named).toHaveLength(namedAtMost)
    expect(v.named[0]!.risk).toBe('APPROVAL_TO_EOA')
    expect(v.more).toBe(1)
    expect(v.dangerousOfThem).toBe(1)
  })

  test('more dangerous ones than the limit are all named, and no other', () => {
    const dangerous = Array.from({ length: namedAtMost + 1 }, () => risky('APPROVAL_FLAGGED_SPENDER', scam))
    const v = riskySummaryView({ risky: [...dangerous, ...unknown(2)] })
    expect(v.named).toEqual(dangerous)
    expect(v.more).toBe(2)
  })

  test('"n of them dangerous" only when some, not all, are', () => {
    expect(riskySummaryView({ risky: [risky('APPROVAL_TO_EOA', person)] }).dangerousOfThem).toBeUndefined()
    expect(riskySummaryView({ risky: unknown(2) }).dangerousOfThem).toBeUndefined()
    expect(riskySummaryView({ risky: [risky('APPROVAL_TO_EOA', person), ...unknown(2)] }).dangerousOfThem).toBe(1)
    expect(riskySummaryView({ risky: [] })).toMatchObject({ total: 0, named: [], more: 0 })
  })
})

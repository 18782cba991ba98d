import { describe, expect, test } from 'vitest'
import type { FindingFacts } from '../../src/core/facts.js'
import type { EvmFacts } from '../../src/explain/catalog-types.js'
import { formatter } from '../../src/explain/format.js'
import {
  allowanceView,
  balanceView,
  deadlineView,
  delegationView,
  outOfGasEvidence,
  poisoningView,
  reasonHeadOf,
  revertedView,
  scamTokenView,
  txApprovalView,
} from '../../src/explain/views/tx-risk.js'

const f = formatter('en')
const fee = { value: 420_000_000_000_000n, symbol: 'ETH', decimals: 18 }
const failure = { fee, approximate: false, reasonSource: 'trace' as const }
const spender = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45' as const
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as const
const holder = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045' as const

describe('reasonHeadOf', () => {
  test('a custom error is named; the plain Error(string) gives way to its string; nothing is none', () => {
    expect(reasonHeadOf({ errorName: 'TooLittleReceived', reason: 'x' })).toEqual({ kind: 'error', name: 'TooLittleReceived' })
    expect(reasonHeadOf({ errorName: 'Error', reason: 'STF' })).toEqual({ kind: 'reason', reason: 'STF' })
    expect(reasonHeadOf({ reason: 'STF' })).toEqual({ kind: 'reason', reason: 'STF' })
    expect(reasonHeadOf({ errorName: 'Error' })).toEqual({ kind: 'none' })
    expect(reasonHeadOf({ reason: '' })).toEqual({ kind: 'none' })
  })
})

describe('revertedView', () => {
  const reverted = (x: Partial<EvmFacts<'TX_FAILED_REVERTED'>>): EvmFacts<'TX_FAILED_REVERTED'> => ({ ...failure, ...x })

  test('a decoded error is named, an undecoded selector is called unknown, and only then', () => {
    expect(revertedView(reverted({ errorName: 'Paused', selector: '0x9e87fac8' })).error).toEqual({ kind: 'named', name: 'Paused' })
    expect(revertedView(reverted({ selector: '0x12345678' })).error).toEqual({ kind: 'unknown', selector: '0x12345678' })
    expect(revertedView(reverted({ reason: 'nope' })).error).toBeUndefined()
  })

  test('a panic carries its code in hex; arguments only when there are some', () => {
    expect(revertedView(reverted({ panicCode: 0x11 })).panic).toEqual({ code: 0x11, hex: '0x11' })
    expect(revertedView(reverted({})).panic).toBeUndefined()
    expect(revertedView(reverted({ errorArgs: ['1', '0xab'] })).args).toEqual(['1', '0xab'])
    expect(revertedView(reverted({ errorArgs: [] }))).not.toHaveProperty('args')
  })

  test('"no revert data" only when nothing came back from a source that could show it', () => {
    expect(revertedView(reverted({})).noRevertData).toBe(true)
    expect(revertedView(reverted({ reasonSource: 'none' }))).toMatchObject({ noRevertData: false, reasonUnknown: true })
    expect(revertedView(reverted({ reason: 'x' })).noRevertData).toBe(false)
    expect(revertedView(reverted({ selector: '0x12345678' })).noRevertData).toBe(false)
    expect(revertedView(reverted({ panicCode: 0 })).noRevertData).toBe(false)
    expect(revertedView(reverted({})).reasonUnknown).toBe(false)
  })
})

test('outOfGasEvidence: the trace, the gas used, or a re-run of either kind', () => {
  expect(outOfGasEvidence({ reasonSource: 'trace' })).toBe('trace')
  expect(outOfGasEvidence({ reasonSource: 'gas' })).toBe('gas')
  expect(outOfGasEvidence({ reasonSource: 'replay-parent' })).toBe('replay')
  expect(outOfGasEvidence({ reasonSource: 'replay-block' })).toBe('replay')
})

describe('deadlineView', () => {
  const deadline = (x: Partial<FindingFacts['TX_FAILED_DEADLINE']>): FindingFacts['TX_FAILED_DEADLINE'] => ({ ...failure, ...x })

  test('both times known and late: the inclusion time and how late', () => {
    expect(deadlineView(deadline({ deadline: 1000n, minedAt: 1090n }), f)).toEqual({ late: '90 seconds', fromInput: false, deadline: 1000n, includedAt: 1090n })
  })
  test('included in time (a deadline the contract read otherwise): no lateness is claimed', () => {
    expect(deadlineView(deadline({ deadline: 1000n, minedAt: 1000n }), f)).toEqual({ fromInput: false, deadline: 1000n, includedAt: 1000n })
  })
  test('the inclusion time is said only beside a known deadline', () => {
    expect(deadlineView(deadline({ minedAt: 1090n }), f)).toEqual({ fromInput: false })
    expect(deadlineView(deadline({ deadline: 1000n }), f)).toEqual({ fromInput: false, deadline: 1000n })
  })
  test('found from the input alone', () => {
    expect(deadlineView(deadline({ reasonSource: 'calldata', deadline: 1000n, minedAt: 1001n }), f)).toMatchObject({ fromInput: true, late: '1 second' })
  })
})

describe('allowanceView', () => {
  const allowance = (x: Partial<FindingFacts['TX_FAILED_ALLOWANCE']>): FindingFacts['TX_FAILED_ALLOWANCE'] => ({ ...failure, errorName: 'ERC20InsufficientAllowance', ...x })

  test('readable amounts: the allowance against the need, and the error’s numbers in order', () => {
    const v = allowanceView(allowance({ spender, spenderLabel: 'Uniswap', allowance: 5_000_000n, needed: 250_000_000n, expiration: 1_700_000_000n, token: usdc, symbol: 'USDC', decimals: 6 }), f)
    expect(v.shortfall).toEqual({ kind: 'both', allowed: '5 «USDC»', needed: '250 «USDC»' })
    expect(v.needed).toBe('250 «USDC»')
    expect(v.args.map((a) => a.kind)).toEqual(['spender', 'allowance', 'needed', 'expired'])
    expect(v.args[0]).toEqual({ kind: 'spender', address: spender, label: 'Uniswap' })
    expect(v.args[1]).toEqual({ kind: 'allowance', amount: '5 «USDC» (5000000 base units)' })
    expect(v).toMatchObject({ token: `«USDC» ${usdc}`, fix: 'approve', spender })
    expect(v).not.toHaveProperty('unknownApp')
  })

  test('only the need known: said alone; a spender we do not know is pointed out', () => {
    const v = allowanceView(allowance({ spender, needed: 10n ** 18n, decimals: 18, symbol: 'WETH' }), f)
    expect(v.shortfall).toEqual({ kind: 'needed', needed: '1 «WETH»' })
    expect(v.unknownApp).toBe(spender)
    expect(v.args.map((a) => a.kind)).toEqual(['spender', 'needed'])
  })

  test('no decimals: no number for a newcomer, the base units for an expert', () => {
    const v = allowanceView(allowance({ allowance: 5n, needed: 7n, symbol: 'X' }), f)
    expect(v.shortfall).toEqual({ kind: 'none' })
    expect(v).not.toHaveProperty('needed')
    expect(v.args).toEqual([
      { kind: 'allowance', amount: '5 base units of «X» (its decimals are unknown)' },
      { kind: 'needed', amount: '7 base units of «X» (its decimals are unknown)' },
    ])
  })

  test('nothing known: no numbers, no token, and the call names a placeholder spender', () => {
    const v = allowanceView(allowance({ errorName: undefined, reason: 'ERC20: insufficient allowance' }), f)
    expect(v).toEqual({ shortfall: { kind: 'none' }, args: [], fix: 'approve', spender: 'spender' })
  })

  test('the fix follows the error: Permit2’s own allowance, an NFT operator, else approve', () => {
    for (const errorName of ['InsufficientAllowance', 'AllowanceExpired']) expect(allowanceView(allowance({ errorName }), f).fix).toBe('permit2')
    for (const errorName of ['ERC721InsufficientApproval', 'ERC1155MissingApprovalForAll']) expect(allowanceView(allowance({ errorName }), f).fix).toBe('nft')
    expect(allowanceView(allowance({ errorName: 'Error' }), f).fix).toBe('approve')
  })
})

describe('balanceView', () => {
  const balance = (x: Partial<FindingFacts['TX_FAILED_BALANCE']>): FindingFacts['TX_FAILED_BALANCE'] => ({ ...failure, errorName: 'ERC20InsufficientBalance', ...x })

  test('both amounts readable: the shortfall can be said', () => {
    const v = balanceView(balance({ holder, held: 120_000_000n, needed: 250_000_000n, token: usdc, symbol: 'USDC', decimals: 6 }), f)
    expect(v).toEqual({
      shortfall: { held: '120 «USDC»', needed: '250 «USDC»' },
      held: '120 «USDC»',
      args: [
        { kind: 'holder', address: holder },
        { kind: 'held', amount: '120 «USDC» (120000000 base units)' },
        { kind: 'needed', amount: '250 «USDC» (250000000 base units)' },
      ],
      token: `«USDC» ${usdc}`,
    })
  })

  test('only what it held: no shortfall, but the most one can send', () => {
    const v = balanceView(balance({ held: 1_000_000n, decimals: 6 }), f)
    expect(v.held).toBe('1 tokens')
    expect(v).not.toHaveProperty('shortfall')
  })

  test('no decimals: nothing for a newcomer; an unnamed token is given by its address alone', () => {
    const v = balanceView(balance({ held: 1n, needed: 2n, token: usdc }), f)
    expect(v).not.toHaveProperty('shortfall')
    expect(v).not.toHaveProperty('held')
    expect(v.args.map((a) => a.kind)).toEqual(['held', 'needed'])
    expect(v.token).toBe(usdc)
    expect(balanceView(balance({}), f)).toEqual({ args: [] })
  })
})

test('delegationView: chainId 0 reaches every chain; the delegate as the authority’s code carries it', () => {
  const x = { authority: holder, delegate: spender, known: false, authorizationChainId: 0, authorizationNonce: 3 }
  expect(delegationView(x)).toEqual({ known: false, everyChain: true, delegateInCode: '68b3465833fb72a70ecdf485e0e4c7bd8665fc45' })
  expect(delegationView({ ...x, known: true, authorizationChainId: 1 })).toMatchObject({ known: true, everyChain: false })
})

describe('scamTokenView', () => {
  const token = { token: usdc, symbol: 'USDC', name: 'visit claim-usdc.xyz', reasons: [] as FindingFacts['TX_SCAM_TOKEN']['reasons'] }
  test('each signal named only when found', () => {
    expect(scamTokenView(token)).toEqual({ mixedScripts: false })
    expect(scamTokenView({ ...token, reasons: ['imitates-known', 'link', 'mixed-scripts'] })).toEqual({ posesAs: 'USDC', advertises: 'visit claim-usdc.xyz', mixedScripts: true })
  })
  test('posing needs a symbol; the advertised text falls back to the symbol, then to nothing', () => {
    expect(scamTokenView({ token: usdc, reasons: ['imitates-known'] })).toEqual({ mixedScripts: false })
    expect(scamTokenView({ token: usdc, symbol: 'go.to', reasons: ['link'] }).advertises).toBe('go.to')
    expect(scamTokenView({ token: usdc, reasons: ['link'] }).advertises).toBe('')
  })
})

describe('poisoningView', () => {
  const victim = '0x1111111111111111111111111111111111111111' as const
  const lookalike = '0x11111111aaaa1111111111111111111111111111' as const
  const base: FindingFacts['TX_ADDRESS_POISONING'] = {
    victim,
    direction: 'lookalike-to-victim',
    lookalike,
    genuine: '0x1111111111111111111111111111111111111111',
    differsAt: [8, 9, 10, 11, 20],
    sentBy: lookalike.toUpperCase().replace('0X', '0x') as `0x${string}`,
    amount: 1n,
    lures: 1,
  }

  test('incoming dust sent by the look-alike itself (any letter case): not relayed, nothing taken', () => {
    expect(poisoningView(base)).toEqual({ outgoing: false, tokensTaken: false, relayed: false, differing: 5, differingRuns: ['8–11', '20'], manyLures: false })
  })
  test('incoming, sent by someone else: relayed', () => {
    expect(poisoningView({ ...base, sentBy: holder }).relayed).toBe(true)
  })
  test('outgoing: tokens were taken only when a non-zero amount moved', () => {
    expect(poisoningView({ ...base, direction: 'victim-to-lookalike', sentBy: holder, amount: 0n })).toMatchObject({ outgoing: true, tokensTaken: false, relayed: true })
    expect(poisoningView({ ...base, direction: 'victim-to-lookalike', sentBy: holder, amount: 5n }).tokensTaken).toBe(true)
  })
  test('one differing character, several lures', () => {
    expect(poisoningView({ ...base, differsAt: [12], lures: 2 })).toMatchObject({ differing: 1, differingRuns: ['12'], manyLures: true })
  })
})

describe('txApprovalView', () => {
  test('a listed scam address: remove right away, maybe already used; "personal wallet" not said again', () => {
    expect(txApprovalView({ flaggedAs: 'Fake_Phishing1', risks: ['APPROVAL_FLAGGED_SPENDER', 'APPROVAL_TO_EOA'] })).toEqual({ personalWallet: false, unknownApp: false, remove: 'now', mayHaveUsed: true })
  })
  test('a personal wallet: remove now if not recognised, maybe already used', () => {
    expect(txApprovalView({ risks: ['APPROVAL_TO_EOA', 'APPROVAL_UNLIMITED'] })).toEqual({ personalWallet: true, unknownApp: false, remove: 'if-unknown', mayHaveUsed: true })
  })
  test('an unknown app, or a flag without its label: remove now if not recognised', () => {
    expect(txApprovalView({ risks: ['APPROVAL_TO_UNKNOWN_CONTRACT'] })).toEqual({ personalWallet: false, unknownApp: true, remove: 'if-unknown', mayHaveUsed: false })
    expect(txApprovalView({ risks: ['APPROVAL_FLAGGED_SPENDER'] }).remove).toBe('if-unknown')
  })
  test('a known app, even unlimited or Permit2: remove once no longer used', () => {
    expect(txApprovalView({ risks: ['APPROVAL_UNLIMITED', 'APPROVAL_PERMIT2', 'APPROVAL_FOR_ALL'] })).toEqual({ personalWallet: false, unknownApp: false, remove: 'if-unused', mayHaveUsed: false })
  })
})

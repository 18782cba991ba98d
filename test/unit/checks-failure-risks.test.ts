/** The failure and risk checks, rule by rule: evidence in, findings out (test/helpers/evidence.ts). */
import { encodeErrorResult, encodeFunctionData, parseAbi, type Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { checkFailure } from '../../src/diagnose/tx/checks/failure.js'
import { checkDelegations, checkRecipientNotOnChain, checkScamTokens, checkTokenToContract } from '../../src/diagnose/tx/checks/risks.js'
import { alice, bob, ethereum, evidence, receipt, transaction } from '../helpers/evidence.js'

const codes = (findings: { code: string }[]) => findings.map((f) => f.code)
const reason = (text: string) => encodeErrorResult({ abi: parseAbi(['error Error(string)']), errorName: 'Error', args: [text] })
const router = parseAbi(['function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)'])
const usdc = ethereum.tokens.find((t) => t.symbol === 'USDC')!.address
const weth = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'
const swap = (deadline: bigint) => encodeFunctionData({ abi: router, functionName: 'swapExactTokensForTokens', args: [10n ** 18n, 2_000n * 10n ** 6n, [weth, usdc], alice, deadline] })
const failed = receipt({ status: 'reverted', gasUsed: 60_000n })
const call = (input: Hex) => transaction({ to: bob, input, gas: 300_000n, value: 0n })

describe('checkFailure: the reason from the best evidence there is', () => {
  test.each([
    ['succeeded: nothing to say', { receipt: receipt() }, []],
    ['a traced revert string', { tx: call('0x12345678'), receipt: failed, replay: { source: 'trace', data: reason('Sale has ended'), unavailable: [] } }, ['TX_FAILED_REVERTED']],
    ['gas used reached the limit, no revert data: out of gas', { tx: call('0x12345678'), receipt: receipt({ status: 'reverted', gasUsed: 300_000n }) }, ['TX_FAILED_OUT_OF_GAS']],
    ['a swap past its deadline, proved by the input alone (no trace)', { tx: call(swap(1_000n)), receipt: failed, minedAt: 1_060n }, ['TX_FAILED_DEADLINE']],
    ['a swap short of its minimum, traced', { tx: call(swap(9_999_999_999n)), receipt: failed, minedAt: 1_060n, replay: { source: 'trace', data: reason('UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT'), unavailable: [] } }, ['TX_FAILED_SLIPPAGE']],
    ['no source answered: an honest unknown, not a guess', { tx: call('0x12345678'), receipt: failed, replay: { source: 'none', unavailable: [] } }, ['TX_FAILED_REVERTED']],
  ] as const)('%s', (_, fields, expected) => {
    expect(codes(checkFailure(evidence(fields as never)))).toEqual(expected)
  })

  test('today’s re-run failing on a deadline that was still open when it was mined is no evidence', () => {
    const [f] = checkFailure(evidence({ tx: call(swap(2_000n)), receipt: failed, minedAt: 1_060n, replay: { source: 'replay-latest', data: reason('UniswapV2Router: EXPIRED'), unavailable: [] } }))
    expect(f).toMatchObject({ code: 'TX_FAILED_REVERTED', facts: { reasonSource: 'none' } })
  })

  test('the slippage minimum is in the output token (the path’s last), with the deadline left out', () => {
    const [f] = checkFailure(evidence({ tx: call(swap(9_999_999_999n)), receipt: failed, minedAt: 1_060n, replay: { source: 'trace', data: reason('Too little received'), unavailable: [] } }))
    expect(f!.facts).toMatchObject({ minimumOut: 2_000n * 10n ** 6n, token: usdc, reasonSource: 'trace', approximate: false })
    expect(f!.facts).not.toHaveProperty('deadline')
  })
})

describe('risk checks', () => {
  const transfer = (to: string, amount = 5n) => ({ kind: 'erc20-transfer' as const, token: usdc, from: alice as Hex, to: to as Hex, amount })

  test('tokens sent to the token’s own contract: danger; zero, or a failed transaction: nothing', () => {
    expect(codes(checkTokenToContract(evidence({ receipt: receipt(), events: [transfer(usdc)] })))).toEqual(['TX_TOKEN_TO_CONTRACT'])
    expect(codes(checkTokenToContract(evidence({ receipt: receipt(), events: [transfer(usdc, 0n)] })))).toEqual([])
    expect(codes(checkTokenToContract(evidence({ receipt: receipt({ status: 'reverted' }), events: [transfer(usdc)] })))).toEqual([])
  })

  test('a recipient with code on another chain and none here; with code here, or nowhere: nothing', () => {
    const base = { ...ethereum, id: 8453, name: 'Base' }
    const elsewhere = new Map([[bob.toLowerCase(), [base]]])
    expect(codes(checkRecipientNotOnChain(evidence({ receipt: receipt(), codeElsewhere: elsewhere })))).toEqual(['TX_RECIPIENT_NOT_ON_CHAIN'])
    expect(codes(checkRecipientNotOnChain(evidence({ receipt: receipt(), codeElsewhere: elsewhere, hasCode: new Map([[bob.toLowerCase(), true]]) })))).toEqual([])
    expect(codes(checkRecipientNotOnChain(evidence({ receipt: receipt() })))).toEqual([])
  })

  test('a delegation to an unknown program is a danger; to address(0) it undoes one (nothing to report)', () => {
    const delegation = (delegate: Hex) => evidence({ delegations: [{ authority: alice as Hex, delegate, chainId: 0, nonce: 3 } as never] })
    expect(checkDelegations(delegation('0x0DCd1Bf9A1b36cE34237eEaFef220932846BCD82'))).toMatchObject([{ code: 'TX_EIP7702_DELEGATION', severity: 'danger' }])
    expect(checkDelegations(delegation('0x0000000000000000000000000000000000000000'))).toEqual([])
  })

  test('a token copying a well-known symbol elsewhere, or naming a link, looks like a scam; the real one does not', () => {
    const fake = '0x1111111111111111111111111111111111111111'
    const withToken = (token: string, info: { symbol?: string; name?: string }) =>
      evidence({ receipt: receipt(), events: [{ ...transfer(bob), token: token as Hex }], tokens: new Map([[token.toLowerCase(), info]]) })
    expect(checkScamTokens(withToken(fake, { symbol: 'USDC', name: 'USD Coin' }))).toMatchObject([{ code: 'TX_SCAM_TOKEN', facts: { reasons: ['imitates-known'] } }])
    expect(checkScamTokens(withToken(fake, { symbol: 'Claim at usdc-gift.com', name: 'x' }))).toMatchObject([{ facts: { reasons: ['link'] } }])
    expect(checkScamTokens(withToken(usdc, { symbol: 'USDC', name: 'USD Coin' }))).toEqual([])
  })
})

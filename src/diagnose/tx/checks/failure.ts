import { isAddress, isAddressEqual, type Address } from 'viem'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { feePaid } from '../amounts.js'
import type { Replay, TxEvidence } from '../evidence.js'
import { categorize, decodeRevert } from '../revert.js'
import { routerCall } from '../router-calls.js'
import { callTokens } from '../call-tokens.js'
import { lower } from '../../reads.js'
import { thresholds } from '../thresholds.js'

/** Re-runs close enough to the real execution to trust their revert data over any other evidence. */
const closeReplays: Replay['source'][] = ['trace', 'replay-parent', 'replay-block']

/**
 * A mined transaction with status 0. The reason is taken from the best evidence there is, in this order: a
 * trace or a re-run at (or just before) its block; the transaction's own input (a router deadline that had passed
 * when the block was made); gas used reaching the limit with no revert data (out of gas); a re-run against
 * today's state; otherwise the reason is unknown, and the finding says so instead of guessing. Its facts name
 * the source (`reasonSource`), so the words can say how sure they are.
 */
export function checkFailure(e: TxEvidence): Finding[] {
  const { receipt, tx, replay } = e
  // A failed bridge deposit charged no fee here and needs other words: checks/deposit.ts.
  if (receipt?.status !== 'reverted' || e.chainSpecific?.deposit) return []
  const fee = feePaid(e.chain, receipt)
  const close = replay && closeReplays.includes(replay.source) ? replay : undefined
  const { numerator, denominator } = thresholds.outOfGasUsedShare
  const usedItAll = receipt.gasUsed * denominator >= tx.gas * numerator
  const tracedOutOfGas = /out of gas/i.test(close?.error ?? '')
  if (tracedOutOfGas || (usedItAll && !close?.data)) {
    const { numerator: n, denominator: d } = thresholds.outOfGasSuggestedMultiplier
    const reasonSource = tracedOutOfGas && close ? (close.source as 'trace' | 'replay-parent' | 'replay-block') : 'gas'
    return [finding('TX_FAILED_OUT_OF_GAS', { fee, gasUsed: receipt.gasUsed, gasLimit: tx.gas, suggestedGasLimit: (tx.gas * n) / d, reasonSource })]
  }

  const call = routerCall(tx.input)
  // The deadline the user signed, against the block's time: what a deadline failure is told with.
  const signedDeadline = {
    ...(call?.deadline === undefined ? {} : { deadline: call.deadline }),
    ...(call?.deadline === undefined || e.minedAt === undefined ? {} : { minedAt: e.minedAt }),
  }
  const unavailable = replay?.unavailable.length ? { unavailable: replay.unavailable } : {}
  const deadlinePassed = call?.deadline !== undefined && e.minedAt !== undefined && e.minedAt > call.deadline
  // Without a close re-run, the input alone proves a passed deadline: routers check it before anything else.
  if (!close && deadlinePassed) return [finding('TX_FAILED_DEADLINE', { fee, approximate: true, reasonSource: 'calldata', ...signedDeadline, ...unavailable })]

  // A re-run today of a swap whose deadline had not passed when it was mined fails on the deadline *today*:
  // that says nothing about why it failed then, so such a re-run is no evidence.
  const deadlineStillOpen = call?.deadline !== undefined && e.minedAt !== undefined && e.minedAt <= call.deadline
  const today = replay?.source === 'replay-latest' ? replay : undefined
  const todayIsDeadline = today !== undefined && deadlineStillOpen && categorize(decodeRevert(today.data)) === 'TX_FAILED_DEADLINE'
  const used = close ?? (todayIsDeadline ? undefined : today)
  const decoded = decodeRevert(used?.data)
  const common = {
    fee,
    approximate: used?.source !== 'trace',
    reasonSource: used?.source ?? 'none',
    ...(used?.source === 'replay-latest' ? { replayedAt: e.head } : {}),
    ...unavailable,
    ...(decoded.reason === undefined ? {} : { reason: decoded.reason }),
    ...(decoded.errorName ? { errorName: decoded.errorName } : {}),
  } as const
  const code = categorize(decoded)
  const tokens = callTokens(tx, e.chain)
  const args = decoded.namedArgs ?? {}
  if (code === 'TX_FAILED_DEADLINE') return [finding(code, { ...common, ...signedDeadline })]
  if (code === 'TX_FAILED_SLIPPAGE') {
    // The router's own minimum, else the one the error names (1inch's minReturn, V4's minAmountOutReceived).
    const minimumOut = call?.minimumOut ?? uint(args.minReturn ?? args.minAmountOutReceived)
    return [finding(code, { ...common, ...(minimumOut === undefined ? {} : { minimumOut }), ...tokenFacts(e, tokens.received) })]
  }
  if (code === 'TX_FAILED_ALLOWANCE') {
    const allowance = allowanceArgs(decoded.errorName, args)
    const known = allowance.spender && e.chain.spenders.find((s) => isAddressEqual(s.address, allowance.spender!))
    return [finding(code, { ...common, ...tokenFacts(e, tokens.spent), ...allowance, ...(known ? { spenderLabel: known.label } : {}) })]
  }
  if (code === 'TX_FAILED_BALANCE') return [finding(code, { ...common, ...tokenFacts(e, tokens.spent), ...balanceArgs(decoded.errorName, args) })]
  return [
    finding('TX_FAILED_REVERTED', {
      ...common,
      ...(decoded.selector ? { selector: decoded.selector } : {}),
      ...(decoded.errorArgs?.length ? { errorArgs: decoded.errorArgs } : {}),
      ...(decoded.panicCode === undefined ? {} : { panicCode: decoded.panicCode }),
    }),
  ]
}

/** The token a failure's amounts are counted in, with what it says of itself. */
function tokenFacts(e: TxEvidence, token: Address | undefined) {
  if (!token) return {}
  const info = e.tokens.get(lower(token))
  return { token, ...(info?.symbol === undefined ? {} : { symbol: info.symbol }), ...(info?.decimals === undefined ? {} : { decimals: info.decimals }) }
}

/**
 * The numbers an allowance error names: ERC20InsufficientAllowance(spender, allowance, needed), OpenZeppelin's
 * NFT errors (the operator), Permit2's InsufficientAllowance(amount) and AllowanceExpired(deadline).
 */
function allowanceArgs(errorName: string | undefined, args: Record<string, string>) {
  const spender = address(args.spender ?? args.operator)
  const allowance = uint(errorName === 'InsufficientAllowance' ? args.amount : args.allowance)
  const needed = uint(args.needed)
  const expiration = errorName === 'AllowanceExpired' ? uint(args.deadline) : undefined
  return {
    ...(spender ? { spender } : {}),
    ...(allowance === undefined ? {} : { allowance }),
    ...(needed === undefined ? {} : { needed }),
    ...(expiration === undefined ? {} : { expiration }),
  }
}

/** The numbers a token balance error names: whose balance, what it held, what was needed (ERC-20 and ERC-1155 only). */
function balanceArgs(errorName: string | undefined, args: Record<string, string>) {
  // OpenZeppelin's plain InsufficientBalance(balance, needed) is about a contract's coin balance, not a token's.
  if (errorName !== 'ERC20InsufficientBalance' && errorName !== 'ERC1155InsufficientBalance') return {}
  const holder = address(args.sender)
  const held = uint(args.balance)
  const needed = uint(args.needed)
  return { ...(holder ? { holder } : {}), ...(held === undefined ? {} : { held }), ...(needed === undefined ? {} : { needed }) }
}

const uint = (value: string | undefined) => (value !== undefined && /^\d{1,78}$/.test(value) ? BigInt(value) : undefined)
const address = (value: string | undefined) => (value !== undefined && isAddress(value) ? (value as Address) : undefined)

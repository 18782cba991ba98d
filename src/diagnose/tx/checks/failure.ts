import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { feePaid } from '../amounts.js'
import type { Replay, TxEvidence } from '../evidence.js'
import { categorize, decodeRevert } from '../revert.js'
import { routerCall } from '../router-calls.js'
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
  const signed = {
    ...(call?.deadline === undefined ? {} : { deadline: call.deadline }),
    ...(call?.deadline === undefined || e.minedAt === undefined ? {} : { minedAt: e.minedAt }),
    ...(call?.minimumOut === undefined ? {} : { minimumOut: call.minimumOut }),
  }
  const unavailable = replay?.unavailable.length ? { unavailable: replay.unavailable } : {}
  const deadlinePassed = call?.deadline !== undefined && e.minedAt !== undefined && e.minedAt > call.deadline
  // Without a close re-run, the input alone proves a passed deadline: routers check it before anything else.
  if (!close && deadlinePassed) return [finding('TX_FAILED_DEADLINE', { fee, approximate: true, reasonSource: 'calldata', ...signed, ...unavailable })]

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
  if (code === 'TX_FAILED_DEADLINE' || code === 'TX_FAILED_SLIPPAGE') return [finding(code, { ...common, ...signed })]
  if (code !== 'TX_FAILED_REVERTED') return [finding(code, common)]
  return [
    finding('TX_FAILED_REVERTED', {
      ...common,
      ...(decoded.selector ? { selector: decoded.selector } : {}),
      ...(decoded.errorArgs?.length ? { errorArgs: decoded.errorArgs } : {}),
      ...(decoded.panicCode === undefined ? {} : { panicCode: decoded.panicCode }),
    }),
  ]
}

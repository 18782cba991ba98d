import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { feePaid } from '../amounts.js'
import type { TxEvidence } from '../evidence.js'
import { categorize, decodeRevert } from '../revert.js'
import { thresholds } from '../thresholds.js'

/**
 * A mined transaction with status 0: out of gas (the tracer says so, or gas used reached the limit with no
 * revert data), or a revert whose decoded reason picks the category that tells the user what to change.
 */
export function checkFailure(e: TxEvidence): Finding[] {
  const { receipt, tx, replay } = e
  if (receipt?.status !== 'reverted') return []
  const fee = feePaid(e.chain, receipt)
  const { numerator, denominator } = thresholds.outOfGasUsedShare
  const usedItAll = receipt.gasUsed * denominator >= tx.gas * numerator
  if (/out of gas/i.test(replay?.error ?? '') || (usedItAll && !replay?.data)) {
    const { numerator: n, denominator: d } = thresholds.outOfGasSuggestedMultiplier
    return [finding('TX_FAILED_OUT_OF_GAS', { fee, gasUsed: receipt.gasUsed, gasLimit: tx.gas, suggestedGasLimit: (tx.gas * n) / d })]
  }
  const decoded = decodeRevert(replay?.data)
  const approximate = replay?.approximate ?? true
  const common = {
    fee,
    approximate,
    ...(decoded.reason === undefined ? {} : { reason: decoded.reason }),
    ...(decoded.errorName ? { errorName: decoded.errorName } : {}),
  }
  const code = categorize(decoded)
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

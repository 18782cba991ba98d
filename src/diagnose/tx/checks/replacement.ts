import type { Transaction } from 'viem'
import type { Replacement } from '../../../core/facts.js'
import type { FeeMarket } from '../evidence.js'
import { thresholds } from '../thresholds.js'

const max = (a: bigint, b: bigint) => (a > b ? a : b)

/** ⌈value × (100 + bump) / 100⌉: geth rejects a replacement that raises either fee by less. */
export const bumped = (value: bigint): bigint => (value * (100n + thresholds.replacementBumpPercent) + 99n) / 100n

/**
 * The fees a speed-up (or cancel) must carry: both fee cap and tip at least 10 % above the stuck transaction's
 * (geth's rule: both must rise), the tip at least the recent typical one, and the cap at least 2 × next base fee +
 * tip so it stays valid while the base fee climbs. Legacy transactions use their gas price for both.
 */
export function replacementFor(tx: Transaction, fees: FeeMarket): Replacement {
  const oldCap = tx.maxFeePerGas ?? tx.gasPrice ?? 0n
  const oldTip = tx.maxPriorityFeePerGas ?? tx.gasPrice ?? 0n
  const maxPriorityFeePerGas = max(bumped(oldTip), fees.typicalPriorityFeePerGas)
  const maxFeePerGas = max(bumped(oldCap), thresholds.replacementBaseFeeMultiplier * fees.nextBaseFeePerGas + maxPriorityFeePerGas)
  return { nonce: tx.nonce, maxFeePerGas, maxPriorityFeePerGas }
}

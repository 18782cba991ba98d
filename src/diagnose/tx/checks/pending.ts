import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { nativeAmount } from '../amounts.js'
import type { TxEvidence } from '../evidence.js'
import { thresholds } from '../thresholds.js'
import { replacementFor } from './replacement.js'

/**
 * A transaction that is known but not mined: is it replaced, behind a gap, behind another stuck transaction,
 * underpriced, under-tipped or underfunded — or just waiting? Several can hold at once; all are reported.
 */
export function checkPending(e: TxEvidence): Finding[] {
  const { tx, account, fees } = e
  // A deposit offers no fee and spends no balance: fee and funds rules say nothing about one (checks/deposit.ts).
  if (e.receipt || !account || e.chainSpecific?.deposit) return []
  if (tx.nonce < account.latestNonce)
    return [finding('TX_REPLACED', { nonce: tx.nonce, ...(e.replacedBy ? { replacedBy: e.replacedBy.hash, replacedInBlock: e.replacedBy.blockNumber } : {}) })]

  const findings: Finding[] = []
  // The pending nonce counts the sender's transactions the node could mine in a row; one above it waits on a gap.
  if (tx.nonce > account.pendingNonce) {
    const queued = account.pool?.queued ?? new Map()
    const missingNonces = range(account.pendingNonce, tx.nonce).filter((n) => !queued.has(n))
    // Of several skipped nonces, only the pool tells which were sent since; without it, each may be waiting there.
    const poolUnknown = !account.pool && missingNonces.length > 1
    // A send that fills a gap must itself be includable: a fee cap above the next base fee, with room to grow.
    const market = fees
      ? {
          nextBaseFeePerGas: fees.nextBaseFeePerGas,
          fill: { maxFeePerGas: thresholds.replacementBaseFeeMultiplier * fees.nextBaseFeePerGas + fees.typicalPriorityFeePerGas, maxPriorityFeePerGas: fees.typicalPriorityFeePerGas },
          replacement: replacementFor(tx, fees),
        }
      : {}
    findings.push(finding('TX_PENDING_NONCE_GAP', { nonce: tx.nonce, nextNonce: account.pendingNonce, missingNonces, ...(poolUnknown ? { poolUnknown } : {}), ...market }))
  } else if (tx.nonce > account.latestNonce) {
    const blockingHash = account.pool?.pending.get(account.latestNonce)
    findings.push(
      finding('TX_PENDING_QUEUED_BEHIND', {
        nonce: tx.nonce,
        blockingNonce: account.latestNonce,
        ...(blockingHash ? { blockingHash } : {}),
        ...(fees ? { nextBaseFeePerGas: fees.nextBaseFeePerGas } : {}),
      }),
    )
  }

  const cap = tx.maxFeePerGas ?? tx.gasPrice ?? 0n
  if (fees) {
    const replacement = replacementFor(tx, fees)
    const tip = tx.maxPriorityFeePerGas ?? cap - fees.nextBaseFeePerGas
    const { numerator, denominator } = thresholds.tipTooLowRatio
    if (cap < fees.nextBaseFeePerGas)
      findings.push(finding('TX_PENDING_FEE_TOO_LOW', { maxFeePerGas: cap, nextBaseFeePerGas: fees.nextBaseFeePerGas, replacement }))
    else if (tip * denominator < fees.typicalPriorityFeePerGas * numerator)
      findings.push(finding('TX_PENDING_TIP_TOO_LOW', { maxPriorityFeePerGas: tip < 0n ? 0n : tip, typicalPriorityFeePerGas: fees.typicalPriorityFeePerGas, replacement }))
  }

  const required = tx.value + tx.gas * cap
  if (account.balance < required)
    findings.push(
      finding('TX_PENDING_INSUFFICIENT_FUNDS', {
        balance: nativeAmount(e.chain, account.balance),
        required: nativeAmount(e.chain, required),
        shortfall: nativeAmount(e.chain, required - account.balance),
      }),
    )

  if (findings.length === 0 && fees)
    findings.push(
      finding('TX_PENDING', {
        nonce: tx.nonce,
        maxFeePerGas: cap,
        maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? cap,
        nextBaseFeePerGas: fees.nextBaseFeePerGas,
      }),
    )
  return findings
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)

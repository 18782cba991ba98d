import { finding } from '../../core/finding.js'
import type { TronFacts, TronTxRef } from '../../core/tron-facts.js'
import type { Finding } from '../../core/types.js'
import { decodeRevert } from '../tx/revert.js'
import { actionOf, costsOf, energyLimitOf, resultOf, returnDataOf, tokenTransfersOf, trx } from './decode.js'
import type { TronTxEvidence } from './tx-evidence.js'

/**
 * Pure: a TRON transaction's findings, from its evidence. Mined (it has an info) → went through, not yet
 * irreversible, failed for want of energy, or failed for another reason; a 0-amount transfer "from" someone who
 * did not send it is a poisoning lure. Not found is decided by the caller (it may have been searched elsewhere too).
 */
export function checkTronTransaction(e: TronTxEvidence): Finding[] {
  const ref = txRef(e)
  if (!ref) return []
  const result = e.info ? resultOf(e.info, e.tx) : e.tx?.ret?.[0]?.contractRet
  if (result === undefined) return []
  if (result === 'SUCCESS') {
    const transfers = e.info ? tokenTransfersOf(e.info, e.spec).map((t) => ({ ...t, ...e.tokens.get(t.token) })) : []
    const activationFee = activationFeeOf(ref)
    return [
      finding('TX_SUCCESS', { ...ref, transfers, ...(activationFee ? { activationFee } : {}) }),
      ...(e.solidified === false && ref.blockNumber !== undefined && ref.minedAt !== undefined
        ? [finding('TX_NOT_FINAL', { network: 'tron', blockNumber: ref.blockNumber, minedAt: ref.minedAt, solidifyBlocks: e.spec.solidifyBlocks, blockTimeSeconds: e.spec.blockTimeSeconds })]
        : []),
      ...checkTronPoisoning(ref, transfers),
    ]
  }
  if (result === 'OUT_OF_ENERGY') return [finding('TX_FAILED_OUT_OF_ENERGY', outOfEnergyFacts(e, ref))]
  const revert = decodeRevert(e.info ? returnDataOf(e.info) : undefined)
  return [
    finding('TX_FAILED_REVERTED', {
      ...ref,
      result,
      ...(revert.reason !== undefined ? { reason: revert.reason } : {}),
      ...(revert.errorName ? { errorName: revert.errorName } : {}),
      ...(revert.panicCode !== undefined ? { panicCode: revert.panicCode } : {}),
    }),
  ]
}

/** The transaction as every TRON finding names it; undefined when the node has neither it nor its info. */
export function txRef(e: TronTxEvidence): TronTxRef | undefined {
  if (!e.info && !e.tx) return undefined
  const what = e.tx ? actionOf(e.tx, e.spec) : {}
  const feeLimit = e.tx?.raw_data.fee_limit
  return {
    network: 'tron',
    chain: { id: e.spec.id, name: e.spec.name },
    id: e.id,
    ...what,
    ...(e.info
      ? { blockNumber: BigInt(e.info.blockNumber), minedAt: BigInt(Math.floor(e.info.blockTimeStamp / 1000)), costs: costsOf(e.info, e.spec) }
      : {}),
    ...(feeLimit !== undefined ? { feeLimit: trx(e.spec, feeLimit) } : {}),
  }
}

/**
 * TRX sent to an account that did not exist creates it, and its sender pays for that on top of the bandwidth: the
 * part of the fee that is neither energy nor bandwidth. A memo (raw_data.data) has a fee of its own, so a
 * transaction with one is not read this way.
 */
function activationFeeOf(ref: TronTxRef) {
  if (ref.action?.kind !== 'trx-transfer' || !ref.costs) return undefined
  const { fee, energyBurned, bandwidthBurned } = ref.costs
  const rest = fee.value - energyBurned.value - bandwidthBurned.value
  return rest > 0n ? { ...fee, value: rest } : undefined
}

function outOfEnergyFacts(e: TronTxEvidence, ref: TronTxRef): TronFacts['TX_FAILED_OUT_OF_ENERGY'] {
  const energyLimit = e.info ? energyLimitOf(e.info) : undefined
  const energyBurned = ref.costs?.energyBurned.value
  // The fee limit was the cap when the TRX burned reached it; nothing burned (and little energy of its own) means
  // the account had no TRX to burn: the fee limit is only a ceiling, not money.
  const cause: TronFacts['TX_FAILED_OUT_OF_ENERGY']['cause'] =
    energyBurned === undefined
      ? 'unknown'
      : ref.feeLimit && energyBurned > 0n && energyBurned * 100n >= ref.feeLimit.value * 95n
      ? 'fee-limit'
      : energyBurned === 0n && (ref.feeLimit === undefined || ref.feeLimit.value > 0n)
        ? 'no-trx'
        : 'unknown'
  const usdt = e.spec.usdtTransferEnergy
  const price = e.energyPrice
  return {
    ...ref,
    cause,
    ...(energyLimit !== undefined ? { energyLimit } : {}),
    ...(price !== undefined
      ? {
          energyPrice: price,
          usdtTransfer: {
            toHolder: { energy: usdt.toHolder, trx: trx(e.spec, BigInt(usdt.toHolder) * price) },
            toNewHolder: { energy: usdt.toNewHolder, trx: trx(e.spec, BigInt(usdt.toNewHolder) * price) },
          },
        }
      : {}),
    ...(e.recipientHolds !== undefined ? { recipientHolds: e.recipientHolds } : {}),
    ...(e.senderNow ? { senderNow: e.senderNow } : {}),
  }
}

/**
 * The same rule as on EVM chains (tx/checks/poisoning.ts) where a full node can apply it: a 0-amount TRC-20
 * transfer "from" an account that did not send the transaction needs no allowance and moves nothing; it exists to
 * put the recipient, a look-alike, into that account's history. (Dust from a look-alike needs the account's past
 * counterparties to tell, which a full node does not keep.)
 */
function checkTronPoisoning(ref: TronTxRef, transfers: TronFacts['TX_SUCCESS']['transfers']): Finding[] {
  if (!ref.sender) return []
  const lures = transfers.filter((t) => t.amount === 0n && t.from !== ref.sender && t.from !== t.to)
  const first = lures[0]
  if (!first) return []
  return [
    finding('TX_ADDRESS_POISONING', {
      network: 'tron',
      victim: first.from,
      lookalike: first.to,
      sentBy: ref.sender,
      token: first.token,
      ...(first.symbol !== undefined ? { symbol: first.symbol } : {}),
      ...(first.decimals !== undefined ? { decimals: first.decimals } : {}),
      amount: first.amount,
      lures: lures.length,
      ...(ref.minedAt !== undefined ? { minedAt: ref.minedAt } : {}),
    }),
  ]
}

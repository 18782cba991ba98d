import { finding } from '../../core/finding.js'
import type { TronFacts, TronTxRef } from '../../core/tron-facts.js'
import type { Finding } from '../../core/types.js'
import { containsLink, mixesScripts } from '../../core/untrusted.js'
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
  const result = e.info ? resultOf(e.info, e.tx) : verdictOf(e.tx)
  if (result === undefined) return []
  if (result === 'SUCCESS') {
    const logged = e.info ? tokenTransfersOf(e.info, e.spec).map((t) => ({ ...t, ...e.tokens.get(t.token) })) : askedTransfer(ref)
    const scams = checkTronScamTokens(e, logged)
    const fakes = new Set(scams.map((f) => (f.facts as { token: string }).token))
    const transfers = logged.map((t) => (fakes.has(t.token) ? { ...t, fake: true as const } : t))
    const unread = !e.info && ref.action?.kind !== 'token-transfer' && ref.action?.kind !== 'trx-transfer'
    const activationFee = activationFeeOf(ref, e)
    return [
      finding('TX_SUCCESS', { ...ref, transfers, ...(unread ? { transfersUnread: true as const } : {}), ...(activationFee ? { activationFee } : {}) }),
      ...(e.solidified === false && ref.blockNumber !== undefined && ref.minedAt !== undefined
        ? [finding('TX_NOT_FINAL', { network: 'tron', blockNumber: ref.blockNumber, minedAt: ref.minedAt, solidifyBlocks: e.spec.solidifyBlocks, blockTimeSeconds: e.spec.blockTimeSeconds })]
        : []),
      ...checkTronPoisoning(ref, transfers),
      ...scams,
      ...checkTronTokenToContract(transfers),
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

/**
 * A transaction's own verdict, when its info was not read: `contractRet`. Old blocks leave it out for system
 * contracts (TRX transfers, staking), which never enter a block unless they succeed; a contract call without one
 * has no verdict to read.
 */
function verdictOf(tx: TronTxEvidence['tx']): string | undefined {
  const said = tx?.ret?.[0]?.contractRet
  if (said !== undefined || !tx) return said
  const type = tx.raw_data.contract[0]!.type
  return type === 'TriggerSmartContract' || type === 'CreateSmartContract' ? undefined : 'SUCCESS'
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

/** A successful TRC-20 `transfer(to, amount)` whose logs were not read: it moved what it asked, from its sender. */
function askedTransfer(ref: TronTxRef): TronFacts['TX_SUCCESS']['transfers'] {
  const a = ref.action
  if (a?.kind !== 'token-transfer' || !ref.sender) return []
  return [{ token: a.token, ...(a.symbol !== undefined ? { symbol: a.symbol } : {}), ...(a.decimals !== undefined ? { decimals: a.decimals } : {}), from: ref.sender, to: a.to, amount: a.amount }]
}

/**
 * TRX sent to an account that did not exist creates it, and its sender pays for that on top of the bandwidth: the
 * part of the fee that is neither energy nor bandwidth. A memo (raw_data.data) and a multi-signature transaction
 * each pay a fee of their own, so a transaction with either is not read this way.
 */
function activationFeeOf(ref: TronTxRef, e: TronTxEvidence) {
  const memo = Boolean(e.tx?.raw_data.data)
  const multiSigned = (e.tx?.signature?.length ?? 1) > 1
  if (ref.action?.kind !== 'trx-transfer' || !ref.costs || memo || multiSigned || !e.tx) return undefined
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

/** TRON's zero address (0x41 and 20 zero bytes): mints come "from" it, burns go "to" it. */
const zeroAddress = 'T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb'
const transferFromSelector = '0x23b872dd'

/**
 * The same rule as on EVM chains (tx/checks/poisoning.ts) where a full node can apply it: a 0-amount TRC-20
 * transfer "from" an account that did not send the transaction needs no allowance and moves nothing; it exists to
 * put the recipient, a look-alike, into that account's history. Its shape: the sender calls `transferFrom` on the
 * token itself, or one transaction carries several such transfers (a batch of lures). A 0 mint, a 0 burn, or a
 * contract paying out 0 of its own token is not one. (Dust from a look-alike needs the account's past
 * counterparties to tell, which a full node does not keep.)
 */
function checkTronPoisoning(ref: TronTxRef, transfers: TronFacts['TX_SUCCESS']['transfers']): Finding[] {
  if (!ref.sender) return []
  const candidates = transfers.filter(
    (t) => t.amount === 0n && t.from !== ref.sender && t.from !== t.to && t.from !== zeroAddress && t.to !== zeroAddress && t.from !== t.token,
  )
  const first = candidates[0]
  if (!first) return []
  const direct = ref.action?.kind === 'contract-call' && ref.action.contract === first.token && ref.action.selector === transferFromSelector
  const lures = candidates
  if (!direct && lures.length < 2) return []
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

/**
 * The same rule as on EVM chains (tx/checks/risks.ts): a token the transaction moved whose own `symbol()` is that of
 * a token in txdoctor's list on another contract (the fake USDT that scammers send), or whose symbol carries a
 * web address or mixes scripts. Listed tokens' symbols come from the list, never from the contract.
 */
function checkTronScamTokens(e: TronTxEvidence, transfers: TronFacts['TX_SUCCESS']['transfers']): Finding[] {
  const tokens = [...new Set(transfers.map((t) => t.token))]
  return tokens.flatMap((token) => {
    const symbol = e.tokens.get(token)?.symbol
    if (!symbol || e.spec.tokens.some((t) => t.address === token)) return []
    const real = e.spec.tokens.find((t) => t.symbol.toLowerCase() === symbol.toLowerCase())
    const reasons = [
      ...(containsLink(symbol) ? (['link'] as const) : []),
      ...(mixesScripts(symbol) ? (['mixed-scripts'] as const) : []),
      ...(real ? (['imitates-known'] as const) : []),
    ]
    if (reasons.length === 0) return []
    return [finding('TX_SCAM_TOKEN', { network: 'tron', token, symbol, reasons, ...(real ? { imitates: real.address } : {}) })]
  })
}

/** The same rule as on EVM chains (tx/checks/risks.ts): tokens sent to the token's own contract are almost always lost. */
function checkTronTokenToContract(transfers: TronFacts['TX_SUCCESS']['transfers']): Finding[] {
  return transfers
    .filter((t) => t.to === t.token && t.amount > 0n && !t.fake)
    .map((t) => finding('TX_TOKEN_TO_CONTRACT', { token: t.token, amount: t.amount, ...(t.symbol !== undefined ? { symbol: t.symbol } : {}), ...(t.decimals !== undefined ? { decimals: t.decimals } : {}) }))
}

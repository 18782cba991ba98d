import type { NativeAmount } from '../../core/amounts.js'
import type { TronSpec } from '../../core/tron-spec.js'
import type { TronTransaction, TronTransactionInfo } from '../../rpc/tron-replies.js'

/** What the TRON node said of one transaction, and what else the checks need: gathered first, judged after. */
export type TronTxEvidence = {
  spec: TronSpec
  /** 64 hex digits, lowercase, no 0x. */
  id: string
  /** `gettransactionbyid`; undefined when the node has none (or the read failed: see the outcome's failures). */
  tx?: TronTransaction
  /** `gettransactioninfobyid`: its block, receipt and logs. */
  info?: TronTransactionInfo
  /** Whether the solidity API has it (its block is irreversible); undefined when not asked or the read failed. */
  solidified?: boolean
  /** Tokens not in txdoctor's list, as their contracts name themselves (untrusted), by base58 address. */
  tokens: Map<string, { symbol?: string; decimals?: number }>
  /** Read for a failure for want of energy: the network's price of energy, and the sender's account now. */
  energyPrice?: bigint
  senderNow?: { balance: NativeAmount; energyAvailable: number }
  /** Whether the token's recipient held it already (a first-time holder costs about twice the energy). */
  recipientHolds?: boolean
}

import type { TronSpec } from '../../core/tron-spec.js'
import type { TronAccount, TronAccountResource } from '../../rpc/tron-replies.js'

/** What the TRON node said of one account. `account` null: the node has none (not activated). */
export type TronAccountEvidence = {
  spec: TronSpec
  address: string
  account: TronAccount | null
  resource?: TronAccountResource
  /** The network's parameters by name (getEnergyFee, getTransactionFee, getCreateNewAccountFeeInSystemContract …). */
  parameters?: Map<string, number>
  /** Balances of txdoctor's listed tokens that were read, by token address (base units). */
  balances: Map<string, bigint>
}

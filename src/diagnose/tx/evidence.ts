import type { Address, Hash, Hex, Transaction, TransactionReceipt } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { ReasonSource, Unavailable } from '../../core/facts.js'
import type { TokenInfo } from '../reads.js'
import type { ChainSpecific } from './chain-specific.js'
import type { TokenEvent } from '../token-events.js'
import type { PermissionWord } from '../approvals/permission.js'

/** What the sender's account looked like while the transaction waited. */
export type AccountState = {
  latestNonce: number
  pendingNonce: number
  balance: bigint
  /** The node's pool for this sender, when it tells (txpool_*): nonce → hash. */
  pool?: { pending: Map<number, Hash>; queued: Map<number, Hash> }
}

export type FeeMarket = { nextBaseFeePerGas: bigint; typicalPriorityFeePerGas: bigint }

export type Replay = {
  /** Revert data from the replay; undefined when the replay did not revert or reverted without data. */
  data?: Hex
  /** The tracer's error string ("execution reverted", "out of gas"). */
  error?: string
  /** Which source answered: tracing, a re-run at the parent block or the block, a re-run today, or none. */
  source: Exclude<ReasonSource, 'calldata' | 'gas'>
  /** What the better sources said when they could not answer (node's words): no tracing, state pruned, … */
  unavailable: Unavailable[]
}

/**
 * Everything known about one transaction, as raw data (no text): the output of gathering, the input of the pure
 * checks. Addresses in maps are lower-case.
 */
export type TxEvidence = {
  chain: ChainSpec
  /** The other enabled chains, for cross-chain checks. */
  otherChains: ChainSpec[]
  tx: Transaction
  receipt?: TransactionReceipt
  head: bigint
  /** Unix seconds of the block that mined it (a deadline is judged against it). */
  minedAt?: bigint
  finalized?: bigint
  account?: AccountState
  fees?: FeeMarket
  replay?: Replay
  events: TokenEvent[]
  /** The receipt's permission logs (Approval, ApprovalForAll, Permit2), decoded: ../approvals/permission.ts. */
  permissions: PermissionWord[]
  tokens: Map<string, TokenInfo>
  /** Whether an address has code on this chain. */
  hasCode: Map<string, boolean>
  /** Chains (other than this one) where an address has code. */
  codeElsewhere: Map<string, ChainSpec[]>
  /** For lookalike checks: the addresses each account of interest really exchanged tokens with. */
  counterparties: Map<string, Set<string>>
  /** EIP-7702 authorizations of a type-4 transaction, with the signer recovered, the chain it is valid on and its nonce. */
  delegations: { authority: Address; delegate: Address; chainId: number; nonce: number }[]
  /** Pending, and seen waiting before: when txdoctor first saw it (Unix ms), and when it looked this time. */
  pendingSince?: { firstSeenAt: number; checkedAt: number }
  /** The mined transaction that used this one's nonce, when it was found. */
  replacedBy?: { hash: Hash; blockNumber: bigint }
  /** A type of the chain's own (OP-stack deposit, zkSync, Celo, Arbitrum…), with what comes with it. */
  chainSpecific?: ChainSpecific
}

import { finding } from '../core/finding.js'
import type { NonEvmTransaction } from '../core/non-evm.js'
import type { Finding } from '../core/types.js'
import type { Outcome } from './context.js'

/**
 * Another network's transaction (a Solana signature, a Bitcoin or TRON id from its explorer's link): txdoctor reads
 * EVM nodes only, so no node is asked; the answer says which network it is and where to look it up.
 */
export function diagnoseNonEvmTransaction(transaction: NonEvmTransaction): Outcome {
  return { kind: 'transaction', status: 'non_evm', findings: checkNonEvmTransaction(transaction), checkedChains: [] }
}

/** The check: which network the id belongs to, and the explorer it came from when it came in a link. */
export function checkNonEvmTransaction({ network, id, explorerName }: NonEvmTransaction): Finding[] {
  return [finding('TX_NON_EVM', explorerName ? { network, id, explorerName } : { network, id })]
}

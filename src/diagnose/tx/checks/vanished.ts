import type { Hash } from 'viem'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'

/**
 * Pure: a transaction txdoctor saw pending and no node knows any more. If the sender's nonce has not moved past
 * it, the network dropped it; if it has, another transaction used the nonce (named when the search found it).
 */
export function checkVanished({ nonce, latestNonce, replacedBy }: { nonce: number; latestNonce: number; replacedBy?: { hash: Hash; blockNumber: bigint } | undefined }): Finding[] {
  if (latestNonce <= nonce) return [finding('TX_DROPPED', { nonce, nextNonce: latestNonce })]
  return [finding('TX_REPLACED', { nonce, ...(replacedBy ? { replacedBy: replacedBy.hash, replacedInBlock: replacedBy.blockNumber } : {}) })]
}

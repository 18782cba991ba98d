import type { Hash } from 'viem'
import type { ChainSpec } from '../../../core/chain-spec.js'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { chainRef } from '../../context.js'

/** Pure: a hash found on another chain than the one the user named is the wrong-network case. */
export function checkWrongNetwork(hash: Hash, named: ChainSpec | undefined, foundOn: ChainSpec): Finding[] {
  if (!named || named.id === foundOn.id) return []
  return [finding('TX_ON_OTHER_CHAIN', { hash, askedChain: chainRef(named), foundChain: chainRef(foundOn) })]
}

/** Pure: no chain that answered knows the hash (chains that failed are the partial answer's business). */
export function checkNotFound(hash: Hash, answered: ChainSpec[], bareHex: boolean): Finding[] {
  return [finding('TX_NOT_FOUND', { hash, checkedChains: answered.map(chainRef), maybeNonEvm: bareHex })]
}

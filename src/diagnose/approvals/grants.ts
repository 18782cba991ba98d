import { decodeFunctionData, isAddressEqual, type Address, type Transaction } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { FindingFacts } from '../../core/facts.js'
import { permit2Abi, tokenCallsAbi } from '../abis.js'
import { newestPerPermission, type Permission, type PermissionWord } from './permission.js'

export type ApprovalMethod = FindingFacts['TX_APPROVAL']['method']

/** A permission a transaction set: whose, and the call that set it. */
export type Grant = Permission & { owner: Address; method: ApprovalMethod }

/**
 * The permission a transaction's own input asks for, if its call is one. ERC-721's approve(to, tokenId) has
 * ERC-20's selector: read as an allowance here, the log says which it was (see `grantsOf`).
 */
function calledGrant(tx: Transaction, chain: ChainSpec): Grant | undefined {
  if (!tx.to || tx.input.length < 10) return undefined
  const onPermit2 = isAddressEqual(tx.to, chain.contracts.permit2)
  let call: { functionName: string; args: readonly unknown[] }
  try {
    const decoded = decodeFunctionData({ abi: onPermit2 ? permit2Abi : tokenCallsAbi, data: tx.input })
    call = { functionName: decoded.functionName, args: decoded.args ?? [] }
  } catch {
    return undefined
  }
  const [a, b, c, d] = call.args
  const owner = tx.from
  if (onPermit2 && call.functionName === 'approve')
    return { kind: 'permit2', method: 'permit2', owner, token: a as Address, spender: b as Address, amount: c as bigint, expiration: Number(d) }
  if (call.functionName === 'approve' || call.functionName === 'increaseAllowance')
    return { kind: 'erc20', method: call.functionName, owner, token: tx.to, spender: a as Address, amount: b as bigint }
  if (call.functionName === 'setApprovalForAll') return { kind: 'for-all', method: 'setApprovalForAll', owner, token: tx.to, spender: a as Address, approved: b === true }
  // An EIP-2612 permit: signed by `owner`, submitted by anyone.
  if (call.functionName === 'permit') return { kind: 'erc20', method: 'permit', owner: a as Address, token: tx.to, spender: b as Address, amount: c as bigint }
  return undefined
}

const methodOf: Record<Permission['kind'], ApprovalMethod> = { erc20: 'approve', nft: 'approve', 'for-all': 'setApprovalForAll', permit2: 'permit2' }

/**
 * Every permission a transaction left set, revocations included (the judge tells them apart): its logs' words
 * for the sender (or a permit's signer), newest per permission. The logs are the state it left — an
 * increaseAllowance logs the new total, an NFT approve logs the item — and the decoded call names the method;
 * the call stands alone only for a token that logged nothing about it.
 */
export function grantsOf(tx: Transaction, words: readonly PermissionWord[], chain: ChainSpec): Grant[] {
  const call = calledGrant(tx, chain)
  const owners = [tx.from, ...(call ? [call.owner] : [])]
  const logged = newestPerPermission(words.filter((w) => owners.some((o) => isAddressEqual(o, w.owner))))
  const grants = logged.map(({ at: _, ...word }): Grant => {
    const named = call && isAddressEqual(call.token, word.token) && isAddressEqual(call.spender, word.spender)
    return { ...word, method: named ? call.method : methodOf[word.kind] }
  })
  if (call && !logged.some((w) => isAddressEqual(w.token, call.token))) grants.push(call)
  return grants
}

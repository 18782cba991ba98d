import { decodeFunctionData, isAddressEqual, type Address, type Transaction } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { permit2Abi, tokenCallsAbi } from '../abis.js'
import type { TokenEvent } from '../token-events.js'
import { thresholds } from './thresholds.js'

export type ApprovalMethod = 'approve' | 'increaseAllowance' | 'setApprovalForAll' | 'permit2' | 'permit'

/** A permission the transaction grants: from its own input, or from an Approval event of its sender. */
export type GrantedApproval = {
  method: ApprovalMethod
  token: Address
  spender: Address
  /** Base units; undefined for collection-wide (setApprovalForAll) grants. */
  amount?: bigint
  expiration?: number
}

type DecodedCall = { functionName: string; args: readonly unknown[] }

function decodeCall(tx: Transaction, abi: typeof tokenCallsAbi | typeof permit2Abi): DecodedCall | undefined {
  if (!tx.to || tx.input.length < 10) return undefined
  try {
    const { functionName, args } = decodeFunctionData({ abi, data: tx.input })
    return { functionName, args: args ?? [] }
  } catch {
    return undefined
  }
}

/** Who the sender meant to pay: the native recipient, or the `to` of a token transfer call. */
export function intendedRecipient(tx: Transaction): Address | undefined {
  if (!tx.to) return undefined
  if (tx.input === '0x') return tx.value > 0n ? tx.to : undefined
  const call = decodeCall(tx, tokenCallsAbi)
  if (call?.functionName === 'transfer') return call.args[0] as Address
  if (call?.functionName === 'transferFrom' || call?.functionName === 'safeTransferFrom') return call.args[1] as Address
  return undefined
}

/** Every permission the transaction grants, newest word per (token, spender); revocations are not grants. */
export function grantedApprovals(tx: Transaction, events: TokenEvent[], chain: ChainSpec): GrantedApproval[] {
  const grants: GrantedApproval[] = []
  const call = tx.to && isAddressEqual(tx.to, chain.contracts.permit2) ? decodeCall(tx, permit2Abi) : decodeCall(tx, tokenCallsAbi)
  if (call && tx.to) {
    const [a, b, c, d] = call.args
    if (call.functionName === 'approve' && isAddressEqual(tx.to, chain.contracts.permit2))
      grants.push({ method: 'permit2', token: a as Address, spender: b as Address, amount: c as bigint, expiration: Number(d) })
    else if (call.functionName === 'approve') grants.push({ method: 'approve', token: tx.to, spender: a as Address, amount: b as bigint })
    else if (call.functionName === 'increaseAllowance') grants.push({ method: 'increaseAllowance', token: tx.to, spender: a as Address, amount: b as bigint })
    else if (call.functionName === 'setApprovalForAll' && b === true) grants.push({ method: 'setApprovalForAll', token: tx.to, spender: a as Address })
    else if (call.functionName === 'permit') grants.push({ method: 'permit', token: tx.to, spender: b as Address, amount: c as bigint })
  }
  for (const event of events) {
    if (event.kind === 'erc20-approval' && isAddressEqual(event.owner, tx.from))
      grants.push({ method: 'approve', token: event.token, spender: event.spender, amount: event.amount })
    if (event.kind === 'approval-for-all' && event.approved && isAddressEqual(event.owner, tx.from))
      grants.push({ method: 'setApprovalForAll', token: event.token, spender: event.operator })
    if (event.kind === 'permit2-approval' && isAddressEqual(event.owner, tx.from))
      grants.push({ method: 'permit2', token: event.token, spender: event.spender, amount: event.amount, expiration: event.expiration })
  }
  // Keep the first word on each (token, spender): the decoded call names the method better than its event.
  const seen = new Set<string>()
  return grants.filter((g) => {
    const key = `${g.method === 'permit2' ? 'p2:' : ''}${g.token.toLowerCase()}:${g.spender.toLowerCase()}`
    if (seen.has(key) || g.amount === 0n) return false
    seen.add(key)
    return true
  })
}

/** Is this amount dust: zero, or at most 1/10 000 of one whole token (or coin)? */
export function isDust(amount: bigint, decimals: number | undefined): boolean {
  if (amount === 0n) return true
  if (decimals === undefined) return false
  return amount * thresholds.dustDivisor <= 10n ** BigInt(decimals)
}

/**
 * Zero or tiny token transfers that may be poisoning: the accounts that may be the victim, and the address that
 * may be imitating one of their real counterparties. Decimals may be unknown yet (the caller re-checks).
 */
export function possiblePoisoning(tx: Transaction, events: TokenEvent[], decimalsOf: (token: Address) => number | undefined) {
  const cases: { victim: Address; suspect: Address; token?: Address; amount: bigint }[] = []
  for (const event of events) {
    if (event.kind !== 'erc20-transfer' || !isDust(event.amount, decimalsOf(event.token) ?? 18)) continue
    // Someone else moved 0 "from" the victim to a lookalike, or a lookalike sent dust to the victim.
    if (!isAddressEqual(event.from, tx.from)) cases.push({ victim: event.from, suspect: event.to, token: event.token, amount: event.amount })
    cases.push({ victim: event.to, suspect: event.from, token: event.token, amount: event.amount })
  }
  if (tx.to && tx.input === '0x' && tx.value > 0n && isDust(tx.value, 18)) cases.push({ victim: tx.to, suspect: tx.from, amount: tx.value })
  return cases
}

/** The lookalike rule, in one place: same first and last N hex characters, different address. */
export function looksAlike(a: Address | string, b: Address | string): boolean {
  const [x, y] = [a.toLowerCase().slice(2), b.toLowerCase().slice(2)]
  const n = thresholds.lookalikeChars
  return x !== y && x.slice(0, n) === y.slice(0, n) && x.slice(-n) === y.slice(-n)
}

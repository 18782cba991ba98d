import { getAddress, isAddressEqual, parseEventLogs, toEventSelector, zeroAddress, type Address, type Hash, type Hex, type Log, type RpcLog } from 'viem'
import type { PermissionKind } from '../../core/facts.js'
import { permit2Events } from '../abis.js'

/**
 * A permission an owner gave over their tokens, in the four shapes the chain knows: an ERC-20 allowance, one NFT
 * (ERC-721 `approve`), every item of a collection (ERC-721/1155 operator), and a Permit2 allowance (kept by
 * Permit2, apart from the token's own). The transaction check and the standing-approvals scan both speak it.
 */
export type Permission = { token: Address; spender: Address } & (
  | { kind: 'erc20'; amount: bigint }
  | { kind: 'nft'; tokenId: bigint }
  | { kind: 'for-all'; approved: boolean }
  | { kind: 'permit2'; amount: bigint; expiration: number }
)

/** What one log says about a permission: whose it is, and where in the chain's history it was said. */
export type PermissionWord = Permission & { owner: Address; at: { blockNumber: bigint; logIndex: number; hash: Hash } }

/** An ERC-20 allowance at or above 2^255 is "unlimited": wallets write 2^256 − 1, and nothing spends it down. */
export const unlimitedAllowance = 2n ** 255n
/** Permit2 stores allowances as uint160: its largest value is its "unlimited" (and is never spent down). */
export const permit2Max = 2n ** 160n - 1n

// ERC-20 and ERC-721 share the Approval signature and differ in what they index; viem tries both and keeps the
// one whose topics fit. ERC-1155 uses the same ApprovalForAll as ERC-721.
export const tokenEvents = [
  {
    type: 'event', name: 'Approval',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'spender', type: 'address', indexed: true }, { name: 'value', type: 'uint256' },
    ],
  },
  {
    type: 'event', name: 'Approval',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'approved', type: 'address', indexed: true },
      { name: 'tokenId', type: 'uint256', indexed: true },
    ],
  },
  {
    type: 'event', name: 'ApprovalForAll',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'operator', type: 'address', indexed: true }, { name: 'approved', type: 'bool' },
    ],
  },
] as const

/** The event topics the scan asks eth_getLogs for (each has the owner as its second topic): tokens', and Permit2's. */
export const permissionTopics: { token: Hex[]; permit2: Hex[] } = {
  token: [...new Set(tokenEvents.map((e) => toEventSelector(e)))],
  permit2: permit2Events.map((e) => toEventSelector(e)),
}

type AnyLog = Log | RpcLog

/**
 * Every permission word in a list of logs (a receipt's, or eth_getLogs'): token Approval / ApprovalForAll from
 * any contract, Approval / Permit / Lockdown from the chain's Permit2 only (another contract imitating Permit2's
 * events says nothing about Permit2). Logs that fit none are skipped, never guessed.
 */
export function decodePermissionLogs(logs: readonly AnyLog[], permit2: Address): PermissionWord[] {
  const fromPermit2 = (log: AnyLog) => isAddressEqual(log.address, permit2)
  const words: PermissionWord[] = []
  for (const log of parseEventLogs({ abi: tokenEvents, logs: logs.filter((l) => !fromPermit2(l)) as RpcLog[] })) {
    const at = { blockNumber: log.blockNumber ?? 0n, logIndex: log.logIndex ?? 0, hash: (log.transactionHash ?? '0x') as Hash }
    const token = getAddress(log.address) // viem leaves the emitter's address as the node wrote it
    if (log.eventName === 'ApprovalForAll') words.push({ kind: 'for-all', token, owner: log.args.owner, spender: log.args.operator, approved: log.args.approved, at })
    else if ('tokenId' in log.args) words.push({ kind: 'nft', token, owner: log.args.owner, spender: log.args.approved, tokenId: log.args.tokenId, at })
    else words.push({ kind: 'erc20', token, owner: log.args.owner, spender: log.args.spender, amount: log.args.value, at })
  }
  for (const log of parseEventLogs({ abi: permit2Events, logs: logs.filter(fromPermit2) as RpcLog[] })) {
    const at = { blockNumber: log.blockNumber ?? 0n, logIndex: log.logIndex ?? 0, hash: (log.transactionHash ?? '0x') as Hash }
    const { owner, token, spender } = log.args
    // Lockdown zeroes the allowance: the owner's emergency revoke.
    const [amount, expiration] = log.eventName === 'Lockdown' ? [0n, 0] : [log.args.amount, log.args.expiration]
    words.push({ kind: 'permit2', token, owner, spender, amount, expiration, at })
  }
  return words.sort((a, b) => (a.at.blockNumber === b.at.blockNumber ? a.at.logIndex - b.at.logIndex : a.at.blockNumber < b.at.blockNumber ? -1 : 1))
}

/**
 * Which permission a word is about. A single-NFT approval is keyed by the item, not the spender: approving
 * someone else for that NFT (or nobody, address 0) replaces it.
 */
export function permissionKey(p: Permission & { owner: Address }): string {
  const which = p.kind === 'nft' ? `#${p.tokenId}` : p.spender
  return `${p.owner}:${p.kind}:${p.token}:${which}`.toLowerCase()
}

/** The newest word per permission wins (a later approve(0) revokes an earlier unlimited one). */
export function newestPerPermission<word extends PermissionWord>(words: readonly word[]): word[] {
  const newest = new Map<string, word>()
  const later = (a: word, b: word) => a.at.blockNumber > b.at.blockNumber || (a.at.blockNumber === b.at.blockNumber && a.at.logIndex >= b.at.logIndex)
  for (const word of words) {
    const current = newest.get(permissionKey(word))
    if (!current || later(word, current)) newest.set(permissionKey(word), word)
  }
  return [...newest.values()]
}

/** Does the permission still allow anything at `nowMs`? Zero amounts, `false`, address 0 and expired Permit2 grants don't. */
export function inForce(p: Permission, nowMs: number): boolean {
  if (p.kind === 'erc20') return p.amount > 0n
  if (p.kind === 'nft') return !isAddressEqual(p.spender, zeroAddress)
  if (p.kind === 'for-all') return p.approved
  return p.amount > 0n && p.expiration * 1000 > nowMs
}

/**
 * The exact call that removes a permission, per kind: approve(spender, 0) does not end an operator approval
 * (on ERC-721 it approves that address for item #0; ERC-1155 has no approve), nor a Permit2 allowance.
 */
export function revokeCall(p: Permission): string {
  if (p.kind === 'for-all') return `${p.token}.setApprovalForAll(${p.spender}, false)`
  if (p.kind === 'nft') return `${p.token}.approve(${zeroAddress}, ${p.tokenId})`
  if (p.kind === 'permit2') return `Permit2.approve(${p.token}, ${p.spender}, 0, 0)`
  return `${p.token}.approve(${p.spender}, 0)`
}

export type { PermissionKind }

import { decodeAbiParameters, getAddress, hexToBigInt, toEventSelector, type Address, type Hash, type Hex, type RpcLog } from 'viem'
import { topicAddress, topics as tokenTopics } from '../token-events.js'

/** Permission changes, as the logs tell them: the union the approval scan reduces. */
export type ApprovalEvent = { token: Address; spender: Address; blockNumber: bigint; logIndex: number; hash: Hash } & (
  | { kind: 'erc20'; amount: bigint }
  | { kind: 'nft'; tokenId: bigint }
  | { kind: 'for-all'; approved: boolean }
  | { kind: 'permit2'; amount: bigint; expiration: number }
)

export const permit2Topics = {
  approval: tokenTopics.permit2Approval,
  permit: tokenTopics.permit2Permit,
  lockdown: toEventSelector('Lockdown(address,address,address)'),
}


/** Decodes token Approval / ApprovalForAll logs and Permit2's Approval / Permit / Lockdown logs; skips the rest. */
export function decodeApprovalLogs(logs: RpcLog[], permit2: Address): ApprovalEvent[] {
  return logs.flatMap((log): ApprovalEvent[] => {
    const [topic0, , t2, t3] = log.topics as Hex[]
    const at = { blockNumber: hexToBigInt(log.blockNumber ?? '0x0'), logIndex: Number(log.logIndex ?? 0), hash: (log.transactionHash ?? '0x') as Hash }
    const emitter = getAddress(log.address)
    if (emitter === getAddress(permit2)) {
      if (topic0 === permit2Topics.approval || topic0 === permit2Topics.permit) {
        const [amount, expiration] = decodeAbiParameters([{ type: 'uint160' }, { type: 'uint48' }], log.data)
        return [{ kind: 'permit2', token: topicAddress(t2), spender: topicAddress(t3), amount, expiration, ...at }]
      }
      if (topic0 === permit2Topics.lockdown) {
        const [token, spender] = decodeAbiParameters([{ type: 'address' }, { type: 'address' }], log.data)
        return [{ kind: 'permit2', token: getAddress(token), spender: getAddress(spender), amount: 0n, expiration: 0, ...at }]
      }
      return []
    }
    if (topic0 === tokenTopics.approval && log.topics.length === 3 && log.data.length === 66)
      return [{ kind: 'erc20', token: emitter, spender: topicAddress(t2), amount: hexToBigInt(log.data), ...at }]
    if (topic0 === tokenTopics.approval && log.topics.length === 4)
      return [{ kind: 'nft', token: emitter, spender: topicAddress(t2), tokenId: hexToBigInt(t3!), ...at }]
    if (topic0 === tokenTopics.approvalForAll && log.topics.length === 3)
      return [{ kind: 'for-all', token: emitter, spender: topicAddress(t2), approved: hexToBigInt(log.data) !== 0n, ...at }]
    return []
  })
}

/**
 * The newest event per permission wins (a later approve(0) revokes an earlier unlimited one). A single-NFT
 * approval is keyed by token id: approving someone else for that NFT replaces it.
 */
export function newestPerPermission(events: ApprovalEvent[]): ApprovalEvent[] {
  const newest = new Map<string, ApprovalEvent>()
  const order = (e: ApprovalEvent) => e.blockNumber * 100_000n + BigInt(e.logIndex)
  for (const event of events) {
    const key = event.kind === 'nft' ? `nft:${event.token}:${event.tokenId}` : `${event.kind}:${event.token}:${event.spender}`
    const current = newest.get(key)
    if (!current || order(event) >= order(current)) newest.set(key, event)
  }
  return [...newest.values()]
}

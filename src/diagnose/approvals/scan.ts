import { erc20Abi, type Address, type Hash } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { permit2Abi } from '../abis.js'
import type { DiagnoseContext } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { readCodes, readTokenInfo, type TokenInfo } from '../reads.js'
import { getLogsAdaptive } from '../../rpc/logs.js'
import { addressTopic } from '../token-events.js'
import { decodePermissionLogs, inForce, newestPerPermission, permissionTopics, permit2Max, unlimitedAllowance, type Permission, type PermissionWord } from './permission.js'
import type { RpcClient } from '../../rpc/session.js'
import { readContracts, type ReadResult } from '../../rpc/read-contracts.js'

/** A permission still in force after the scan and the live reads, with what the judge needs about it. */
export type ActiveApproval = Permission & {
  owner: Address
  grantedIn: { blockNumber: bigint; hash: Hash }
  symbol?: string
  decimals?: number
  totalSupply?: bigint
  /** Undefined when the node could not say. */
  spenderHasCode: boolean | undefined
  /** The live read that would confirm it still holds failed: kept, and said to be unconfirmed. */
  unverified?: true
}

export type ScanReport = {
  chain: ChainSpec
  approvals: ActiveApproval[]
  fromBlock: bigint
  toBlock: bigint
  requests: number
  splits: number
  /** Why history before `fromBlock` was not scanned, when it wasn't. */
  limitation?: 'never-sent' | 'no-history'
  /** The context's clock when the scan read the chain (Unix ms): what expiry is judged against. */
  checkedAt: number
}

/**
 * Days of history scanned before an account's first own transaction (permits others submitted), or back from now
 * when there is none or the node has no historical state to find it.
 */
const fallbackHistoryDays = 90

export const nftAbi = [
  { type: 'function', name: 'getApproved', stateMutability: 'view', inputs: [{ name: 'tokenId', type: 'uint256' }], outputs: [{ type: 'address' }] },
] as const

/**
 * Every approval an owner has granted on one chain and that still holds: logs with the owner as topic (token
 * Approval and ApprovalForAll, Permit2 Approval/Permit/Lockdown) from the account's first activity, reduced to
 * the newest word per permission, then checked live where the log alone can't say (finite allowances get spent
 * down by transfers; NFT approvals end when the NFT moves).
 */
export async function scanApprovals(
  ctx: DiagnoseContext,
  chain: ChainSpec,
  owner: Address,
  onProgress?: (done: bigint, total: bigint) => void,
  /** The head and the owner's nonce, when the caller read them already (an address answer): a round trip saved. */
  known?: { head: bigint; nonce: number },
): Promise<ScanReport> {
  const client = ctx.session.client(chain)
  const [head, nonce] = known ? [known.head, known.nonce] : await beforeDeadline(Promise.all([client.getBlockNumber(), client.getTransactionCount({ address: owner })]), ctx.signal)
  // Owners approve in their own transactions, so history starts near their first one — but a signed permit
  // (EIP-2612, Permit2) is submitted by someone else, often before the owner ever paid for a transaction (the
  // gasless drain): so the scan starts that many days before the first one. An account that never sent one can
  // still have signed permits; a node without historical state can't say when the first one was.
  const first = nonce === 0 ? undefined : await firstActiveBlock(client, owner, head).catch(() => undefined)
  const recent = BigInt(Math.ceil((fallbackHistoryDays * 86_400) / chain.blockTimeSeconds))
  const before = (block: bigint) => (block > recent ? block - recent : 0n)
  const fromBlock = first === undefined ? before(head) : before(first)
  const limitation = fromBlock === 0n || first !== undefined ? undefined : nonce === 0 ? 'never-sent' : 'no-history'
  const ownerTopic = addressTopic(owner)

  // Both scans report into one progress figure: blocks done over blocks to do, counting each scan.
  const progress = [0n, 0n]
  const total = 2n * (head - fromBlock + 1n)
  const report = (i: number) => (done: bigint) => {
    progress[i] = done
    onProgress?.(progress[0]! + progress[1]!, total)
  }
  const scan = (i: number, query: Omit<Parameters<typeof getLogsAdaptive>[1], 'fromBlock' | 'toBlock' | 'initialRange' | 'endpoints'>) =>
    getLogsAdaptive(client, { ...query, fromBlock, toBlock: head, initialRange: chain.logRange, endpoints: chain.rpcUrls, onProgress: report(i), signal: ctx.signal })
  const [tokens, permit2] = await Promise.all([
    scan(0, { topics: [permissionTopics.token, ownerTopic] }),
    scan(1, { address: chain.contracts.permit2, topics: [permissionTopics.permit2, ownerTopic] }),
  ])

  const checkedAt = ctx.now()
  const words = decodePermissionLogs([...tokens.logs, ...permit2.logs], chain.contracts.permit2).filter((w) => w.owner.toLowerCase() === owner.toLowerCase())
  const standing = newestPerPermission(words).filter((w) => inForce(w, checkedAt))
  const approvals = await readLive(ctx, client, chain, owner, standing, checkedAt)
  return {
    checkedAt,
    chain,
    approvals,
    fromBlock,
    toBlock: head,
    requests: tokens.stats.requests + permit2.stats.requests,
    splits: tokens.stats.splits + permit2.stats.splits,
    ...(limitation ? { limitation } : {}),
  }
}

/** Probes per round of the first-activity search: sent as one batch, they cut the range into this many + 1. */
const probesPerRound = 7

/**
 * The first block in which the owner's nonce is above zero: approvals by the owner's own transactions can't be
 * older. A search over historical state that asks seven blocks at once (one batched request per round), so it
 * takes about log8(head) round trips instead of bisection's log2(head): 9 rather than 25 on Ethereum. It throws
 * when the node has no such state.
 */
async function firstActiveBlock(client: RpcClient, owner: Address, head: bigint): Promise<bigint> {
  let [lo, hi] = [0n, head] // the answer is in [lo, hi]; the nonce at hi is above zero
  while (lo < hi) {
    const gap = hi - lo
    const count = gap < BigInt(probesPerRound) ? gap : BigInt(probesPerRound)
    const probes = Array.from({ length: Number(count) }, (_, i) => lo + ((gap * BigInt(i + 1)) / (count + 1n)))
    const used = await Promise.all(probes.map(async (block) => (await client.getTransactionCount({ address: owner, blockNumber: block })) > 0))
    const firstUsed = used.indexOf(true)
    if (firstUsed === -1) lo = probes.at(-1)! + 1n
    else {
      hi = probes[firstUsed]!
      if (firstUsed > 0) lo = probes[firstUsed - 1]! + 1n
    }
  }
  // The approval may be in the very transaction that first raised the nonce.
  return lo
}

/** The live read that tells what is left of a permission, where its log alone can't say. */
function liveRead(chain: ChainSpec, owner: Address, w: PermissionWord) {
  // Unlimited allowances are never spent down; operator approvals have no amount; the rest may have changed.
  if (w.kind === 'erc20' && w.amount < unlimitedAllowance) return { address: w.token, abi: erc20Abi, functionName: 'allowance', args: [owner, w.spender] } as const
  if (w.kind === 'permit2' && w.amount < permit2Max) return { address: chain.contracts.permit2, abi: permit2Abi, functionName: 'allowance', args: [owner, w.token, w.spender] } as const
  if (w.kind === 'nft') return { address: w.token, abi: nftAbi, functionName: 'getApproved', args: [w.tokenId] } as const
  return undefined
}

/** One round trip: live allowances where needed, token metadata and spender code, all batched. */
async function readLive(ctx: DiagnoseContext, client: RpcClient, chain: ChainSpec, owner: Address, words: PermissionWord[], nowMs: number): Promise<ActiveApproval[]> {
  const calls = words.map((w) => liveRead(chain, owner, w))
  const needSupply = new Set(words.filter((w) => w.kind === 'erc20' || w.kind === 'permit2').map((w) => w.token.toLowerCase()))
  const [live, info, codes] = await beforeDeadline(
    Promise.all([
      readContracts(client, calls.filter((c) => c !== undefined)),
      readTokenInfo(client, [...new Set(words.map((w) => w.token))], needSupply),
      readCodes(client, [...new Set(words.map((w) => w.spender))]),
    ]),
    ctx.signal,
  )
  let next = 0
  return words.flatMap((w, i) => {
    const read = calls[i] ? live[next++] : undefined
    const settled = settle(w, read, info.get(w.token.toLowerCase()), codes.get(w.spender.toLowerCase()), nowMs)
    return settled ? [settled] : []
  })
}

/**
 * Pure: a permission's newest word and its live read, settled into what still holds (undefined: it ended). A
 * live read that failed leaves the word as the log said it, marked unverified — never silently dropped.
 */
export function settle(w: PermissionWord, read: ReadResult | undefined, token: TokenInfo | undefined, spenderHasCode: boolean | undefined, nowMs: number): ActiveApproval | undefined {
  const { at, owner, ...permission } = w
  const base = {
    owner,
    grantedIn: { blockNumber: at.blockNumber, hash: at.hash },
    spenderHasCode,
    ...(token?.symbol === undefined ? {} : { symbol: token.symbol }),
    ...(token?.decimals === undefined ? {} : { decimals: token.decimals }),
    ...(token?.totalSupply === undefined ? {} : { totalSupply: token.totalSupply }),
    ...(read && read.status !== 'success' ? { unverified: true as const } : {}),
  }
  const result = read?.status === 'success' ? read.result : undefined
  let now = permission as Permission
  if (now.kind === 'erc20' && typeof result === 'bigint') now = { ...now, amount: result }
  if (now.kind === 'permit2' && Array.isArray(result)) now = { ...now, amount: result[0] as bigint, expiration: Number(result[1]) }
  // The approval ends when the NFT moves: the item's approved address is then someone else (or nobody).
  if (now.kind === 'nft' && typeof result === 'string' && result.toLowerCase() !== now.spender.toLowerCase()) return undefined
  if (!inForce(now, nowMs)) return undefined
  return { ...now, ...base }
}

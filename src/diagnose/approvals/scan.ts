import { erc20Abi, parseAbi, type Address, type Hash } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { permit2Abi } from '../abis.js'
import type { DiagnoseContext } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { readCodes, readTokenInfo } from '../reads.js'
import { unlimitedAllowance } from '../spender-risk.js'
import { getLogsAdaptive } from '../../rpc/logs.js'
import { addressTopic, topics as tokenTopics } from '../token-events.js'
import { decodeApprovalLogs, newestPerPermission, permit2Topics, type ApprovalEvent } from './events.js'
import type { RpcClient } from '../../rpc/session.js'
import { readContracts } from '../../rpc/read-contracts.js'

/** A permission still in force after the scan and the live reads. */
export type ActiveApproval = {
  kind: ApprovalEvent['kind']
  token: Address
  spender: Address
  /** Base units still allowed; undefined when unlimited or collection-wide. */
  amount?: bigint
  tokenId?: bigint
  expiration?: number
  grantedIn: { blockNumber: bigint; hash: Hash }
  symbol?: string
  decimals?: number
  totalSupply?: bigint
  spenderHasCode: boolean
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
}

/** Without historical state to find an account's first activity, scan this many recent blocks' worth of days. */
const fallbackHistoryDays = 90

const nftAbi = parseAbi(['function getApproved(uint256 tokenId) view returns (address)'])

/**
 * Every approval an owner has granted on one chain and that still holds: logs with the owner as topic (token
 * Approval and ApprovalForAll, Permit2 Approval/Permit/Lockdown) from the account's first activity, reduced to
 * the newest word per permission, then checked live where the log alone can't say (finite allowances get spent
 * down by transfers; NFT approvals end when the NFT moves).
 */
export async function scanApprovals(ctx: DiagnoseContext, chain: ChainSpec, owner: Address, onProgress?: (done: bigint, total: bigint) => void): Promise<ScanReport> {
  const client = ctx.session.client(chain)
  const [head, nonce] = await beforeDeadline(Promise.all([client.getBlockNumber(), client.getTransactionCount({ address: owner })]), ctx.signal)
  // Owners approve in their own transactions, so history starts at their first one. An account that never sent
  // one can still have signed permits; a node without historical state can't say when the first one was.
  const first = nonce === 0 ? undefined : await firstActiveBlock(client, owner, head).catch(() => undefined)
  const recent = BigInt(Math.ceil((fallbackHistoryDays * 86_400) / chain.blockTimeSeconds))
  const fromBlock = first ?? (head > recent ? head - recent : 0n)
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
    scan(0, { topics: [[tokenTopics.approval, tokenTopics.approvalForAll], ownerTopic] }),
    scan(1, { address: chain.contracts.permit2, topics: [[permit2Topics.approval, permit2Topics.permit, permit2Topics.lockdown], ownerTopic] }),
  ])

  const events = newestPerPermission(decodeApprovalLogs([...tokens.logs, ...permit2.logs], chain.contracts.permit2)).filter(isGrant)
  const approvals = await readLive(ctx, client, chain, owner, events)
  return {
    chain,
    approvals,
    fromBlock,
    toBlock: head,
    requests: tokens.stats.requests + permit2.stats.requests,
    splits: tokens.stats.splits + permit2.stats.splits,
    ...(limitation ? { limitation } : {}),
  }
}

const isGrant = (e: ApprovalEvent) =>
  e.kind === 'erc20' ? e.amount > 0n : e.kind === 'for-all' ? e.approved : e.kind === 'permit2' ? e.amount > 0n && e.expiration * 1000 > Date.now() : true

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

/** One round trip: live allowances where needed, token metadata and spender code, all batched. */
async function readLive(ctx: DiagnoseContext, client: RpcClient, chain: ChainSpec, owner: Address, events: ApprovalEvent[]): Promise<ActiveApproval[]> {
  const calls = events.map((e) =>
    e.kind === 'erc20' && e.amount < unlimitedAllowance
      ? ({ address: e.token, abi: erc20Abi, functionName: 'allowance', args: [owner, e.spender] } as const)
      : e.kind === 'permit2' && e.amount < 2n ** 160n - 1n
        ? ({ address: chain.contracts.permit2, abi: permit2Abi, functionName: 'allowance', args: [owner, e.token, e.spender] } as const)
        : e.kind === 'nft'
          ? ({ address: e.token, abi: nftAbi, functionName: 'getApproved', args: [e.tokenId] } as const)
          : undefined,
  )
  const needed = calls.filter((c) => c !== undefined)
  const [live, info, codes] = await beforeDeadline(
    Promise.all([
      readContracts(client, needed),
      readTokenInfo(client, [...new Set(events.map((e) => e.token))], new Set(events.filter((e) => e.kind === 'erc20').map((e) => e.token.toLowerCase()))),
      readCodes(client, [...new Set(events.map((e) => e.spender))]),
    ]),
    ctx.signal,
  )
  let next = 0
  return events.flatMap((e, i): ActiveApproval[] => {
    const read = calls[i] ? (live[next++] as unknown as { status: string; result?: unknown }) : undefined
    const meta = info.get(e.token.toLowerCase())
    const base = {
      kind: e.kind,
      token: e.token,
      spender: e.spender,
      grantedIn: { blockNumber: e.blockNumber, hash: e.hash },
      spenderHasCode: codes.get(e.spender.toLowerCase()) ?? false,
      ...(meta?.symbol === undefined ? {} : { symbol: meta.symbol }),
      ...(meta?.decimals === undefined ? {} : { decimals: meta.decimals }),
      ...(meta?.totalSupply === undefined ? {} : { totalSupply: meta.totalSupply }),
    }
    if (e.kind === 'erc20') {
      const amount = read?.status === 'success' ? (read.result as bigint) : e.amount
      return amount === 0n ? [] : [{ ...base, ...(amount < unlimitedAllowance ? { amount } : {}) }]
    }
    if (e.kind === 'permit2') {
      const [amount, expiration] = read?.status === 'success' ? (read.result as [bigint, number]) : [e.amount, e.expiration]
      if (amount === 0n || expiration * 1000 <= Date.now()) return []
      return [{ ...base, expiration, ...(amount < 2n ** 160n - 1n ? { amount } : {}) }]
    }
    if (e.kind === 'nft') {
      const current = read?.status === 'success' ? (read.result as string) : undefined
      return current && current.toLowerCase() === e.spender.toLowerCase() ? [{ ...base, tokenId: e.tokenId }] : []
    }
    return [base]
  })
}

import { toHex, type Address, type Hex, type RpcLog } from 'viem'
import { firstLogSpan, isLogRangeError, noteLogSpan, refusedLogSpan } from './log-range.js'
import type { RpcClient } from './session.js'

export type LogQuery = {
  address?: Address | Address[]
  topics: (Hex | Hex[] | null)[]
  fromBlock: bigint
  toBlock: bigint
  /** The range to try first: the chain's known safe range. */
  initialRange: number
  /** The chain's configured nodes: what they refuse is learned (log-range.ts) and not sent again for a while. */
  endpoints: readonly string[]
  /** How many requests may be in flight at once: public nodes rate-limit bursts. */
  concurrency?: number
  /** Called as ranges complete: blocks scanned so far and in all. */
  onProgress?: (done: bigint, total: bigint) => void
  signal?: AbortSignal
}

export type LogScanStats = { requests: number; splits: number }

/**
 * eth_getLogs over any span: the span is cut into the chain's safe range and fetched with bounded concurrency.
 * A range the node refuses as too large (by its own message) is halved and both halves are fetched, recursively;
 * the smallest refused size is remembered, so later ranges are cut before they are sent rather than refused
 * again: in this scan always, in the next ones (for ten minutes) only when the node named a limit rather than
 * timed out. Other errors propagate. Logs come back in block order.
 *
 * @example await getLogsAdaptive(client, { topics: [approvalTopic, ownerTopic], fromBlock: 0n, toBlock: head, initialRange: 10_000, endpoints: chain.rpcUrls })
 */
export async function getLogsAdaptive(client: RpcClient, query: LogQuery): Promise<{ logs: RpcLog[]; stats: LogScanStats }> {
  const { fromBlock, toBlock, concurrency = 4, onProgress, signal } = query
  const stats: LogScanStats = { requests: 0, splits: 0 }
  if (toBlock < fromBlock) return { logs: [], stats }
  const total = toBlock - fromBlock + 1n
  const step = firstLogSpan(query.endpoints, BigInt(Math.max(1, query.initialRange)))
  const limit = limiter(concurrency)
  let done = 0n

  // What this scan met, timeouts included; only genuine limits are remembered beyond it (log-range.ts).
  let refusedHere: bigint | undefined
  const tooBig = (span: bigint) => {
    const refused = refusedLogSpan(query.endpoints)
    return (refused !== undefined && span >= refused) || (refusedHere !== undefined && span >= refusedHere)
  }
  const fetchRange = async (from: bigint, to: bigint): Promise<RpcLog[]> => {
    const span = to - from + 1n
    try {
      // Checked again once it is this range's turn: others may have learned the limit while it waited.
      const logs = await limit(async () => {
        signal?.throwIfAborted()
        if (tooBig(span)) return undefined
        stats.requests += 1
        return (await client.request({
          method: 'eth_getLogs',
          params: [{ ...(query.address ? { address: query.address } : {}), topics: query.topics, fromBlock: toHex(from), toBlock: toHex(to) }],
        })) as RpcLog[]
      })
      if (logs) {
        noteLogSpan(query.endpoints, span, true)
        done += span
        onProgress?.(done, total)
        return logs
      }
    } catch (error) {
      if (!isLogRangeError(error) || span <= 1n) throw error
      if (refusedHere === undefined || span < refusedHere) refusedHere = span
      noteLogSpan(query.endpoints, span, false, error)
    }
    const middle = from + (to - from) / 2n
    stats.splits += 1
    const [first, second] = await Promise.all([fetchRange(from, middle), fetchRange(middle + 1n, to)])
    return [...first, ...second]
  }

  const ranges: Promise<RpcLog[]>[] = []
  for (let start = fromBlock; start <= toBlock; start += step) ranges.push(fetchRange(start, start + step - 1n > toBlock ? toBlock : start + step - 1n))
  return { logs: (await Promise.all(ranges)).flat(), stats }
}

/** Runs at most `concurrency` tasks at once, in the order they were asked for. */
function limiter(concurrency: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async <result>(task: () => Promise<result>): Promise<result> => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
    try {
      return await task()
    } finally {
      running -= 1
      waiting.shift()?.()
    }
  }
}

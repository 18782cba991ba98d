import { toHex, type Address, type Hex, type RpcLog } from 'viem'
import { isLogRangeError } from './log-range.js'
import type { RpcClient } from './session.js'

export type LogQuery = {
  address?: Address | Address[]
  topics: (Hex | Hex[] | null)[]
  fromBlock: bigint
  toBlock: bigint
  /** The range to try first: the chain's known safe range. */
  initialRange: number
  /** How many requests may be in flight at once: public nodes rate-limit bursts. */
  concurrency?: number
  /** Called as ranges complete: blocks scanned so far and in all. */
  onProgress?: (done: bigint, total: bigint) => void
  signal?: AbortSignal
}

export type LogScanStats = { requests: number; splits: number }

/** Below this many blocks a refusal is not about the range: give up instead of splitting forever. */
const smallestRange = 1n

/**
 * eth_getLogs over any span: the span is cut into the chain's safe range, fetched with bounded concurrency, and
 * any range a node refuses as too large (by its own message) is halved and retried, recursively. Other errors
 * propagate. Logs come back in block order.
 *
 * @example await getLogsAdaptive(client, { topics: [approvalTopic, ownerTopic], fromBlock: 0n, toBlock: head, initialRange: 10_000 })
 */
export async function getLogsAdaptive(client: RpcClient, query: LogQuery): Promise<{ logs: RpcLog[]; stats: LogScanStats }> {
  const { fromBlock, toBlock, concurrency = 4, onProgress, signal } = query
  const stats: LogScanStats = { requests: 0, splits: 0 }
  if (toBlock < fromBlock) return { logs: [], stats }
  const total = toBlock - fromBlock + 1n
  const step = BigInt(Math.max(1, query.initialRange))
  const queue: [bigint, bigint][] = []
  for (let start = fromBlock; start <= toBlock; start += step) queue.push([start, start + step - 1n > toBlock ? toBlock : start + step - 1n])

  const results: { from: bigint; logs: RpcLog[] }[] = []
  let done = 0n
  const worker = async () => {
    for (let range = queue.shift(); range; range = queue.shift()) {
      signal?.throwIfAborted()
      const [from, to] = range
      stats.requests += 1
      try {
        const logs = (await client.request({
          method: 'eth_getLogs',
          params: [{ ...(query.address ? { address: query.address } : {}), topics: query.topics, fromBlock: toHex(from), toBlock: toHex(to) }],
        })) as RpcLog[]
        results.push({ from, logs })
        done += to - from + 1n
        onProgress?.(done, total)
      } catch (error) {
        if (!isLogRangeError(error) || to - from < smallestRange) throw error
        const middle = from + (to - from) / 2n
        stats.splits += 1
        queue.unshift([from, middle], [middle + 1n, to])
      }
    }
  }
  // Workers share one queue; a split puts both halves at its front, so every worker picks them up.
  const workers = Array.from({ length: concurrency }, worker)
  await Promise.all(workers)
  // A worker may have exited while another was still splitting: drain what is left.
  while (queue.length) await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  results.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return { logs: results.flatMap((r) => r.logs), stats }
}

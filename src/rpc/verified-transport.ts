import { BaseError, createTransport, hexToNumber, http, type EIP1193RequestFn, type Hex, type Transport } from 'viem'
import { RpcLaggingError, RpcWrongChainError } from './errors.js'
import { isLogRangeMessage, LogRangeError } from './log-range.js'
import { countCalls, endpointName, type RpcStats } from './stats.js'

/** How long an endpoint's chain id, once read, is trusted before it is read again. */
const chainIdTtlMs = 10 * 60_000

type ChainIdCheck = { chainId: Promise<number>; expires: number }
/** Module-level, so the check happens once per endpoint per isolate or process, not once per diagnosis. */
const chainIdChecks = new Map<string, ChainIdCheck>()
/** Endpoints that refused a batch once: their calls go one by one from then on. */
const refusesBatches = new Set<string>()

/** How long an endpoint's head age, once read, is trusted: long enough to cost one call per diagnosis burst. */
const freshnessTtlMs = 30_000
/** When each endpoint's newest block was read, and how old it was then. */
const freshnessChecks = new Map<string, { headAgeMs: Promise<number | undefined>; expires: number }>()

/**
 * A batch answered with anything but an array was refused (a single error object, or a 4xx that says so).
 * Rate limits and server errors are not refusals: viem's retry and fallback handle those.
 */
async function refusedBatch(response: Response): Promise<boolean> {
  if (!response.ok) return [400, 405, 413, 415, 422].includes(response.status)
  const text = await response.clone().text()
  return !text.trimStart().startsWith('[')
}

export type EndpointOptions = {
  url: string
  chainId: number
  stats: RpcStats
  timeoutMs: number
  fetchFn?: typeof fetch | undefined
  /**
   * The oldest the endpoint's newest block may be before the endpoint counts as lagging and is skipped; none
   * for chains that mine only when there are transactions (a local devnet), where an old head proves nothing.
   */
  freshness?: { maxHeadAgeMs: number; blockTimeSeconds: number } | undefined
}

/**
 * One endpoint: viem's HTTP transport with JSON-RPC batching and a short timeout, whose requests are counted,
 * and which refuses to answer until the endpoint has proved it serves `chainId` and, on chains with steady
 * blocks, that its newest block is recent (a lagging node would call a mined transaction pending or missing).
 * Both proofs (`eth_chainId`, the latest block) leave in the same batch as the first real call, so they cost
 * no extra round trip.
 */
export function verifiedTransport({ url, chainId, stats, timeoutMs, fetchFn = fetch, freshness }: EndpointOptions): Transport {
  const countingFetch: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined
    const isBatch = body?.trimStart().startsWith('[') ?? false
    if (isBatch && refusesBatches.has(url)) return oneByOne(input, init!, body!)
    stats.sent(countCalls(body))
    const response = await fetchFn(input, init)
    if (response.status === 429) return rateLimited(response)
    if (!isBatch || !(await refusedBatch(response))) return response
    refusesBatches.add(url)
    return oneByOne(input, init!, body!)
  }

  /**
   * A node that says "too many requests" is reported, and its Retry-After is dropped: viem would sleep that long
   * before retrying, and a request budget of seconds is better spent on the next node or an honest partial answer.
   */
  const rateLimited = async (response: Response) => {
    const retryAfter = Number(response.headers.get('retry-after'))
    stats.report({ code: 'RPC_RATE_LIMITED', chainId, facts: { endpoint: endpointName(url), ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) } })
    const headers = new Headers(response.headers)
    headers.delete('retry-after')
    return new Response(await response.text(), { status: 429, statusText: response.statusText, headers })
  }

  /** Some public nodes refuse JSON-RPC batches: send the calls one by one and answer as the batch would have. */
  const oneByOne = async (input: Parameters<typeof fetch>[0], init: RequestInit, body: string) => {
    const calls = JSON.parse(body) as unknown[]
    const answers = await Promise.all(
      calls.map(async (call) => {
        stats.sent(1)
        return (await (await fetchFn(input, { ...init, body: JSON.stringify(call) })).json()) as unknown
      }),
    )
    return new Response(JSON.stringify(answers), { status: 200, headers: { 'content-type': 'application/json' } })
  }
  const transport = http(url, { batch: true, timeout: timeoutMs, retryCount: 0, fetchFn: countingFetch })

  return (config) => {
    const inner = transport({ ...config, retryCount: 0 })

    const verifiedRequest = async (args: Parameters<EIP1193RequestFn>[0], options: Parameters<EIP1193RequestFn>[1]) => {
      const check = verifyChainId(url, chainId, () => inner.request({ method: 'eth_chainId' }) as Promise<Hex>)
      const result = inner.request(args, options).catch((error: unknown) => {
        // A log range the node finds too big must be split by the caller, not retried or sent elsewhere.
        if (args.method === 'eth_getLogs' && isLogRangeMessage(errorText(error))) throw new LogRangeError(errorText(error))
        throw error
      })
      result.catch(() => {}) // if the check fails first, this outcome is not awaited
      const headAge = freshness ? readHeadAge(url, () => inner.request({ method: 'eth_getBlockByNumber', params: ['latest', false] }) as Promise<{ timestamp: Hex } | null>) : undefined
      try {
        const actual = await check
        if (actual !== chainId) throw new RpcWrongChainError(url, chainId, actual)
      } catch (error) {
        if (error instanceof RpcWrongChainError)
          stats.report({ code: 'RPC_WRONG_CHAIN', chainId, facts: { endpoint: endpointName(url), expectedChainId: chainId, actualChainId: error.actualChainId } })
        throw error
      }
      assertCurrent(await headAge)
      return result
    }

    /** A node whose newest block is too old is reported and passed over: its "not found" is no evidence. */
    const assertCurrent = (headAgeMs: number | undefined) => {
      if (!freshness || headAgeMs === undefined || headAgeMs <= freshness.maxHeadAgeMs) return
      const secondsBehind = Math.round(headAgeMs / 1000)
      const blocksBehind = BigInt(Math.round(secondsBehind / freshness.blockTimeSeconds))
      stats.report({ code: 'RPC_LAGGING', chainId, facts: { endpoint: endpointName(url), blocksBehind, secondsBehind } })
      throw new RpcLaggingError(url, secondsBehind)
    }

    return createTransport({
      key: 'verified',
      name: `Verified ${endpointName(url)}`,
      type: 'verified',
      retryCount: 0,
      timeout: timeoutMs,
      request: (async (args, options) => {
        const answered = stats.issue()
        try {
          return await verifiedRequest(args, options)
        } finally {
          answered()
        }
      }) as EIP1193RequestFn,
    })
  }
}

function verifyChainId(url: string, expected: number, read: () => Promise<Hex>): Promise<number> {
  const key = `${expected}@${url}`
  const cached = chainIdChecks.get(key)
  if (cached && cached.expires > Date.now()) return cached.chainId
  const chainId = read().then((hex) => hexToNumber(hex))
  chainIdChecks.set(key, { chainId, expires: Date.now() + chainIdTtlMs })
  // A failed read proves nothing about the chain: forget it, so the next request checks again.
  chainId.catch(() => chainIdChecks.delete(key))
  return chainId
}

/** How old the endpoint's newest block is, read at most every 30 s; undefined when it could not be read. */
function readHeadAge(url: string, read: () => Promise<{ timestamp: Hex } | null>): Promise<number | undefined> {
  const cached = freshnessChecks.get(url)
  if (cached && cached.expires > Date.now()) return cached.headAgeMs
  // An unreadable head proves nothing either way: the endpoint is used, and checked again next time.
  const headAgeMs = read().then(
    (block) => (block ? Date.now() - hexToNumber(block.timestamp) * 1000 : undefined),
    () => undefined,
  )
  freshnessChecks.set(url, { headAgeMs, expires: Date.now() + freshnessTtlMs })
  void headAgeMs.then((age) => age === undefined && freshnessChecks.delete(url))
  return headAgeMs
}

/** For tests: forget every endpoint's chain id, head age and batch behaviour. */
export function resetChainIdChecks(): void {
  chainIdChecks.clear()
  freshnessChecks.clear()
  refusesBatches.clear()
}

function errorText(error: unknown): string {
  if (error instanceof BaseError) return `${error.shortMessage} ${error.details ?? ''}`
  return error instanceof Error ? error.message : String(error)
}

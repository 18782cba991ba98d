import { BaseError, createTransport, hexToNumber, http, type EIP1193RequestFn, type Hex, type Transport } from 'viem'
import { CallVerdictError, MalformedReplyError, RpcLaggingError, RpcWrongChainError } from './errors.js'
import { isLogRangeMessage, LogRangeError } from './log-range.js'
import { executionError } from './execution-error.js'
import { nodeKnowledge } from './node-knowledge.js'
import { headProblem, replyProblem } from './replies.js'
import { countCalls, endpointName, type RpcStats } from './stats.js'

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
 * no extra round trip. Answers are checked before use (replies.ts): a malformed one is this endpoint's problem,
 * reported, and thrown as a MalformedReplyError, on which viem's fallback moves on to the next endpoint.
 */
export function verifiedTransport({ url, chainId, stats, timeoutMs, fetchFn = fetch, freshness }: EndpointOptions): Transport {
  const countingFetch: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined
    const isBatch = body?.trimStart().startsWith('[') ?? false
    if (isBatch && nodeKnowledge.refusesBatches(url)) return oneByOne(input, init!, body!)
    stats.sent(countCalls(body))
    const response = await fetchFn(input, init)
    if (response.status === 429) return rateLimited(response)
    if (!isBatch || !(await refusedBatch(response))) return response
    nodeKnowledge.sawBatchRefused(url)
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

  /**
   * Proofs in flight, shared by the calls of this diagnosis that need them at the same moment (they leave in
   * the same batch). Per transport, and so per diagnosis: once read, a proof is a value in node-knowledge.ts.
   */
  let chainIdRead: Promise<number> | undefined
  let headAgeRead: Promise<number | undefined> | undefined
  /** Whether this endpoint had a receipt for each hash it was asked about in this diagnosis. */
  const receipts = new Map<string, Promise<boolean>>()

  return (config) => {
    const inner = transport({ ...config, retryCount: 0 })
    const malformed = (method: string, problem: string) => new MalformedReplyError(url, method, problem)

    /** The chain the endpoint serves: known, or read in the batch of the call that asks. */
    const servedChainId = (): number | Promise<number> => {
      const known = nodeKnowledge.chainIdOf(url)
      if (known !== undefined) return known
      chainIdRead ??= settled(
        (inner.request({ method: 'eth_chainId' }) as Promise<unknown>).then((reply) => {
          const problem = replyProblem('eth_chainId', [], reply)
          if (problem) throw malformed('eth_chainId', problem)
          const actual = hexToNumber(reply as Hex)
          nodeKnowledge.provedChainId(url, actual)
          return actual
        }),
        () => (chainIdRead = undefined),
      )
      return chainIdRead
    }

    /**
     * How old the endpoint's newest block is: known (read in the last 30 s), or read in the batch of the call that
     * asks; undefined when it could not be read, which proves nothing either way (the endpoint is used, and checked
     * again next time). A block that is not one is the node's fault, like any malformed reply.
     */
    const headAge = (): number | undefined | Promise<number | undefined> => {
      const known = nodeKnowledge.headAgeOf(url)
      if (known !== undefined) return known
      headAgeRead ??= settled(
        (inner.request({ method: 'eth_getBlockByNumber', params: ['latest', false] }) as Promise<unknown>).then(
          (block) => {
            const problem = headProblem(block)
            if (problem) throw malformed('eth_getBlockByNumber', problem)
            if (block === null) return undefined
            const ageMs = Date.now() - hexToNumber((block as { timestamp: Hex }).timestamp) * 1000
            nodeKnowledge.sawHeadAge(url, ageMs)
            return ageMs
          },
          () => undefined,
        ),
        () => (headAgeRead = undefined),
      )
      return headAgeRead
    }

    /** The node's answer, once it has the shape txdoctor reads. */
    const checked = async (args: Parameters<EIP1193RequestFn>[0], reply: unknown) => {
      const problem = replyProblem(args.method, args.params, reply)
      if (problem) throw malformed(args.method, problem)
      // Some load-balanced nodes answer from backends that disagree: a receipt, and no transaction for it.
      if (args.method === 'eth_getTransactionByHash' && reply === null && (await receipts.get(hashParam(args.params))))
        throw malformed(args.method, 'no transaction for a hash whose receipt it gave')
      return reply
    }

    const verifiedRequest = async (args: Parameters<EIP1193RequestFn>[0], options: Parameters<EIP1193RequestFn>[1]) => {
      const check = servedChainId()
      const answer = inner.request(args, options)
      if (args.method === 'eth_getTransactionReceipt')
        receipts.set(
          hashParam(args.params),
          answer.then((receipt) => receipt !== null && receipt !== undefined, () => false),
        )
      const result = answer.then(
        (reply) => checked(args, reply),
        (error: unknown) => {
          // A log range the node finds too big must be split by the caller, not retried or sent elsewhere.
          if (args.method === 'eth_getLogs' && isLogRangeMessage(errorText(error))) throw new LogRangeError(errorText(error))
          // The EVM's verdict on a call, which some nodes send as an internal error (anvil: -32603 "EVM error
          // OutOfGas"): an answer about the call, so it is not retried as a failing node would be.
          if (args.method === 'eth_call' && executionError.test(errorText(error))) throw new CallVerdictError(executionError.exec(errorText(error))![0], error)
          throw error
        },
      )
      result.catch(() => {}) // if a check fails first, this outcome is not awaited
      const head = freshness ? headAge() : undefined
      try {
        const actual = await check
        if (actual !== chainId) throw new RpcWrongChainError(url, chainId, actual)
        assertCurrent(await head)
        return await result
      } catch (error) {
        if (error instanceof RpcWrongChainError)
          stats.report({ code: 'RPC_WRONG_CHAIN', chainId, facts: { endpoint: endpointName(url), expectedChainId: chainId, actualChainId: error.actualChainId } })
        // Reported like an unreachable node: what it sent could not be used.
        if (error instanceof MalformedReplyError) stats.report({ code: 'RPC_UNREACHABLE', chainId, facts: { endpoint: endpointName(url), error: error.shortMessage } })
        throw error
      }
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

/**
 * A read shared by concurrent calls: `done` runs once it settles (so the next call reads the value from
 * node-knowledge.ts, or reads again after a failure), and a rejection nobody is waiting for is not left unhandled.
 */
function settled<value>(read: Promise<value>, done: () => void): Promise<value> {
  const shared = read.finally(done)
  shared.catch(() => {})
  return shared
}

const hashParam = (params: unknown): string => (Array.isArray(params) && typeof params[0] === 'string' ? params[0].toLowerCase() : '')

function errorText(error: unknown): string {
  if (error instanceof BaseError) return `${error.shortMessage} ${error.details ?? ''}`
  return error instanceof Error ? error.message : String(error)
}

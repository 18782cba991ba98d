import { BaseError } from 'viem'
import type * as z from 'zod'
import type { TronSpec } from '../core/tron-spec.js'
import { tronToHex } from '../core/tron-address.js'
import { MalformedReplyError } from './errors.js'
import { endpointName, type RpcStats } from './stats.js'
import {
  isEmptyReply, tronAccount, tronAccountResource, tronChainParameters, tronConstantCall, tronTransaction, tronTransactionInfo,
  type TronAccount, type TronAccountResource, type TronTransaction, type TronTransactionInfo,
} from './tron-replies.js'

/** The node refused the request itself (java-tron's `{"Error": …}` with HTTP 200): every node would say the same. */
export class TronNodeError extends BaseError {
  override name = 'TronNodeError'
  constructor(readonly path: string, said: string) {
    super(`The TRON node refused ${path}: ${said.slice(0, 200)}`)
  }
}

/** No TRON endpoint gave a usable answer (unreachable, rate-limited, malformed): the answer is partial. */
export class TronUnavailableError extends BaseError {
  override name = 'TronUnavailableError'
  constructor(readonly path: string, readonly reasons: string[]) {
    super(`${path}: ${reasons.join('; ')}`)
  }
}

/** What txdoctor asks a TRON full node. `undefined` is the node's `{}`: it has no such transaction or account. */
export type TronClient = {
  transaction(id: string): Promise<TronTransaction | undefined>
  /** `solidified`: ask the solidity API, which knows only transactions in irreversible blocks. */
  transactionInfo(id: string, options?: { solidified?: boolean }): Promise<TronTransactionInfo | undefined>
  account(address: string): Promise<TronAccount | undefined>
  accountResource(address: string): Promise<TronAccountResource>
  chainParameters(): Promise<Map<string, number>>
  /**
   * A read-only contract call (`balanceOf(address)`, `decimals()`): its return data, hex without 0x. `from`: the
   * caller it runs as (the account asked about, as wallets send it); the contract itself when not given.
   */
  call(contract: string, functionSelector: string, parameter?: string, from?: string): Promise<string>
}

export type TronClientOptions = {
  stats: RpcStats
  timeoutMs: number
  fetchFn?: typeof fetch | undefined
  /** The diagnosis's budget: once aborted, no new request leaves. */
  signal?: AbortSignal | undefined
}

/**
 * What one endpoint made of one request: an answer, or why the next endpoint is tried. `skip`: the endpoint itself
 * is unwell (unreachable, rate-limited) and is asked last for the rest of the diagnosis; a route it does not serve
 * (a self-hosted node serves `/walletsolidity` on another port) says nothing of its other routes.
 */
type Attempt = { ok: true; reply: unknown } | { ok: false; why: string; skip: boolean }

/**
 * A TRON full node's HTTP API with the rules the EVM nodes have: endpoints tried in order (the first that gives a
 * usable answer wins), each attempt bounded, every request counted in the diagnosis's stats, a rate-limited or
 * unreachable endpoint reported (RPC_RATE_LIMITED, RPC_UNREACHABLE) and skipped, every reply validated before
 * use (a malformed one is its endpoint's problem, like a wrong chain). Requests go one by one (the API has no
 * batches); callers issue independent ones together.
 */
export function createTronClient(spec: Pick<TronSpec, 'id' | 'rpcUrls'>, { stats, timeoutMs, fetchFn = fetch, signal }: TronClientOptions): TronClient {
  const chainId = spec.id
  /** Endpoints that were unreachable or rate-limited in this diagnosis: asked again only when no other is left. */
  const skipped = new Set<string>()

  async function attempt(url: string, path: string, body: unknown): Promise<Attempt> {
    const endpoint = endpointName(url)
    /** This endpoint failed: reported as unreachable (in the answer's words, "answered with an error" when it did). */
    const failed = (error: string, why: string, skip = true): Attempt => {
      stats.report({ code: 'RPC_UNREACHABLE', chainId, facts: { endpoint, error } })
      return { ok: false, why: `${why} at ${endpoint}`, skip }
    }
    stats.sent(1)
    let response: Response
    try {
      const timeout = AbortSignal.timeout(timeoutMs)
      response = await fetchFn(`${url.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      })
    } catch (error) {
      const why = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError') ? `no answer within ${timeoutMs} ms` : 'could not connect'
      return failed(why, why)
    }
    let text: string
    try {
      text = await response.text()
    } catch {
      return failed(`no whole answer within ${timeoutMs} ms`, 'answer cut off')
    }
    const reply = parseJson(text)
    const refusal = errorOf(reply)
    // TronGrid answers an over-limit key or IP with 429 (403 or 503 in older guides), its body saying "request rate
    // exceeded … suspended"; only that text counts, not any java-tron error that mentions a limit.
    if (response.status === 429 || (refusal !== undefined && /request rate exceeded|suspended for|exceed the user daily usage/i.test(refusal))) {
      const retryAfter = Number(response.headers.get('retry-after'))
      stats.report({ code: 'RPC_RATE_LIMITED', chainId, facts: { endpoint, ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) } })
      return { ok: false, why: `rate limited at ${endpoint}`, skip: true }
    }
    if (response.status === 404 || response.status === 405) return failed(`HTTP ${response.status}: ${path} not served`, `${path} not served`, false)
    if (!response.ok) return failed(`HTTP ${response.status}`, `HTTP ${response.status}`)
    if (reply === undefined) return failed(new MalformedReplyError(url, path, 'not JSON').shortMessage, 'not JSON')
    return { ok: true, reply }
  }

  /**
   * Asks the endpoints in turn until one gives a reply that `schema` accepts (or `{}` where none is allowed) and that
   * `answers` the question (a transaction with the id asked for, not another).
   */
  async function request<schema extends z.ZodType>(
    path: string,
    body: unknown,
    schema: schema,
    { emptyAllowed, answers = () => true }: { emptyAllowed: boolean; answers?: (reply: z.infer<schema>) => boolean },
  ): Promise<z.infer<schema> | undefined> {
    const reasons: string[] = []
    const order = [...spec.rpcUrls.filter((u) => !skipped.has(u)), ...spec.rpcUrls.filter((u) => skipped.has(u))]
    for (const url of order) {
      if (signal?.aborted) break
      const done = stats.issue()
      const result = await attempt(url, path, body).finally(done)
      if (!result.ok) {
        if (result.skip) skipped.add(url)
        reasons.push(result.why)
        continue
      }
      const refusal = errorOf(result.reply)
      if (refusal !== undefined) throw new TronNodeError(path, refusal)
      if (isEmptyReply(result.reply)) {
        if (emptyAllowed) return undefined
      } else {
        const parsed = schema.safeParse(result.reply)
        if (parsed.success && answers(parsed.data)) return parsed.data
        const problem = parsed.success
          ? 'the reply is about another transaction'
          : parsed.error.issues[0] ? `${parsed.error.issues[0].path.join('.') || 'reply'}: ${parsed.error.issues[0].message}` : 'unexpected shape'
        const malformed = new MalformedReplyError(url, path, problem)
        stats.report({ code: 'RPC_UNREACHABLE', chainId, facts: { endpoint: endpointName(url), error: malformed.shortMessage } })
        reasons.push(`malformed reply (${problem}) at ${endpointName(url)}`)
        continue
      }
      // `{}` where an answer must have fields (chain parameters, a call's result): malformed too.
      stats.report({ code: 'RPC_UNREACHABLE', chainId, facts: { endpoint: endpointName(url), error: `${endpointName(url)} sent an empty reply to ${path}` } })
      reasons.push(`empty reply at ${endpointName(url)}`)
    }
    throw new TronUnavailableError(path, signal?.aborted && reasons.length === 0 ? ['out of time'] : reasons)
  }

  const must = async <value>(promise: Promise<value | undefined>): Promise<value> => (await promise)!

  return {
    transaction: (id) => request('/wallet/gettransactionbyid', { value: id }, tronTransaction, { emptyAllowed: true, answers: (t) => t.txID.toLowerCase() === id.toLowerCase() }),
    transactionInfo: (id, { solidified = false } = {}) =>
      request(`/${solidified ? 'walletsolidity' : 'wallet'}/gettransactioninfobyid`, { value: id }, tronTransactionInfo, {
        emptyAllowed: true,
        answers: (info) => info.id.toLowerCase() === id.toLowerCase(),
      }),
    account: (address) => request('/wallet/getaccount', { address, visible: true }, tronAccount, { emptyAllowed: true }),
    // An account that does not exist has no resources: `{}`, all zero.
    accountResource: async (address) => (await request('/wallet/getaccountresource', { address, visible: true }, tronAccountResource, { emptyAllowed: true })) ?? {},
    chainParameters: async () => {
      const reply = await must(request('/wallet/getchainparameters', {}, tronChainParameters, { emptyAllowed: false }))
      // Parameters without a value are 0 (the node omits zero values).
      return new Map(reply.chainParameter.map((p) => [p.key, p.value ?? 0]))
    },
    call: async (contract, functionSelector, parameter = '', from = contract) => {
      const [owner, target] = [tronToHex(from), tronToHex(contract)]
      const reply = await must(
        request('/wallet/triggerconstantcontract', { owner_address: owner, contract_address: target, function_selector: functionSelector, parameter, visible: false }, tronConstantCall, { emptyAllowed: false }),
      )
      // A reverted call still says result.result true: the echoed transaction's ret (FAILED) and a message tell.
      const reverted = reply.transaction?.ret?.some((r) => r.ret === 'FAILED') || reply.result.message !== undefined
      if (reply.result.result !== true || reverted || !reply.constant_result?.[0]) throw new TronNodeError('/wallet/triggerconstantcontract', reply.result.message ?? 'the call failed')
      return reply.constant_result[0]
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** java-tron's refusal: `{"Error": "class org.tron.core.exception… : …"}`, usually with HTTP 200. */
function errorOf(reply: unknown): string | undefined {
  if (typeof reply !== 'object' || reply === null || !('Error' in reply)) return undefined
  const said = (reply as { Error: unknown }).Error
  return typeof said === 'string' ? said : 'an error'
}

import { BaseError } from 'viem'
import { endpointName } from './stats.js'

/** The endpoint serves another chain than the one it is configured for. Never retried; the next URL is tried. */
export class RpcWrongChainError extends BaseError {
  override name = 'RpcWrongChainError'
  constructor(
    readonly url: string,
    readonly expectedChainId: number,
    readonly actualChainId: number,
  ) {
    super(`${endpointName(url)} serves chain ${actualChainId}, not chain ${expectedChainId}.`, {
      metaMessages: ['The endpoint is skipped for this chain. Check TXDOCTOR_RPC_<chainId> / --rpc.'],
    })
  }
}

/** The endpoint's newest block is too old: it is behind the chain, so its "not found" or "pending" proves nothing. */
export class RpcLaggingError extends BaseError {
  override name = 'RpcLaggingError'
  constructor(
    readonly url: string,
    readonly secondsBehind: number,
  ) {
    super(`${endpointName(url)} is about ${secondsBehind} s behind the chain.`, {
      metaMessages: ['The endpoint is skipped until it catches up; the next one is tried.'],
    })
  }
}

/**
 * The endpoint answered, but not with what the method returns (a block without a timestamp, a log without topics,
 * a transaction missing for a hash whose receipt it gave). Its answer is not used: like a wrong chain, this is the
 * node's problem, so viem's fallback moves on to the next endpoint, and the answer says which node misbehaved.
 */
export class MalformedReplyError extends BaseError {
  override name = 'MalformedReplyError'
  constructor(
    readonly url: string | undefined,
    readonly method: string,
    readonly problem: string,
  ) {
    super(`${url ? endpointName(url) : 'The node'} sent a malformed reply to ${method} (${problem}).`, {
      metaMessages: ['The reply is not used; the next endpoint is tried.'],
    })
  }
}

/**
 * The EVM's verdict on a call (out of gas, an invalid opcode) that a node sent as another kind of error: the call's
 * answer, with JSON-RPC's "execution error" code 3, so that neither viem's retry nor the fallback repeats it.
 */
export class CallVerdictError extends BaseError {
  override name = 'CallVerdictError'
  readonly code = 3
  constructor(verdict: string, cause: unknown) {
    super(`The call failed in the EVM: ${verdict}.`, { details: verdict, ...(cause instanceof BaseError ? { cause } : {}) })
  }
}

/**
 * "Method not found" in its many spellings (-32601, -32004, "does not exist/is not available", "unsupported
 * method", …), from a JSON-RPC error object or anywhere in a viem error's chain. Other errors (bad params for a
 * zero hash) mean the method exists.
 */
export function isMethodMissing(error: unknown): boolean {
  const missing = (e: unknown) => {
    if (typeof e !== 'object' || e === null) return false
    const { code, message, details } = e as { code?: unknown; message?: unknown; details?: unknown }
    if (code === -32601 || code === -32004) return true
    const text = typeof details === 'string' ? details : typeof message === 'string' ? message : ''
    return typeof code === 'number' && /not (found|available|supported|allowed|enabled)|does not exist|unsupported method|method .*disabled/i.test(text)
  }
  return error instanceof BaseError ? error.walk(missing) !== null : missing(error)
}

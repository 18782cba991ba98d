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

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

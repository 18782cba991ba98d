import { BaseError } from 'viem'

/**
 * The messages public providers answer an eth_getLogs with when the block range or the result is too big
 * (Alchemy, Infura, QuickNode, Ankr, dRPC, publicnode, BNB Chain's dataseeds, OP Stack and Polygon nodes, Erigon).
 * These are not failures to retry: the range must be split.
 */
const rangeMessages =
  /block range|range (is )?too (large|wide|big)|too many (blocks|results|logs)|exceed(s|ed)? (the )?(maximum|max|limit)|more than \d+ (results|logs)|response size|log response size exceeded|limit exceeded|query timeout|max results|ranges over \d+ blocks|returned more than|requested too many blocks|maximum allowed number of requested blocks|is limited to a \d+/i

export function isLogRangeMessage(message: string): boolean {
  return rangeMessages.test(message)
}

/** eth_getLogs was refused for its size. Carries a non-retryable JSON-RPC code, so viem neither retries nor falls through. */
export class LogRangeError extends BaseError {
  override name = 'LogRangeError'
  readonly code = -32602
  constructor(readonly nodeMessage: string) {
    super('The node refused this log range as too large.', { details: nodeMessage })
  }
}

export const isLogRangeError = (error: unknown): boolean =>
  error instanceof BaseError ? Boolean(error.walk((e) => e instanceof LogRangeError)) : error instanceof LogRangeError

/**
 * What each chain's configured nodes turned out to accept: the smallest eth_getLogs span they refused and the
 * largest they served. Kept per endpoint list (module-wide, like the chain-id proofs), so once a node has
 * refused a range, later scans start below its limit instead of being refused again.
 */
const learnedSpans = new Map<string, { refused?: bigint; accepted?: bigint }>()

export function noteLogSpan(endpoints: readonly string[], span: bigint, accepted: boolean): void {
  const key = endpoints.join(' ')
  const known = learnedSpans.get(key) ?? {}
  if (accepted && (known.refused === undefined || span < known.refused) && (known.accepted === undefined || span > known.accepted)) known.accepted = span
  if (!accepted && (known.refused === undefined || span < known.refused)) known.refused = span
  learnedSpans.set(key, known)
}

/** The smallest span these nodes refused as too large, if any did. */
export function refusedLogSpan(endpoints: readonly string[]): bigint | undefined {
  return learnedSpans.get(endpoints.join(' '))?.refused
}

/** The span to ask for first: `wanted`, unless these nodes refused that much before; then what they served. */
export function firstLogSpan(endpoints: readonly string[], wanted: bigint): bigint {
  const { refused, accepted } = learnedSpans.get(endpoints.join(' ')) ?? {}
  if (refused === undefined || wanted < refused) return wanted
  return accepted !== undefined && accepted < refused ? accepted : refused / 2n > 0n ? refused / 2n : 1n
}

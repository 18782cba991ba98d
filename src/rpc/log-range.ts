import { BaseError } from 'viem'
import { nodeKnowledge } from './node-knowledge.js'

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

/**
 * A node that gave up on a query ("query timeout exceeded") was refused this time, perhaps because it was busy:
 * the range is split for this scan, but no limit is learned from it.
 */
const timeoutMessages = /time(d)? ?out/i

/** eth_getLogs was refused for its size. Carries a non-retryable JSON-RPC code, so viem neither retries nor falls through. */
export class LogRangeError extends BaseError {
  override name = 'LogRangeError'
  readonly code = -32602
  /** The node timed out rather than named a limit: split now, but learn nothing lasting from it. */
  readonly transient: boolean
  constructor(readonly nodeMessage: string) {
    super('The node refused this log range as too large.', { details: nodeMessage })
    this.transient = timeoutMessages.test(nodeMessage)
  }
}

export const isLogRangeError = (error: unknown): boolean => logRangeErrorOf(error) !== undefined

function logRangeErrorOf(error: unknown): LogRangeError | undefined {
  if (error instanceof LogRangeError) return error
  return error instanceof BaseError ? (error.walk((e) => e instanceof LogRangeError) as LogRangeError | null) ?? undefined : undefined
}

/**
 * Records what a chain's configured nodes turned out to accept: a span they served, or one they refused as too
 * large. Kept in node-knowledge.ts for ten minutes after the last refusal, so later scans start below a node's
 * limit instead of being refused again, and then try the configured range anew. Pass the error of a refusal:
 * one that was only a timeout is not learned.
 */
export function noteLogSpan(endpoints: readonly string[], span: bigint, accepted: boolean, refusal?: unknown): void {
  if (!accepted && logRangeErrorOf(refusal)?.transient) return
  nodeKnowledge.noteLogSpan(endpoints, span, accepted)
}

/** The smallest span these nodes refused as too large lately, if any did. */
export function refusedLogSpan(endpoints: readonly string[]): bigint | undefined {
  return nodeKnowledge.logSpansOf(endpoints).refused
}

/** The span to ask for first: `wanted`, unless these nodes refused that much lately; then what they served. */
export function firstLogSpan(endpoints: readonly string[], wanted: bigint): bigint {
  const { refused, accepted } = nodeKnowledge.logSpansOf(endpoints)
  if (refused === undefined || wanted < refused) return wanted
  return accepted !== undefined && accepted < refused ? accepted : refused / 2n > 0n ? refused / 2n : 1n
}

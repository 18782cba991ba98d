import { BaseError, ExecutionRevertedError, toHex, type BlockTag, type Hex, type Transaction, type TransactionReceipt } from 'viem'
import { rawRequest } from '../reads.js'
import type { Replay } from './evidence.js'
import { executionError, isOutOfGasVerdict } from '../../rpc/execution-error.js'
import type { RpcClient } from '../../rpc/session.js'

type CallFrame = { output?: Hex; error?: string }
/** One re-run: it reverted (with data or without), it went through, or the node could not run it there. */
type CallOutcome = { reverted: { data?: Hex; error: string } } | { succeeded: true } | { unavailable: string }

/**
 * Why did it fail? Each source is asked only when the better ones gave nothing, and the answer says which one
 * spoke (`Replay.source`):
 * 1. tracing the real execution (`debug_traceTransaction`) — exact; local and private nodes offer it;
 * 2. re-running it with `eth_call` at the parent block, in the same round trip; the chain's other configured
 *    nodes are asked in turn when one lacks that state (the fallback transport moves on), so an archive node
 *    among them answers; if it went through there, the block itself (an earlier transaction in it mattered);
 * 3. re-running it against today's state (`latest`) — one more round trip, said plainly to be today's state.
 * A node's error is never read as revert data: a node that cannot re-run the call (pruned state, no tracing) is
 * recorded in `unavailable`, and the next source is asked. The checks then weigh calldata evidence (a router's
 * deadline against the block's time, gas used against the limit) above a re-run against today's state.
 */
export async function replayFailure(client: RpcClient, tx: Transaction, receipt: TransactionReceipt): Promise<Replay> {
  const unavailable: Replay['unavailable'] = []
  const trace = rawRequest<CallFrame>(client, 'debug_traceTransaction', [tx.hash, { tracer: 'callTracer', tracerConfig: { onlyTopCall: true } }])
  const atParent = callAt(client, tx, receipt.blockNumber - 1n)
  const frame = await trace.catch((error: unknown) => void unavailable.push({ source: 'trace', said: nodeWords(error) }))
  if (frame && (frame.output || frame.error))
    return { ...(frame.output && frame.output !== '0x' ? { data: frame.output } : {}), ...(frame.error ? { error: frame.error } : {}), source: 'trace', unavailable }
  const parent = await atParent
  if ('reverted' in parent) return { ...parent.reverted, source: 'replay-parent', unavailable }
  if ('succeeded' in parent) {
    const atBlock = await callAt(client, tx, receipt.blockNumber)
    if ('reverted' in atBlock) return { ...atBlock.reverted, source: 'replay-block', unavailable }
    if ('unavailable' in atBlock) unavailable.push({ source: 'replay-block', said: atBlock.unavailable })
    return { source: 'none', unavailable }
  }
  unavailable.push({ source: 'replay-parent', said: parent.unavailable })
  const latest = await callAt(client, tx, 'latest')
  if ('reverted' in latest) return { ...latest.reverted, source: 'replay-latest', unavailable }
  if ('unavailable' in latest) unavailable.push({ source: 'replay-latest', said: latest.unavailable })
  return { source: 'none', unavailable }
}

/** Re-runs the transaction as a call at a block. */
async function callAt(client: RpcClient, tx: Transaction, block: bigint | BlockTag): Promise<CallOutcome> {
  try {
    await client.request({
      method: 'eth_call',
      params: [{ from: tx.from, to: tx.to ?? undefined, data: tx.input, value: toHex(tx.value), gas: toHex(tx.gas) }, typeof block === 'bigint' ? toHex(block) : block],
    })
    return { succeeded: true }
  } catch (error) {
    const data = revertData(error)
    if (data) return { reverted: { data, error: 'execution reverted' } }
    // A revert with no data (`revert()`, a bare `require`) is still the contract's answer, and so is the EVM's own
    // verdict (out of gas, an invalid opcode); anything else is the node's.
    const verdict = error instanceof BaseError ? executionError.exec(`${error.details ?? ''} ${error.shortMessage}`) : null
    if (verdict) return { reverted: { error: isOutOfGasVerdict(verdict[0]) ? 'out of gas' : verdict[0] } }
    if (isRevert(error)) return { reverted: { error: 'execution reverted' } }
    return { unavailable: nodeWords(error) }
  }
}

function isRevert(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  return error.walk((e) => e instanceof ExecutionRevertedError || (e as { code?: unknown }).code === 3) !== null
}

/** What the node said, in one short line (the node's own words; the catalog quotes them). */
function nodeWords(error: unknown): string {
  const text = error instanceof BaseError ? error.details || error.shortMessage : error instanceof Error ? error.message : String(error)
  return text.replace(/https?:\/\/\S+/g, '<url>').slice(0, 120)
}

/** Finds the revert data a node attached to an eth_call error, wherever viem's error chain holds it. */
export function revertData(error: unknown): Hex | undefined {
  let found: Hex | undefined
  const look = (e: unknown) => {
    const data = (e as { data?: unknown } | null)?.data
    const candidate = typeof data === 'string' ? data : typeof (data as { data?: unknown })?.data === 'string' ? (data as { data: string }).data : undefined
    if (candidate && /^0x[0-9a-fA-F]*$/.test(candidate) && candidate.length >= 10) found ??= candidate as Hex
    return false
  }
  if (error instanceof BaseError) error.walk(look)
  else look(error)
  return found
}

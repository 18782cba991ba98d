import { BaseError, toHex, type Hex, type Transaction, type TransactionReceipt } from 'viem'
import { rawRequest } from '../reads.js'
import type { Replay } from './evidence.js'
import type { RpcClient } from '../../rpc/session.js'

type CallFrame = { output?: Hex; error?: string }

/**
 * Why did it fail? The exact answer comes from tracing the real execution (`debug_traceTransaction`), which
 * local and private nodes offer. Public nodes rarely do: then the call is re-run with `eth_call` against the
 * parent block (in the same round trip) and, if that does not fail, against the block itself (one more) —
 * approximate, and said so.
 */
export async function replayFailure(client: RpcClient, tx: Transaction, receipt: TransactionReceipt): Promise<Replay> {
  const trace = rawRequest<CallFrame>(client, 'debug_traceTransaction', [tx.hash, { tracer: 'callTracer', tracerConfig: { onlyTopCall: true } }])
  const atParent = callAt(client, tx, receipt.blockNumber - 1n)
  atParent.catch(() => {})
  const frame = await trace.catch(() => undefined)
  if (frame && (frame.output || frame.error))
    return { ...(frame.output && frame.output !== '0x' ? { data: frame.output } : {}), ...(frame.error ? { error: frame.error } : {}), approximate: false }
  const parent = await atParent
  if (parent.data || parent.error) return { ...parent, approximate: true }
  return { ...(await callAt(client, tx, receipt.blockNumber)), approximate: true }
}

/** Re-runs the transaction as a call; returns its revert data or error, or nothing when it succeeds. */
async function callAt(client: RpcClient, tx: Transaction, blockNumber: bigint): Promise<Omit<Replay, 'approximate'>> {
  try {
    await client.request({
      method: 'eth_call',
      params: [{ from: tx.from, to: tx.to ?? undefined, data: tx.input, value: toHex(tx.value), gas: toHex(tx.gas) }, toHex(blockNumber)],
    })
    return {}
  } catch (error) {
    const data = revertData(error)
    return data ? { data, error: 'execution reverted' } : { error: error instanceof BaseError ? error.details || error.shortMessage : String(error) }
  }
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

import type { Outcome } from '../context.js'
import type { ChainSpec } from '../../core/chain-spec.js'
import { finding } from '../../core/finding.js'
import type { Finding } from '../../core/types.js'
import { hexToNumber, type Hex } from 'viem'
import { isMethodMissing, MalformedReplyError } from '../../rpc/errors.js'
import { headProblem, replyProblem } from '../../rpc/replies.js'
import { endpointName } from '../../rpc/stats.js'

/** The JSON-RPC methods txdoctor relies on, and what is lost without each. */
const probes = [
  { method: 'eth_getLogs', params: [{ fromBlock: 'latest', toBlock: 'latest' }] },
  { method: 'eth_feeHistory', params: ['0x1', 'latest', [50]] },
  { method: 'eth_getTransactionCount', params: ['0x0000000000000000000000000000000000000000', 'pending'] },
  { method: 'debug_traceTransaction', params: [`0x${'0'.repeat(64)}`, { tracer: 'callTracer' }] },
] as const

/** A head older than this many block times (and at least a minute) means the node is behind. */
const laggingBlockTimes = 10

type RpcAnswer = { id: number; result?: unknown; error?: { code: number; message: string } }

/**
 * "I can't connect to the node": is this URL reachable, on which chain, how far behind, which methods work.
 * One batched request (plus one for the reference head when the chain is known), with a short timeout.
 */
export async function checkNode(url: string, expected: ChainSpec | undefined, { timeoutMs, fetchFn = fetch, now = Date.now, referenceHead }: { timeoutMs: number; fetchFn?: typeof fetch; now?: () => number; referenceHead?: () => Promise<bigint | undefined> }): Promise<Outcome> {
  const endpoint = endpointName(url)
  const findings: Finding[] = []
  const facts: Record<string, unknown> = { endpoint }
  const calls = [
    { jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] },
    { jsonrpc: '2.0', id: 2, method: 'eth_getBlockByNumber', params: ['latest', false] },
    ...probes.map((p, i) => ({ jsonrpc: '2.0', id: 10 + i, method: p.method, params: p.params })),
  ]
  let answers: RpcAnswer[]
  const started = now()
  try {
    const response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(calls), signal: AbortSignal.timeout(timeoutMs) })
    facts.latencyMs = now() - started
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'))
      return outcome([finding('RPC_RATE_LIMITED', { endpoint, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) })], facts, expected, 'unhealthy')
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`)
    const body = (await response.json()) as unknown
    answers = (Array.isArray(body) ? body : [body]) as RpcAnswer[]
  } catch (error) {
    const why = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message) : String(error)
    return outcome([finding('RPC_UNREACHABLE', { endpoint, error: why.slice(0, 200) })], facts, expected, 'unhealthy')
  }
  // The node's answers are untrusted: anything but a chain id and a block in their JSON-RPC shapes is its fault.
  const byId = (id: number) => answers.find((a) => typeof a === 'object' && a !== null && a.id === id)
  const chainIdAnswer = byId(1)
  const noChainId = chainIdFailure(url, answers, chainIdAnswer)
  if (noChainId) return outcome([finding('RPC_UNREACHABLE', { endpoint, error: noChainId.slice(0, 200) })], facts, expected, 'unhealthy')
  const chainId = hexToNumber(chainIdAnswer!.result as Hex)
  const blockAnswer = byId(2)
  const blockProblem = blockAnswer && !blockAnswer.error ? headProblem(blockAnswer.result) : undefined
  if (blockProblem) findings.push(finding('RPC_UNREACHABLE', { endpoint, error: new MalformedReplyError(url, 'eth_getBlockByNumber', blockProblem).shortMessage.slice(0, 200) }))
  const block = blockProblem ? undefined : (blockAnswer?.result as { number: Hex; timestamp: Hex } | null | undefined)
  facts.chainId = chainId
  if (block?.number) facts.head = BigInt(block.number)
  if (expected && chainId !== expected.id) findings.push(finding('RPC_WRONG_CHAIN', { endpoint, expectedChainId: expected.id, actualChainId: chainId }))

  if (block?.timestamp) {
    const secondsBehind = Math.max(0, Math.round(now() / 1000 - Number(BigInt(block.timestamp))))
    const blockTime = expected?.blockTimeSeconds ?? 12
    const reference = await referenceHead?.().catch(() => undefined)
    const blocksBehind = reference !== undefined && block.number ? reference - BigInt(block.number) : BigInt(Math.round(secondsBehind / blockTime))
    facts.secondsBehind = secondsBehind
    if (secondsBehind > Math.max(60, laggingBlockTimes * blockTime) || (reference !== undefined && blocksBehind > BigInt(laggingBlockTimes)))
      findings.push(finding('RPC_LAGGING', { endpoint, blocksBehind: blocksBehind > 0n ? blocksBehind : 0n, secondsBehind }))
  }
  const missing = probes.filter((_, i) => isMethodMissing(byId(10 + i)?.error)).map((p) => p.method)
  if (missing.length) findings.push(finding('RPC_METHOD_MISSING', { endpoint, methods: missing }))
  facts.methodsMissing = missing
  const serious = findings.some((f) => f.code !== 'RPC_METHOD_MISSING')
  if (findings.length === 0)
    findings.push(finding('RPC_HEALTHY', { endpoint, chainId, head: block?.number ? BigInt(block.number) : 0n, latencyMs: Number(facts.latencyMs ?? 0) }))
  return outcome(findings, facts, expected, serious ? 'unhealthy' : 'healthy')
}

/** Why the node's answers give no chain id, if they don't: an error it sent, no answer at all, or a malformed one. */
function chainIdFailure(url: string, answers: RpcAnswer[], answer: RpcAnswer | undefined): string | undefined {
  if (answer?.error != null) return `eth_chainId: ${errorMessage(answer.error)}`
  // A node refusing the batch answers one error object for all of it.
  if (!answer) return `no answer to eth_chainId${answers.length === 1 && answers[0]?.error != null ? ` (${errorMessage(answers[0].error)})` : ''}`
  const problem = replyProblem('eth_chainId', [], answer.result)
  return problem && new MalformedReplyError(url, 'eth_chainId', problem).shortMessage
}

const errorMessage = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : 'an error'

function outcome(findings: Finding[], facts: Record<string, unknown>, chain: ChainSpec | undefined, status: 'healthy' | 'unhealthy'): Outcome {
  return { kind: 'rpc', status, chain, findings, facts, checkedChains: chain ? [chain] : [] }
}

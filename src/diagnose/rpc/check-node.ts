import type { Outcome } from '../context.js'
import type { ChainSpec } from '../../core/chain-spec.js'
import { finding } from '../../core/finding.js'
import type { Finding } from '../../core/types.js'
import { hexToNumber, type Hex } from 'viem'
import { isMethodMissing, MalformedReplyError } from '../../rpc/errors.js'
import { headProblem, replyProblem } from '../../rpc/replies.js'
import { probeIds, probes, type NodeProbe, type RpcAnswer } from './probe-node.js'

/** A head older than this many block times (and at least a minute) means the node is behind. */
const laggingBlockTimes = 10

/**
 * Pure: what one node's answers to the probe say — reachable, on which chain, how far behind, which methods work.
 * The node's answers are untrusted: anything but a chain id and a block in their JSON-RPC shapes is its fault.
 */
export function checkNode(probe: NodeProbe): Outcome {
  const { endpoint, expected } = probe
  const facts: Record<string, unknown> = { endpoint, ...(probe.latencyMs === undefined ? {} : { latencyMs: probe.latencyMs }) }
  if (probe.reply === 'rate-limited') {
    const retryAfter = Number(probe.retryAfter)
    return outcome([finding('RPC_RATE_LIMITED', { endpoint, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) })], facts, expected, 'unhealthy')
  }
  if (probe.reply === 'failed') return outcome([finding('RPC_UNREACHABLE', { endpoint, error: probe.why.slice(0, 200) })], facts, expected, 'unhealthy')

  const { answers } = probe
  const byId = (id: number) => answers.find((a) => typeof a === 'object' && a !== null && a.id === id)
  const chainIdAnswer = byId(probeIds.chainId)
  const noChainId = chainIdFailure(probe.url, answers, chainIdAnswer)
  if (noChainId) return outcome([finding('RPC_UNREACHABLE', { endpoint, error: noChainId.slice(0, 200) })], facts, expected, 'unhealthy')
  const findings: Finding[] = []
  const chainId = hexToNumber(chainIdAnswer!.result as Hex)
  const blockAnswer = byId(probeIds.block)
  const blockProblem = blockAnswer && !blockAnswer.error ? headProblem(blockAnswer.result) : undefined
  if (blockProblem) findings.push(finding('RPC_UNREACHABLE', { endpoint, error: new MalformedReplyError(probe.url, 'eth_getBlockByNumber', blockProblem).shortMessage.slice(0, 200) }))
  const block = blockProblem ? undefined : (blockAnswer?.result as { number: Hex; timestamp: Hex } | null | undefined)
  facts.chainId = chainId
  if (block?.number) facts.head = BigInt(block.number)
  if (expected && chainId !== expected.id) findings.push(finding('RPC_WRONG_CHAIN', { endpoint, expectedChainId: expected.id, actualChainId: chainId }))

  if (block?.timestamp) {
    const secondsBehind = Math.max(0, Math.round(probe.at / 1000 - Number(BigInt(block.timestamp))))
    const blockTime = expected?.blockTimeSeconds ?? 12
    const reference = probe.referenceHead
    const blocksBehind = reference !== undefined && block.number ? reference - BigInt(block.number) : BigInt(Math.round(secondsBehind / blockTime))
    facts.secondsBehind = secondsBehind
    if (secondsBehind > Math.max(60, laggingBlockTimes * blockTime) || (reference !== undefined && blocksBehind > BigInt(laggingBlockTimes)))
      findings.push(finding('RPC_LAGGING', { endpoint, blocksBehind: blocksBehind > 0n ? blocksBehind : 0n, secondsBehind }))
  }
  const missing = probes.filter((_, i) => isMethodMissing(byId(probeIds.firstProbe + i)?.error)).map((p) => p.method)
  if (missing.length) findings.push(finding('RPC_METHOD_MISSING', { endpoint, methods: missing }))
  facts.methodsMissing = missing
  const serious = findings.some((f) => f.code !== 'RPC_METHOD_MISSING')
  if (findings.length === 0)
    findings.push(finding('RPC_HEALTHY', { endpoint, chainId, head: block?.number ? BigInt(block.number) : 0n, latencyMs: Number(probe.latencyMs ?? 0) }))
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

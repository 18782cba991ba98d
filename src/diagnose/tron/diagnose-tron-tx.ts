import { NoNodeReachableError } from '../../core/errors.js'
import { finding } from '../../core/finding.js'
import type { TronSpec } from '../../core/tron-spec.js'
import type { Status } from '../../core/types.js'
import { chainRef, type DiagnoseContext, type Outcome } from '../context.js'
import { failureOf } from '../failure.js'
import { gatherTronTx } from './gather-tx.js'
import { checkTronTransaction, txRef } from './tx-checks.js'

/**
 * A TRON transaction id, diagnosed on TRON: found → its findings; unknown → TX_NOT_FOUND (a TRON transaction
 * never recorded has expired: it can never go through later). `probe`: the id was pasted without a network, so
 * TRON is one of several places it may be (see `gatherTronTx`). TRON unreachable → NoNodeReachableError, like a
 * chain whose nodes all failed.
 */
export async function diagnoseTronTransaction(ctx: DiagnoseContext, spec: TronSpec, id: string, { probe = false } = {}): Promise<Outcome> {
  const client = ctx.session.tron(spec)
  let gathered
  try {
    gathered = await gatherTronTx(client, spec, id, { probe })
  } catch (error) {
    throw new NoNodeReachableError([spec.name], failureOf(spec, error))
  }
  const { evidence, failures } = gathered
  if (!evidence.info && !evidence.tx)
    return {
      kind: 'transaction',
      status: 'not_found',
      findings: [finding('TX_NOT_FOUND', { hash: `0x${id}`, checkedChains: [chainRef(spec)], maybeNonEvm: false, tronChecked: true })],
      checkedChains: [spec],
      failures,
    }
  const findings = checkTronTransaction(evidence)
  // In a block, but no verdict and no result to read it from: nothing can be said of it.
  if (findings.length === 0) throw new NoNodeReachableError([spec.name], { what: spec.name, why: 'the node gave the transaction but neither its result nor its verdict' })
  const ref = txRef(evidence)
  const symbols = [...new Set([...evidence.tokens.values()].map((t) => t.symbol).filter((s) => s !== undefined))]
  const reason = findings.map((f) => (f.facts as { reason?: string }).reason).find((r) => r !== undefined)
  return {
    kind: 'transaction',
    status: statusOf(findings.map((f) => f.code)),
    chain: spec,
    findings,
    facts: { tron: ref, explorer: `${spec.explorers[0]}/#/transaction/${id}` },
    untrusted: { ...(symbols.length ? { tokenSymbols: symbols } : {}), ...(reason === undefined ? {} : { revertReason: reason }) },
    checkedChains: [spec],
    failures,
  }
}

function statusOf(codes: string[]): Status {
  if (codes.includes('TX_FAILED_OUT_OF_ENERGY') || codes.includes('TX_FAILED_REVERTED')) return 'failed'
  return 'success'
}

import type { TronSpec } from '../../core/tron-spec.js'
import type { Finding, Input } from '../../core/types.js'
import { chainRef, type DiagnoseContext, type Failure, type Outcome } from '../context.js'
import { failureOf } from '../failure.js'
import { diagnoseTransaction } from '../tx/diagnose-tx.js'
import { diagnoseTronTransaction } from './diagnose-tron-tx.js'

type TxInput = Extract<Input, { kind: 'transaction' }>

/**
 * A 64-hex id pasted with no network named: an EVM hash or a TRON transaction id look the same, so both are asked
 * at once (TRON with one request until it knows the id), and whichever knows it answers at once: the other side's
 * requests end with the diagnosis (its session's signal), so a slow TRON node never holds up an EVM answer. Known
 * nowhere: one TX_NOT_FOUND that lists TRON among the networks searched. One side unreachable: the other's
 * answer, partial.
 */
export async function diagnoseOnEveryNetwork(ctx: DiagnoseContext, input: TxInput, tron: TronSpec): Promise<Outcome> {
  const evmSide = diagnoseTransaction(ctx, input, undefined)
  const tronSide = diagnoseTronTransaction(ctx, tron, input.hash.slice(2), { probe: true })
  // Settling both also takes care of the side that is left behind: its rejection is never unhandled.
  const both = Promise.allSettled([evmSide, tronSide])
  const first = await new Promise<Outcome | undefined>((resolve) => {
    const ifFound = (outcome: Outcome) => outcome.status !== 'not_found' && resolve(outcome)
    evmSide.then(ifFound, () => {})
    tronSide.then(ifFound, () => {})
    void both.then(() => resolve(undefined))
  })
  if (first) return first
  const [evm, onTron] = await both
  if (evm.status === 'rejected' && onTron.status === 'rejected') throw evm.reason
  if (evm.status === 'rejected') {
    const tronAnswer = (onTron as PromiseFulfilledResult<Outcome>).value
    const evmFailures: Failure[] = [failureOf({ name: ctx.config.chains.map((c) => c.name).join(', ') }, evm.reason)]
    return { ...tronAnswer, failures: [...(tronAnswer.failures ?? []), ...evmFailures] }
  }
  // Nowhere on the EVM chains; TRON either does not know it either, or could not be asked.
  const evmAnswer = evm.value
  if (onTron.status === 'rejected') return { ...evmAnswer, failures: [...(evmAnswer.failures ?? []), failureOf(tron, onTron.reason)] }
  return {
    ...evmAnswer,
    findings: evmAnswer.findings.map((f) => withTron(f, tron)),
    checkedChains: [...evmAnswer.checkedChains, tron],
    failures: [...(evmAnswer.failures ?? []), ...(onTron.value.failures ?? [])],
  }
}

/** The EVM side's "not found", now also on TRON: TRON is listed among the networks searched. */
function withTron(f: Finding, tron: TronSpec): Finding {
  if (f.code !== 'TX_NOT_FOUND') return f
  return { ...f, facts: { ...f.facts, checkedChains: [...f.facts.checkedChains, chainRef(tron)], tronChecked: true } }
}

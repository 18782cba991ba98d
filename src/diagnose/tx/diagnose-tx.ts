import type { Hash } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import { NoNodeReachableError } from '../../core/errors.js'
import type { TxSubject } from '../../core/facts.js'
import type { Finding, Input, Status, Untrusted } from '../../core/types.js'
import type { DiagnoseContext, Failure, Outcome } from '../context.js'
import { feePaid } from './amounts.js'
import { runTxChecks } from './checks/index.js'
import { checkNotFound, checkWrongNetwork } from './checks/where.js'
import type { TxEvidence } from './evidence.js'
import { findAcrossChains, type FindResult } from './find.js'
import { gatherTxEvidence } from './gather.js'
import { storedSubject, txSubject } from './subject.js'
import { diagnoseVanished } from './vanished.js'

type TxInput = Extract<Input, { kind: 'transaction' }>

/**
 * Finds a transaction (on the named chain first, then everywhere), gathers its evidence in one more round trip,
 * and runs the checks. A hash found on another chain than the one named is the wrong-network case.
 */
export async function diagnoseTransaction(ctx: DiagnoseContext, input: TxInput, named: ChainSpec | undefined): Promise<Outcome> {
  const enabled = ctx.config.chains
  let search = await findAcrossChains(ctx, named ? [named] : enabled, input.hash)
  if (!search.found && named) {
    const elsewhere = await findAcrossChains(ctx, enabled.filter((c) => c.id !== named.id), input.hash)
    search = { found: elsewhere.found, answered: [...search.answered, ...elsewhere.answered], failures: [...search.failures, ...elsewhere.failures] }
  }
  const failures: Failure[] = search.failures.map(({ what, why }) => ({ what, why }))

  if (!search.found) return notFound(ctx, input, search, failures)

  const { evidence, failures: gatherFailures } = await gatherTxEvidence(ctx, search.found)
  const findings = runTxChecks(evidence)
  const subject = txSubject(evidence)
  findings.unshift(...checkWrongNetwork(input.hash, named, search.found.chain))
  if (!evidence.receipt && !findings.some((f) => f.code === 'TX_REPLACED')) await remember(ctx, evidence, subject)

  return {
    kind: 'transaction',
    status: statusOf(evidence, findings),
    chain: search.found.chain,
    findings,
    facts: { ...factsOf(evidence), subject },
    untrusted: untrustedOf(evidence, findings),
    checkedChains: [...new Set([search.found.chain, ...search.answered, ...search.failures.map((f) => f.chain)])],
    // Chains that failed while another had the hash do not make this answer partial: a hash lives on one chain.
    failures: gatherFailures,
  }
}

/** Nowhere: remembered as pending once (replaced or dropped), or unknown with the honest list of reasons. */
async function notFound(ctx: DiagnoseContext, input: TxInput, search: FindResult, failures: Failure[]): Promise<Outcome> {
  if (search.answered.length === 0 && search.failures.length > 0)
    throw new NoNodeReachableError(search.failures.map((f) => f.chain.name), search.failures[0])
  const checkedChains = [...search.answered, ...search.failures.map((f) => f.chain)]
  const vanished = await diagnoseVanished(ctx, input.hash)
  if (vanished?.outcome) return { ...vanished.outcome, checkedChains: [...new Set([vanished.outcome.chain!, ...checkedChains])], failures }
  if (vanished?.failure) failures.push(vanished.failure)
  return {
    kind: 'transaction',
    status: 'not_found',
    findings: checkNotFound(input.hash, search.answered, input.bareHex),
    checkedChains,
    failures,
  }
}

async function remember(ctx: DiagnoseContext, e: TxEvidence, subject: TxSubject): Promise<void> {
  const { tx } = e
  await ctx.store
    .put(tx.hash as Hash, {
      chainId: e.chain.id,
      from: tx.from,
      nonce: tx.nonce,
      ...(tx.maxFeePerGas === undefined ? {} : { maxFeePerGas: tx.maxFeePerGas.toString() }),
      ...(tx.gasPrice === undefined ? {} : { gasPrice: tx.gasPrice.toString() }),
      seenAtBlock: e.head.toString(),
      seenAt: ctx.now(),
      firstSeenAt: e.pendingSince?.firstSeenAt ?? ctx.now(),
      subject: storedSubject(subject),
    })
    .catch(() => {}) // forgetting costs precision later, never this answer
}

function statusOf(e: TxEvidence, findings: Finding[]): Status {
  if (findings.some((f) => f.code === 'TX_REPLACED')) return 'replaced'
  if (!e.receipt) return 'pending'
  return e.receipt.status === 'success' ? 'success' : 'failed'
}

function factsOf({ tx, receipt, chain, head, chainSpecific }: TxEvidence): Record<string, unknown> {
  return {
    hash: tx.hash,
    chainId: chain.id,
    from: tx.from,
    to: tx.to,
    nonce: tx.nonce,
    value: tx.value,
    // The coin `value`, `mint` and the fees are counted in: the explanation shows them in it.
    coin: { symbol: chain.nativeCurrency.symbol, decimals: chain.nativeCurrency.decimals },
    // viem names Ethereum's types only; a chain's own keeps its byte, and its name when known (core/tx-types.ts).
    type: tx.type ?? chainSpecific?.type.name,
    typeHex: chainSpecific?.type.hex ?? tx.typeHex,
    mint: chainSpecific?.deposit?.mint,
    sourceHash: chainSpecific?.deposit?.sourceHash,
    feeCurrency: chainSpecific?.feeCurrency,
    gasLimit: tx.gas,
    maxFeePerGas: tx.maxFeePerGas,
    maxPriorityFeePerGas: tx.maxPriorityFeePerGas,
    gasPrice: tx.type === 'legacy' || tx.type === 'eip2930' ? tx.gasPrice : undefined,
    blockNumber: receipt?.blockNumber,
    gasUsed: receipt?.gasUsed,
    effectiveGasPrice: receipt?.effectiveGasPrice,
    // A deposit paid on Ethereum, a fee-currency transaction in a token (its TX_SUCCESS says which).
    fee: receipt && !chainSpecific?.deposit && !chainSpecific?.feeCurrency ? feePaid(chain, receipt) : undefined,
    head,
    explorer: chain.explorers[0] ? `${chain.explorers[0]}/tx/${tx.hash}` : undefined,
  }
}

function untrustedOf(e: TxEvidence, findings: Finding[]): Untrusted {
  const symbols = [...new Set([...e.tokens.values()].map((t) => t.symbol).filter((s) => s !== undefined))]
  const reason = findings.map((f) => (f.facts as { reason?: string }).reason).find((r) => r !== undefined)
  return { ...(symbols.length ? { tokenSymbols: symbols } : {}), ...(reason === undefined ? {} : { revertReason: reason }) }
}

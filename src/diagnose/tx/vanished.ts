import type { Hash } from 'viem'
import { finding } from '../../core/finding.js'
import type { DiagnoseContext, Failure, Outcome } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { failureOf } from '../failure.js'
import { findReplacement } from './replacement-search.js'
import { vanishedSubject } from './subject.js'

/**
 * A hash no node knows, which txdoctor once saw pending: if the sender's nonce has since been used, another
 * transaction replaced it (named when the bounded search finds it); if not, the network dropped it.
 */
export async function diagnoseVanished(ctx: DiagnoseContext, hash: Hash): Promise<{ outcome?: Omit<Outcome, 'checkedChains'>; failure?: Failure } | undefined> {
  const seen = await ctx.store.get(hash).catch(() => undefined)
  const chain = seen && ctx.config.chains.find((c) => c.id === seen.chainId)
  if (!seen || !chain) return undefined
  const client = ctx.session.client(chain)
  try {
    const [latestNonce, head] = await beforeDeadline(
      Promise.all([client.getTransactionCount({ address: seen.from, blockTag: 'latest' }), client.getBlockNumber()]),
      ctx.signal,
    )
    const dropped = latestNonce <= seen.nonce
    // What it was, as it was seen waiting: an answer about a vanished transfer still says which one.
    const subject = vanishedSubject(seen.subject, dropped ? 'dropped' : 'replaced', seen.firstSeenAt ?? seen.seenAt)
    const facts = { chainId: chain.id, from: seen.from, nonce: seen.nonce, seenPendingAt: new Date(seen.seenAt).toISOString(), ...(subject ? { subject } : {}) }
    if (dropped)
      return { outcome: { kind: 'transaction', status: 'dropped', chain, findings: [finding('TX_DROPPED', { nonce: seen.nonce, nextNonce: latestNonce })], facts } }
    const replacedBy = await beforeDeadline(findReplacement(client, seen.from, seen.nonce, BigInt(seen.seenAtBlock), head), ctx.signal).catch(() => undefined)
    const replaced = { nonce: seen.nonce, ...(replacedBy ? { replacedBy: replacedBy.hash, replacedInBlock: replacedBy.blockNumber } : {}) }
    return { outcome: { kind: 'transaction', status: 'replaced', chain, findings: [finding('TX_REPLACED', replaced)], facts } }
  } catch (error) {
    return { failure: failureOf(chain, error) }
  }
}

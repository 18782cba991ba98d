import type { Hash } from 'viem'
import type { DiagnoseContext, Failure, Outcome } from '../context.js'
import { beforeDeadline } from '../deadline.js'
import { failureOf } from '../failure.js'
import { findReplacement } from './replacement-search.js'
import { vanishedSubject } from './subject.js'
import { checkVanished } from './checks/vanished.js'

/**
 * A hash no node knows, which txdoctor once saw pending: gathers the sender's nonce now (and, if it moved on, the
 * transaction that used it, by a bounded search); `checkVanished` tells dropped from replaced.
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
    // Only a used nonce has a replacement to look for.
    const replacedBy = dropped ? undefined : await beforeDeadline(findReplacement(client, seen.from, seen.nonce, BigInt(seen.seenAtBlock), head), ctx.signal).catch(() => undefined)
    // What it was, as it was seen waiting: an answer about a vanished transfer still says which one.
    const subject = vanishedSubject(seen.subject, dropped ? 'dropped' : 'replaced', seen.firstSeenAt ?? seen.seenAt)
    const facts = { chainId: chain.id, from: seen.from, nonce: seen.nonce, seenPendingAt: new Date(seen.seenAt).toISOString(), ...(subject ? { subject } : {}) }
    const findings = checkVanished({ nonce: seen.nonce, latestNonce, replacedBy })
    return { outcome: { kind: 'transaction', status: dropped ? 'dropped' : 'replaced', chain, findings, facts } }
  } catch (error) {
    return { failure: failureOf(chain, error) }
  }
}

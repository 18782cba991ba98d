import type { Address } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { DiagnoseContext } from '../context.js'
import { beforeDeadline, graceSignal } from '../deadline.js'
import { scanApprovals, type ScanReport } from '../approvals/scan.js'

/**
 * How long an address answer waits for its approvals scan. A long history on a public node can take far longer
 * than the rest of the answer; past this, the answer says the check did not finish on that chain and points to
 * the approvals check, rather than making every address answer slow.
 */
export const approvalsGraceMs = 3_000

/**
 * The address's standing approvals on the chains where it is used, scanned once the rest of its answer is in —
 * not beside it: a slow log query would otherwise share a JSON-RPC batch with the answer's own reads and hold
 * them up. Given `approvalsGraceMs` (or what is left of the request's deadline). Chains whose scan failed or ran
 * out of time are listed as not checked; this never throws.
 */
export async function scanWithinAnswer(ctx: DiagnoseContext, read: { chain: ChainSpec; head: bigint; latestNonce: number }[], owner: Address): Promise<{ reports: ScanReport[]; notChecked: ChainSpec[] }> {
  const chains = read.map((r) => r.chain)
  const signal = graceSignal(Promise.resolve(), approvalsGraceMs, ctx.signal)
  const scanCtx = { ...ctx, signal }
  const notChecked: ChainSpec[] = []
  const reports = await Promise.all(
    read.map(({ chain, head, latestNonce }) =>
      // Raced as a whole: some of its steps (the first-activity search) do not watch the signal themselves. The
      // head and nonce the answer read already start it (one round trip fewer).
      beforeDeadline(scanApprovals(scanCtx, chain, owner, undefined, { head, nonce: latestNonce }), signal).catch(() => {
        notChecked.push(chain)
        return undefined
      }),
    ),
  )
  return { reports: reports.filter((r) => r !== undefined), notChecked: chains.filter((c) => notChecked.includes(c)) }
}

import { finding } from '../core/finding.js'
import type { Finding } from '../core/types.js'
import type { EndpointProblem } from '../rpc/stats.js'
import type { Failure } from './context.js'

/**
 * Pure: findings about the service itself, from what the RPC session recorded and what the diagnosis could not
 * read. Misbehaving nodes were skipped, not believed: a warning for whoever configured them (nothing the user
 * should change in their wallet). Anything left unread makes the answer partial, and says what.
 */
export function serviceFindings(problems: readonly EndpointProblem[], failures: readonly Failure[]): Finding[] {
  const nodeProblems = problems.map((p) => finding(p.code, { ...p.facts, inDiagnosis: true } as never, 'warning'))
  return [...nodeProblems, ...(failures.length ? [finding('DIAGNOSIS_PARTIAL', { failed: [...failures] })] : [])]
}

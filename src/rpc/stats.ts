import type { FindingFacts } from '../core/facts.js'

/** An endpoint that misbehaved during a diagnosis, in the shape of the RPC_* findings. */
export type EndpointProblem =
  | { code: 'RPC_WRONG_CHAIN'; chainId: number; facts: FindingFacts['RPC_WRONG_CHAIN'] }
  | { code: 'RPC_UNREACHABLE'; chainId: number; facts: FindingFacts['RPC_UNREACHABLE'] }
  | { code: 'RPC_LAGGING'; chainId: number; facts: FindingFacts['RPC_LAGGING'] }
  | { code: 'RPC_RATE_LIMITED'; chainId: number; facts: FindingFacts['RPC_RATE_LIMITED'] }

/**
 * Counts what one diagnosis cost: HTTP requests, JSON-RPC calls, and sequential round trips — the longest chain
 * of calls each of which was issued only after an earlier one had answered. Round trips are what public-node
 * latency multiplies, so they are the number the tests and the benchmark hold down. They are measured per call,
 * when the code issues it (not when the batch leaves), so a busy event loop can't make parallel calls look
 * sequential.
 */
export class RpcStats {
  requests = 0
  calls = 0
  roundTrips = 0
  readonly problems: EndpointProblem[] = []
  /** Depth of the deepest request that has completed: a request started now depends on at most that many. */
  private completedDepth = 0

  /** Call when an HTTP request leaves, with the number of JSON-RPC calls it carries. */
  sent(calls: number): void {
    this.requests += 1
    this.calls += calls
  }

  /** Call when the code issues a JSON-RPC call; call the returned function when its answer (or error) is in. */
  issue(): () => void {
    const depth = this.completedDepth + 1
    this.roundTrips = Math.max(this.roundTrips, depth)
    return () => {
      this.completedDepth = Math.max(this.completedDepth, depth)
    }
  }

  report(problem: EndpointProblem): void {
    const seen = this.problems.some((p) => p.code === problem.code && p.facts.endpoint === problem.facts.endpoint)
    if (!seen) this.problems.push(problem)
  }
}

/** How many JSON-RPC calls a request body carries (a batch is an array). */
export function countCalls(body: unknown): number {
  if (typeof body !== 'string') return 1
  try {
    const parsed: unknown = JSON.parse(body)
    return Array.isArray(parsed) ? parsed.length : 1
  } catch {
    return 1
  }
}

/** Endpoints are named by origin only: paths of keyed URLs can hold API keys, which must not leak into answers. */
export function endpointName(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return 'invalid-url'
  }
}

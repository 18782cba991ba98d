import type { FindingFacts } from '../core/facts.js'

/** An endpoint that misbehaved during a diagnosis, in the shape of the RPC_* findings. */
export type EndpointProblem =
  | { code: 'RPC_WRONG_CHAIN'; chainId: number; facts: FindingFacts['RPC_WRONG_CHAIN'] }
  | { code: 'RPC_UNREACHABLE'; chainId: number; facts: FindingFacts['RPC_UNREACHABLE'] }

/**
 * Counts what one diagnosis cost: HTTP requests, JSON-RPC calls, and sequential round trips — the longest chain
 * of requests each of which started only after an earlier one had finished. Round trips are what public-node
 * latency multiplies, so they are the number the tests and the benchmark hold down.
 */
export class RpcStats {
  requests = 0
  calls = 0
  roundTrips = 0
  readonly problems: EndpointProblem[] = []
  /** Depth of the deepest request that has completed: a request started now depends on at most that many. */
  private completedDepth = 0

  /** Call when a request leaves; call the returned function when its response arrives. */
  begin(calls: number): () => void {
    this.requests += 1
    this.calls += calls
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

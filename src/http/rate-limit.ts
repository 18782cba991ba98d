import type { Context, MiddlewareHandler } from 'hono'
import { TxDoctorError } from '../core/errors.js'
import { problemOf, problemResponse, type Problem } from './problem.js'

export type LimitResult = { success: boolean; retryAfterSeconds?: number }
/** Counts what each client asks; `cost` is how many diagnoses one request holds (an MCP batch holds several). */
export type Limiter = { limit(key: string, cost?: number): Promise<LimitResult> }

/** How many clients a memory limiter tracks before it forgets the oldest: memory stays bounded under a flood. */
const maxClients = 10_000

/** Fixed one-minute windows per client, in memory: for Node, and for Workers without a rate-limit binding. */
export class MemoryLimiter implements Limiter {
  private readonly windows = new Map<string, { start: number; count: number }>()
  constructor(
    private readonly perMinute: number,
    private readonly now = Date.now,
  ) {}

  async limit(key: string, cost = 1): Promise<LimitResult> {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now - window.start >= 60_000) {
      this.windows.delete(key)
      window = { start: now, count: 0 }
      this.windows.set(key, window)
      if (this.windows.size > maxClients) this.windows.delete(this.windows.keys().next().value!)
    }
    window.count += cost
    return window.count <= this.perMinute ? { success: true } : { success: false, retryAfterSeconds: Math.ceil((window.start + 60_000 - now) / 1000) }
  }
}

/** The Workers rate-limiting binding (`[[unsafe.bindings]] type = "ratelimit"`), as a Limiter: one call per unit of cost. */
export const bindingLimiter = (binding: { limit(options: { key: string }): Promise<{ success: boolean }> }): Limiter => ({
  limit: async (key, cost = 1) => {
    const results = await Promise.all(Array.from({ length: cost }, () => binding.limit({ key })))
    return { success: results.every((r) => r.success), retryAfterSeconds: 60 }
  },
})

export class RateLimitedError extends TxDoctorError {
  override name = 'RateLimitedError'
  constructor() {
    super('RATE_LIMITED', 'Too many requests from this client.', { hint: 'Wait a minute and try again.' })
  }
}

/** Who the client is, as the runtime can prove it (src/http/client-key.ts). */
export type ClientKey = (c: Context) => string

/** How a refusal is shown: problem+json by default; the web form answers in HTML. */
export type RefusalResponder = (c: Context, problem: Problem, headers: Record<string, string>) => Response | Promise<Response>

/**
 * Limits each client (by the key the runtime gives), answers 429 with Retry-After, and leaves the key on the
 * context as `client` for what follows (an MCP batch charges its extra calls; the engine bounds concurrency).
 */
export function rateLimit(limiter: Limiter, clientKey: ClientKey, respond: RefusalResponder = problemResponse): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const client = clientKey(c)
    c.set('client' as never, client as never)
    const result = await limiter.limit(client)
    if (!result.success) return respond(c, problemOf(new RateLimitedError()), { 'retry-after': String(result.retryAfterSeconds ?? 60) })
    await next()
  }
}

/** The client key the rate-limit middleware left on the context. */
export const clientOf = (c: Context): string => (c.get('client' as never) as string | undefined) ?? 'anonymous'

import type { Context, MiddlewareHandler } from 'hono'
import { TxDoctorError } from '../core/errors.js'
import { problemOf, problemResponse } from './problem.js'

export type LimitResult = { success: boolean; retryAfterSeconds?: number }
export type Limiter = { limit(key: string): Promise<LimitResult> }

/** How many clients a memory limiter tracks before it forgets the oldest: memory stays bounded under a flood. */
const maxClients = 10_000

/** Fixed one-minute windows per client, in memory: for Node, and for Workers without a rate-limit binding. */
export class MemoryLimiter implements Limiter {
  private readonly windows = new Map<string, { start: number; count: number }>()
  constructor(
    private readonly perMinute: number,
    private readonly now = Date.now,
  ) {}

  async limit(key: string): Promise<LimitResult> {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now - window.start >= 60_000) {
      this.windows.delete(key)
      window = { start: now, count: 0 }
      this.windows.set(key, window)
      if (this.windows.size > maxClients) this.windows.delete(this.windows.keys().next().value!)
    }
    window.count += 1
    return window.count <= this.perMinute ? { success: true } : { success: false, retryAfterSeconds: Math.ceil((window.start + 60_000 - now) / 1000) }
  }
}

/** The Workers rate-limiting binding (`[[unsafe.bindings]] type = "ratelimit"`), as a Limiter. */
export const bindingLimiter = (binding: { limit(options: { key: string }): Promise<{ success: boolean }> }): Limiter => ({
  limit: async (key) => ({ ...(await binding.limit({ key })), retryAfterSeconds: 60 }),
})

export class RateLimitedError extends TxDoctorError {
  override name = 'RateLimitedError'
  constructor() {
    super('RATE_LIMITED', 'Too many requests from this client.', { hint: 'Wait a minute and try again.' })
  }
}

/** Limits each client (by the key the runtime gives) and answers 429 problem+json with Retry-After. */
export function rateLimit(limiter: Limiter, clientKey: (c: Context) => string): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const result = await limiter.limit(clientKey(c))
    if (!result.success) return problemResponse(c, problemOf(new RateLimitedError()), { 'retry-after': String(result.retryAfterSeconds ?? 60) })
    await next()
  }
}

/** The client as proxies and Cloudflare report it; the runtime adapter may pass the socket address instead. */
export const headerClientKey = (c: Context): string =>
  c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'anonymous'

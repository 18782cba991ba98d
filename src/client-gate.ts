import { TxDoctorError } from './core/errors.js'

/**
 * Fairness between clients: each client (as the HTTP layer names it) runs at most `perClient` diagnoses at once;
 * more wait their turn, up to `queuedPerClient`, and past that are refused. Without it one client's burst (say,
 * ten MCP batches) fills the node connection pool and every other client waits behind it.
 */
export const gateLimits = { perClient: 4, queuedPerClient: 16, maxWaitMs: 15_000 } as const

export class BusyError extends TxDoctorError {
  override name = 'BusyError'
  constructor() {
    super('RATE_LIMITED', 'Too many requests at once from this client.', { hint: 'Wait for the answers already asked for, then try again.' })
  }
}

export class ClientGate {
  private readonly clients = new Map<string, { running: number; waiting: (() => void)[] }>()
  constructor(private readonly limits: { perClient: number; queuedPerClient: number; maxWaitMs: number } = gateLimits) {}

  async run<result>(client: string, work: () => Promise<result>): Promise<result> {
    let state = this.clients.get(client)
    if (!state) this.clients.set(client, (state = { running: 0, waiting: [] }))
    if (state.running >= this.limits.perClient) {
      if (state.waiting.length >= this.limits.queuedPerClient) throw new BusyError()
      // A wait is bounded: should a running request never finish (a runtime that cancels it without its
      // `finally`), its client is refused after a while instead of queued forever.
      const waiting = state.waiting
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(admit), 1)
          reject(new BusyError())
        }, this.limits.maxWaitMs)
        const admit = () => {
          clearTimeout(timer)
          resolve()
        }
        waiting.push(admit)
      })
    } else state.running += 1
    try {
      return await work()
    } finally {
      // Hand the slot to the next waiter directly, so a newcomer cannot take it in between.
      const next = state.waiting.shift()
      if (next) next()
      else if (--state.running === 0) this.clients.delete(client)
    }
  }

  /** Diagnoses running now, all clients together (for tests and metrics). */
  get running(): number {
    let total = 0
    for (const state of this.clients.values()) total += state.running
    return total
  }
}

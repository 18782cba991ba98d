/** Thrown when the whole-request budget runs out before a part of the diagnosis finished. */
export class DeadlineError extends Error {
  override name = 'DeadlineError'
  constructor(ms: number) {
    super(`no answer within ${ms} ms`)
  }
}

/** How long side questions may outlast the main answer. */
export const sideQuestionGraceMs = 500

/**
 * Races a promise against the request's deadline signal, so that one slow chain cannot hold the answer
 * hostage. The losing promise is left to settle on its own (its rejection is swallowed).
 */
export function beforeDeadline<value>(promise: Promise<value>, signal: AbortSignal): Promise<value> {
  promise.catch(() => {})
  if (signal.aborted) return Promise.reject(signal.reason)
  return Promise.race([promise, expiryOf(signal)])
}

/**
 * One promise per signal that rejects when it aborts: every call races against it, so the signal carries a
 * single 'abort' listener however many calls a diagnosis makes (Node warns beyond ten).
 */
const expiries = new WeakMap<AbortSignal, Promise<never>>()

function expiryOf(signal: AbortSignal): Promise<never> {
  let expired = expiries.get(signal)
  if (!expired) {
    expired = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
    expired.catch(() => {}) // nobody may be racing when it fires
    expiries.set(signal, expired)
  }
  return expired
}

/**
 * An AbortSignal that fires with a DeadlineError after `ms`, and `clear` to call when the work is done: a
 * server answering many requests a second would otherwise hold every request's timer (and what hangs on its
 * signal) for the whole budget.
 */
export function deadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DeadlineError(ms)), ms)
  // Don't keep a CLI process alive just for the timer.
  ;(timer as { unref?: () => void }).unref?.()
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

/**
 * A signal for optional side questions (other chains' code, say): it fires `graceMs` after the main answer is in,
 * or with the request deadline, whichever comes first, so a slow chain costs at most the grace period.
 */
export function graceSignal(main: Promise<unknown>, graceMs: number, deadline: AbortSignal): AbortSignal {
  const controller = new AbortController()
  const abort = (reason: unknown) => controller.signal.aborted || controller.abort(reason)
  deadline.addEventListener('abort', () => abort(deadline.reason), { once: true })
  const settled = () => {
    const timer = setTimeout(() => abort(new DeadlineError(graceMs)), graceMs)
    ;(timer as { unref?: () => void }).unref?.()
  }
  main.then(settled, settled)
  return controller.signal
}

import type { TronSpec } from '../../core/tron-spec.js'
import type { Failure } from '../context.js'
import { failureOf } from '../failure.js'

/**
 * For reads an answer can do without: a failure is recorded (the answer becomes partial) and the read gives
 * undefined. The failure names the network (a proper noun, the same in every language); `read` says, for the
 * expert, which read it was ("the recipient's USDT balance"), beside the node's own words.
 */
export function tolerant(spec: Pick<TronSpec, 'name'>, failures: Failure[]) {
  return <value>(read: string, promise: Promise<value>): Promise<value | undefined> =>
    promise.catch((error: unknown) => {
      const failure = failureOf(spec, error)
      failures.push({ what: failure.what, why: `${read}: ${failure.why}`.slice(0, 200) })
      return undefined
    })
}

import type { TronSpec } from '../../core/tron-spec.js'
import type { Failure } from '../context.js'
import { failureOf } from '../failure.js'

/**
 * For reads an answer can do without: a failure is recorded (the answer becomes partial) and the read gives
 * undefined. The failure names the network (a proper noun, the same in every language) and, for the expert, the
 * API path that failed and how (`/wallet/getaccountresource: HTTP 500 at https://…`): no English label of ours.
 */
export function tolerant(spec: Pick<TronSpec, 'name'>, failures: Failure[]) {
  return <value>(promise: Promise<value>): Promise<value | undefined> =>
    promise.catch((error: unknown) => {
      failures.push(failureOf(spec, error))
      return undefined
    })
}

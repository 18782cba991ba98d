import { BaseError } from 'viem'
import type { ChainSpec } from '../core/chain-spec.js'
import type { Failure } from './context.js'
import { DeadlineError } from './deadline.js'

/** Describes why a chain could not be asked, in one line an expert can act on (no URLs with keys). */
export function failureOf(chain: Pick<ChainSpec, 'name'>, error: unknown): Failure {
  const why =
    error instanceof DeadlineError
      ? `no answer before the request deadline (${error.message})`
      : error instanceof BaseError
        ? error.shortMessage.replace(/https?:\/\/[^\s;,)]+/g, (url) => safeOrigin(url))
        : error instanceof Error
          ? error.message
          : String(error)
  return { what: chain.name, why: why.slice(0, 200) }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return '<url>'
  }
}

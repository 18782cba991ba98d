import { InputError, type InputReason } from '../../core/errors.js'
import type { Lang } from '../../core/types.js'
import type { Problem } from '../problem.js'
import { errorWords, type WebErrorCode } from './words.js'

const webCodes = new Set<string>(['BAD_INPUT', 'NO_NODE_REACHABLE', 'RATE_LIMITED', 'BAD_CONFIG', 'INTERNAL'] satisfies WebErrorCode[])

/**
 * A problem as the web form shows it: its `detail` and `hint` in the reader's language and terms (status and code
 * stay). `error` is what was thrown, when there was one: a bad input's reason picks the Chinese words.
 */
export function inReadersWords(problem: Problem, error: unknown, lang: Lang): Problem {
  const code = (webCodes.has(problem.code) ? problem.code : 'INTERNAL') as WebErrorCode
  // An English bad input keeps its own, specific words: the same as the API's and the CLI's.
  if (code === 'BAD_INPUT' && lang === 'en') return problem
  const general = errorWords[lang].codes[code]
  const why = code === 'BAD_INPUT' && lang === 'zh-CN' && error instanceof InputError ? error.why : undefined
  if (!why) return { ...problem, ...general }
  const specific = (errorWords['zh-CN'].reasons[why.reason] as (why: InputReason) => { detail: string; hint?: string })(why)
  return { ...problem, detail: specific.detail, hint: specific.hint ?? general.hint }
}

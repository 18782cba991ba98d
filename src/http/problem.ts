import type { Context } from 'hono'
import { InputError, TxDoctorError } from '../core/errors.js'
import type { Lang } from '../core/types.js'
import { inReadersWords } from '../explain/error-words.js'
import { negotiateLang } from './language.js'

/** RFC 9457 problem details, with txdoctor's stable `code` and a `hint` that says what would work. */
export type Problem = { type: string; title: string; status: number; code: string; detail: string; hint?: string }

const statusOf: Record<string, number> = { BAD_INPUT: 400, BAD_CONFIG: 500, NO_NODE_REACHABLE: 503, RATE_LIMITED: 429, NOT_FOUND: 404 }

export function problemOf(error: unknown): Problem {
  if (error instanceof TxDoctorError) {
    const status = statusOf[error.code] ?? 500
    return {
      type: `https://txdoctor.dev/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
      title: error instanceof InputError ? 'The input is not something txdoctor can diagnose' : error.shortMessage,
      status,
      code: error.code,
      detail: error.shortMessage,
      ...(error.hint ? { hint: error.hint } : {}),
    }
  }
  // Never leak internals: an unexpected failure is a 500 with a stable code and no stack.
  return { type: 'about:blank', title: 'Internal error', status: 500, code: 'INTERNAL', detail: 'txdoctor failed unexpectedly. Try again; if it persists, report it.' }
}

export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as 400, { 'content-type': 'application/problem+json', ...headers })
}

/**
 * A problem in the language the request asked for (`lang`, else Accept-Language): Chinese readers get the catalog's
 * words for its detail and hint (src/explain/error-words.ts); `type`, `title`, `status` and `code` stay, for programs.
 * English keeps the error's own, specific words.
 */
export function inRequestedLanguage(c: Context, problem: Problem, error: unknown): Problem {
  const lang: Lang = negotiateLang(c.req.query('lang'), c.req.header('accept-language'))
  return lang === 'en' ? problem : { ...problem, ...inReadersWords(problem.code, problem, error, lang) }
}

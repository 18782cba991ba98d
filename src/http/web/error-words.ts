import type { Lang } from '../../core/types.js'
import { inReadersWords as readersWords } from '../../explain/error-words.js'
import type { Problem } from '../problem.js'

/** A problem as the web form shows it: its `detail` and `hint` in the reader's language and terms (status and code stay). */
export function inReadersWords(problem: Problem, error: unknown, lang: Lang): Problem {
  return { ...problem, ...readersWords(problem.code, problem, error, lang) }
}

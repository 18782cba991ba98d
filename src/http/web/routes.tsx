import { Hono, type Context } from 'hono'
import { isFindingCode } from '../../core/codes.js'
import type { Answer, Level } from '../../core/types.js'
import type { Engine } from '../../engine.js'
import { negotiateLang } from '../language.js'
import { problemOf, type Problem } from '../problem.js'
import { clientOf } from '../rate-limit.js'
import { css, js } from './assets.js'
import { CodePage, CodesPage } from './codes.js'
import { inReadersWords } from './error-words.js'
import { Page } from './page.js'

/** Everything a browser loads comes from here; the CSP forbids any other origin. */
export const contentSecurityPolicy =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"

export function webRoutes(engine: Engine): Hono {
  const web = new Hono()
  web.use(async (c, next) => {
    await next()
    c.header('content-security-policy', contentSecurityPolicy)
    c.header('x-content-type-options', 'nosniff')
    c.header('referrer-policy', 'no-referrer')
  })

  web.get('/', async (c) => {
    const { q, level, lang, chain, approvals } = formOf(c)
    let answer: Answer | undefined
    let problem: Problem | undefined
    if (q.trim()) {
      try {
        answer = await engine.ask(q, { chain, level, lang, approvals, channel: 'web', client: clientOf(c) })
      } catch (error) {
        problem = inReadersWords(problemOf(error), error, lang)
      }
    }
    return formPage(c, answer, problem)
  })

  web.get('/assets/app.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }))
  web.get('/assets/app.js', (c) => c.body(js, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }))
  web.get('/codes', (c) => c.html(<CodesPage lang={negotiateLang(c.req.query('lang'), c.req.header('accept-language'))} />))
  web.get('/codes/:code', (c) => {
    const code = c.req.param('code')
    if (!isFindingCode(code)) return c.notFound()
    return c.html(<CodePage code={code} lang={negotiateLang(c.req.query('lang'), c.req.header('accept-language'))} />)
  })
  return web
}

/** What the form asked, capped: the page echoes it back. */
function formOf(c: Context) {
  const level: Level = c.req.query('level') === 'expert' ? 'expert' : 'novice'
  const chain = c.req.query('chain')?.slice(0, 40) || undefined
  // `approvals=1`: the address's standing approvals, card by card (the address page links here).
  const approvals = c.req.query('approvals') === '1'
  return { q: (c.req.query('q') ?? '').slice(0, 512), level, lang: negotiateLang(c.req.query('lang'), c.req.header('accept-language')), chain, approvals }
}

function formPage(c: Context, answer: Answer | undefined, problem: Problem | undefined, headers: Record<string, string> = {}) {
  const { q, level, lang, approvals } = formOf(c)
  c.header('cache-control', 'no-store')
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  return c.html(<Page q={q} level={level} lang={lang} approvals={approvals} answer={answer} problem={problem} />, problem ? (problem.status as 400) : 200)
}

/** A refusal (rate limit) on the web form is a page a person reads, not JSON. */
export const formRefusal = (c: Context, problem: Problem, headers: Record<string, string>) =>
  formPage(c, undefined, inReadersWords(problem, undefined, formOf(c).lang), headers)

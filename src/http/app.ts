import { OpenAPIHono } from '@hono/zod-openapi'
import { cors } from 'hono/cors'
import { allFindingCodes } from '../core/codes.js'
import type { Engine } from '../engine.js'
import { version } from '../version.js'
import { apiRoutes } from './api.js'
import { docsPage } from './docs.js'
import { mcpRoute } from './mcp.js'
import { inRequestedLanguage, problemOf, problemResponse } from './problem.js'
import { sharedClientKey } from './client-key.js'
import { MemoryLimiter, rateLimit, type ClientKey, type Limiter } from './rate-limit.js'
import { formRefusal, webRoutes } from './web/routes.js'

/**
 * The HTTP app, identical on Workers and Node: the JSON API (documented at /openapi.json), the web form, the
 * finding-code knowledge base, and MCP for agents. Runtime specifics live in worker.ts and node.ts.
 */
export type AppOptions = {
  /** Per-client limiter; default: in memory, at the configured requests per minute. */
  limiter?: Limiter
  /**
   * Who the client is, as the runtime can prove it (src/http/client-key.ts): the socket on Node, CF-Connecting-IP
   * on Workers. Default: every client shares one budget — never a header a client could write itself.
   */
  clientKey?: ClientKey
}

export function createApp(engine: Engine, { limiter = new MemoryLimiter(engine.config.rateLimitPerMinute), clientKey = sharedClientKey }: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono()
  // Diagnoses cost node requests: limit them per client. Static pages, docs and health checks are free.
  const limited = rateLimit(limiter, clientKey)
  const limitedForm = rateLimit(limiter, clientKey, formRefusal)
  app.use('/v1/*', limited)
  app.use('/mcp', limited)
  app.use('/', async (c, next) => (c.req.query('q') ? limitedForm(c, next) : next()))
  app.use('/v1/*', cors({ origin: '*', allowMethods: ['GET'] }))
  app.use('/openapi.json', cors({ origin: '*', allowMethods: ['GET'] }))
  app.get('/healthz', (c) => c.json({ ok: true, version }))
  app.get('/metrics', (c) => c.body(engine.usage.prometheus(), 200, { 'content-type': 'text/plain; version=0.0.4' }))
  app.route('/', apiRoutes(engine))
  app.route('/', mcpRoute(engine, limiter))
  app.route('/', webRoutes(engine))
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'txdoctor',
      version,
      description:
        'Explains stuck, failed, lost and risky EVM transactions and addresses in plain language (novice) or exact numbers (expert), in English and Simplified Chinese. ' +
        `Findings carry stable codes: ${allFindingCodes.join(', ')}. Each is explained at /codes/{CODE}.`,
    },
  })
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'txdoctor', version } }))))
  app.notFound((c) => problemResponse(c, { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND', detail: `Nothing at ${new URL(c.req.url).pathname}.`, hint: 'See /docs for the API, or / for the web form.' }))
  app.onError((error, c) => problemResponse(c, inRequestedLanguage(c, problemOf(error), error)))
  return app
}

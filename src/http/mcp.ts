import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Engine } from '../engine.js'
import { createMcpServer, errorReply, protocolVersions, rpcErrors, type JsonRpcReply } from '../mcp/server.js'
import { clientOf, RateLimitedError, type Limiter } from './rate-limit.js'
import { problemOf, problemResponse } from './problem.js'

/** Tool calls are a few hundred bytes; anything near this is not an MCP client. */
const maxBodyBytes = 64 * 1024
/** Messages in one batch: enough for a client's initialize + list + a few calls; each counts against the rate limit. */
export const maxBatchMessages = 10

/**
 * POST /mcp — MCP over Streamable HTTP, stateless: no sessions, so it runs the same on Workers and Node, and
 * every reply is plain JSON rather than an event stream (the spec lets the server choose).
 */
export function mcpRoute(engine: Engine, limiter: Limiter): Hono {
  const server = createMcpServer(engine)
  const route = new Hono()
  // Stateless: no server-initiated stream to offer, so GET (and DELETE of a session) is 405, as the spec allows.
  route.on(['GET', 'DELETE'], '/mcp', (c) =>
    problemResponse(c, { type: 'about:blank', title: 'Method not allowed', status: 405, code: 'METHOD_NOT_ALLOWED', detail: `${c.req.method} /mcp is not served: this MCP server is stateless.`, hint: 'Send JSON-RPC messages with POST /mcp.' }, { allow: 'POST' }),
  )
  route.post(
    '/mcp',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json(errorReply(null, rpcErrors.invalidRequest, `A message is at most ${maxBodyBytes} bytes.`), 413) }),
    async (c) => {
      // MCP's transport rule against DNS rebinding: a browser page may call only from an origin the operator allowed.
      const origin = c.req.header('origin')
      if (origin !== undefined && !engine.config.mcpOrigins.includes(origin))
        return c.json(errorReply(null, rpcErrors.invalidRequest, 'Requests from web pages are not accepted here (Origin not allowed).'), 403)
      const asked = c.req.header('mcp-protocol-version')
      if (asked && !protocolVersions.includes(asked as never))
        return c.json(errorReply(null, rpcErrors.invalidRequest, `Unsupported MCP protocol version ${asked.slice(0, 40)}; supported: ${protocolVersions.join(', ')}.`), 400)
      let body: unknown
      try {
        body = JSON.parse(await c.req.text())
      } catch {
        return c.json(errorReply(null, rpcErrors.parse, 'The body is not JSON: send one JSON-RPC 2.0 message.'), 400)
      }
      const context = { client: clientOf(c) }
      // Batches were in the 2025-03-26 revision; older clients may still send them.
      if (Array.isArray(body)) {
        if (!body.length) return c.json(errorReply(null, rpcErrors.invalidRequest, 'An empty batch.'), 400)
        if (body.length > maxBatchMessages) return c.json(errorReply(null, rpcErrors.invalidRequest, `A batch holds at most ${maxBatchMessages} messages.`), 400)
        // The rate limit counted this request once; each further message in the batch counts too.
        const refused = await chargeExtra(c, limiter, body.length - 1)
        if (refused) return refused
        const replies = (await Promise.all(body.map((m) => server.handle(m, context)))).filter((r): r is JsonRpcReply => r !== undefined)
        return replies.length ? c.json(replies) : c.body(null, 202)
      }
      const reply = await server.handle(body, context)
      return reply ? c.json(reply) : c.body(null, 202)
    },
  )
  return route
}

async function chargeExtra(c: Context, limiter: Limiter, cost: number): Promise<Response | undefined> {
  if (cost <= 0) return undefined
  const result = await limiter.limit(clientOf(c), cost)
  if (result.success) return undefined
  return problemResponse(c, problemOf(new RateLimitedError()), { 'retry-after': String(result.retryAfterSeconds ?? 60) })
}

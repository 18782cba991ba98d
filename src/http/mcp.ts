import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Engine } from '../engine.js'
import { createMcpServer, errorReply, protocolVersions, rpcErrors, type JsonRpcReply } from '../mcp/server.js'

/** Tool calls are a few hundred bytes; anything near this is not an MCP client. */
const maxBodyBytes = 64 * 1024

/**
 * POST /mcp — MCP over Streamable HTTP, stateless: no sessions, so it runs the same on Workers and Node, and
 * every reply is plain JSON rather than an event stream (the spec lets the server choose).
 */
export function mcpRoute(engine: Engine): Hono {
  const server = createMcpServer(engine)
  const route = new Hono()
  // Stateless: no server-initiated stream to offer, so GET (and DELETE of a session) is 405, as the spec allows.
  route.on(['GET', 'DELETE'], '/mcp', (c) => c.body(null, 405, { allow: 'POST' }))
  route.post(
    '/mcp',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json(errorReply(null, rpcErrors.invalidRequest, `A message is at most ${maxBodyBytes} bytes.`), 413) }),
    async (c) => {
      const asked = c.req.header('mcp-protocol-version')
      if (asked && !protocolVersions.includes(asked as never))
        return c.json(errorReply(null, rpcErrors.invalidRequest, `Unsupported MCP protocol version ${asked}; supported: ${protocolVersions.join(', ')}.`), 400)
      let body: unknown
      try {
        body = JSON.parse(await c.req.text())
      } catch {
        return c.json(errorReply(null, rpcErrors.parse, 'The body is not JSON: send one JSON-RPC 2.0 message.'), 400)
      }
      // Batches were in the 2025-03-26 revision; older clients may still send them.
      if (Array.isArray(body)) {
        if (!body.length) return c.json(errorReply(null, rpcErrors.invalidRequest, 'An empty batch.'), 400)
        const replies = (await Promise.all(body.map((m) => server.handle(m)))).filter((r): r is JsonRpcReply => r !== undefined)
        return replies.length ? c.json(replies) : c.body(null, 202)
      }
      const reply = await server.handle(body)
      return reply ? c.json(reply) : c.body(null, 202)
    },
  )
  return route
}

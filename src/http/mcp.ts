import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { Hono } from 'hono'
import type { Engine } from '../engine.js'
import { createMcpServer } from '../mcp/server.js'

/**
 * POST /mcp — MCP over Streamable HTTP, stateless: each request gets a fresh server and transport, so it runs the
 * same on Workers (no sessions to keep) and Node. Replies are plain JSON, not event streams.
 */
export function mcpRoute(engine: Engine): Hono {
  const route = new Hono()
  // Stateless: no server-initiated stream to offer, so GET (and DELETE of a session) is 405, as the spec allows.
  route.on(['GET', 'DELETE'], '/mcp', (c) => c.body(null, 405, { allow: 'POST' }))
  route.post('/mcp', async (c) => {
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
    const server = createMcpServer(engine)
    await server.connect(transport)
    return transport.handleRequest(c.req.raw)
  })
  return route
}

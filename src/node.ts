import type { Duplex } from 'node:stream'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { Agent, setGlobalDispatcher } from 'undici'
import { loadConfig } from './config/config.js'
import { createEngine } from './engine.js'
import { createApp } from './http/app.js'
import { forwardedClientKey } from './http/client-key.js'
import { publicOnlyFetch } from './public-fetch.js'
import { MemoryDiagnosisCache } from './store/diagnosis-cache.js'

export type ServerOptions = { port?: number | undefined; host?: string | undefined; env?: NodeJS.ProcessEnv; log?: (line: string) => void }

/**
 * The Node server: the same app as the Worker, behind a keep-alive connection pool (RPC calls to the same nodes
 * reuse their connections), with a graceful shutdown on SIGINT/SIGTERM.
 */
export function startServer({ port, host = '127.0.0.1', env = process.env, log = (line) => console.log(line) }: ServerOptions = {}) {
  setGlobalDispatcher(new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000, connections: 64 }))
  const config = loadConfig(env)
  // The socket names the client; X-Forwarded-For only from the proxies the operator says are in front.
  const clientKey = forwardedClientKey(config.trustedProxies, (c) => getConnInfo(c).remote.address)
  const app = createApp(createEngine({ config, cache: new MemoryDiagnosisCache(), gatewayFetch: publicOnlyFetch() }), { clientKey })
  const listenPort = port ?? (env.PORT ? Number(env.PORT) : 8787)
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: listenPort, hostname: host }, (info) => {
      // Requests Node cannot parse (bad request line, headers over its limit) get problem+json too, not a bare status.
      server.on('clientError', answerClientError)
      const url = `http://${host}:${info.port}`
      log(`txdoctor listening on ${url} (${config.chains.length} chains)`)
      // Idle keep-alive connections would hold close() open for their whole timeout: end them first.
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done())
          ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
        })
      const shutdown = () => void close().then(() => process.exit(0))
      process.once('SIGINT', shutdown)
      process.once('SIGTERM', shutdown)
      resolve({ url, close })
    })
  })
}

/** Node's own refusals (400, 431) as problem+json; the connection is closed after, as Node's default does. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy()
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const title = status === 431 ? 'Request headers too large' : 'Bad request'
  const body = JSON.stringify({ type: 'about:blank', title, status, code: status === 431 ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST', detail: `${title}: the request could not be read.`, hint: 'Send a plain HTTP GET or POST with small headers.' })
  socket.end(`HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
}

import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { Agent, setGlobalDispatcher } from 'undici'
import { loadConfig } from './config/config.js'
import { createEngine } from './engine.js'
import { createApp } from './http/app.js'
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
  // Behind a reverse proxy, its client-IP header names the client; directly, the socket does.
  const app = createApp(createEngine({ config, cache: new MemoryDiagnosisCache(), gatewayFetch: publicOnlyFetch() }), { clientKey: (c) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? getConnInfo(c).remote.address ?? 'anonymous' })
  const listenPort = port ?? (env.PORT ? Number(env.PORT) : 8787)
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: listenPort, hostname: host }, (info) => {
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

import { createInterface } from 'node:readline'
import type { Config } from '../config/config.js'
import { FilePendingStore } from '../store/file-store.js'
import { createEngine } from '../engine.js'
import { publicOnlyFetch } from '../public-fetch.js'
import { createMcpServer, errorReply, rpcErrors, type JsonRpcReply } from './server.js'

/**
 * `txdoctor mcp`: the same tools as POST /mcp, for an agent that starts txdoctor as a subprocess. MCP's stdio
 * transport: one JSON-RPC message per line on stdin, one per line on stdout; nothing else may touch stdout.
 */
export async function serveMcpOverStdio(config: Config): Promise<void> {
  const server = createMcpServer(createEngine({ config, store: new FilePendingStore(), gatewayFetch: publicOnlyFetch() }))
  const send = (reply: JsonRpcReply) => process.stdout.write(`${JSON.stringify(reply)}\n`)
  const inFlight = new Set<Promise<void>>()

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  lines.on('line', (line) => {
    if (!line.trim()) return
    let message: unknown
    try {
      message = JSON.parse(line)
    } catch {
      return void send(errorReply(null, rpcErrors.parse, 'Each line must be one JSON-RPC 2.0 message.'))
    }
    // Each message is handled on its own, so a slow approvals scan does not hold up a ping; ids pair the replies.
    const handling = server.handle(message).then((reply) => void (reply && send(reply)))
    inFlight.add(handling)
    void handling.finally(() => inFlight.delete(handling))
  })
  // The client ends the session by closing our stdin: finish what was asked, then leave rather than wait to be killed.
  lines.once('close', () => void Promise.allSettled(inFlight).then(() => process.exit(0)))
}

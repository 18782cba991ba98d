import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { Config } from '../config/config.js'
import { FilePendingStore } from '../cli/file-store.js'
import { createEngine } from '../engine.js'
import { createMcpServer } from './server.js'

/** `txdoctor mcp`: the same tools as POST /mcp, for an agent that starts txdoctor as a subprocess. */
export async function serveMcpOverStdio(config: Config): Promise<void> {
  const server = createMcpServer(createEngine({ config, store: new FilePendingStore() }))
  const transport = new StdioServerTransport()
  // The client ends the session by closing our stdin: leave then, rather than waiting to be killed.
  process.stdin.once('end', () => void server.close().finally(() => process.exit(0)))
  await server.connect(transport)
}

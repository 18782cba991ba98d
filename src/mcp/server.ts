import * as z from 'zod'
import type { Engine } from '../engine.js'
import { version } from '../version.js'
import { toolError, tools, type CallContext, type Tool } from './tools.js'

/**
 * The Model Context Protocol, server side, for a stateless tools-only server: JSON-RPC 2.0 messages in, replies
 * out, the same for Streamable HTTP (src/http/mcp.ts) and stdio (stdio.ts).
 *
 * Why not the official SDK's server: for these five methods it brought ajv, zod 3 and a JSON-Schema converter
 * into the Worker — 81 KiB of its 350 KiB gzip budget. The official *client* still tests this server over both
 * transports (test/integration/mcp.test.ts), so compatibility is checked, not assumed.
 */

/** Newest first; we answer in the client's version when we know it, else in our newest. */
export const protocolVersions = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'] as const

type Id = string | number | null
export type JsonRpcReply = { jsonrpc: '2.0'; id: Id } & ({ result: unknown } | { error: { code: number; message: string } })

/** JSON-RPC's own error codes. */
export const rpcErrors = { parse: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602, internal: -32603 } as const

export type McpServer = {
  /** Handles one message; undefined for notifications and client responses, which get no reply. */
  handle(message: unknown, context?: CallContext): Promise<JsonRpcReply | undefined>
}

const listed = tools.map((tool) => ({
  name: tool.name,
  title: tool.title,
  description: tool.description,
  inputSchema: inputSchemaOf(tool),
  annotations: tool.annotations,
}))

export function createMcpServer(engine: Engine): McpServer {
  const methods: Record<string, (params: Record<string, unknown>, context: CallContext) => Promise<unknown> | unknown> = {
    initialize: (params) => ({
      protocolVersion: protocolVersions.find((v) => v === params.protocolVersion) ?? protocolVersions[0],
      capabilities: { tools: { listChanged: false } },
      serverInfo: { name: 'txdoctor', title: 'txdoctor', version },
      instructions: 'Diagnoses EVM transactions and addresses for a user: call diagnose with whatever they pasted; check_approvals when they fear a scam.',
    }),
    ping: () => ({}),
    'tools/list': () => ({ tools: listed }),
    'tools/call': (params, context) => callTool(engine, params, context),
  }

  return {
    async handle(message, context = {}) {
      if (!isObject(message) || message.jsonrpc !== '2.0') return errorReply(validId(message) ?? null, rpcErrors.invalidRequest, 'Expected a JSON-RPC 2.0 message.')
      // A response to a request we never send: nothing to answer.
      if (!('method' in message) && ('result' in message || 'error' in message)) return undefined
      const id = validId(message)
      if ('id' in message && id === undefined) return errorReply(null, rpcErrors.invalidRequest, 'id must be a string or a number.')
      if (typeof message.method !== 'string') return errorReply(id ?? null, rpcErrors.invalidRequest, 'method must be a string.')
      if (id === undefined) return undefined // a notification: initialized, cancelled, …
      const method = Object.hasOwn(methods, message.method) ? methods[message.method] : undefined
      if (!method) return errorReply(id, rpcErrors.methodNotFound, `Method not found: ${message.method.slice(0, 80)}.`)
      const params = message.params ?? {}
      if (!isObject(params)) return errorReply(id, rpcErrors.invalidParams, 'params must be an object.')
      try {
        return { jsonrpc: '2.0', id, result: await method(params, context) }
      } catch (error) {
        if (error instanceof ProtocolError) return errorReply(id, error.code, error.message)
        return errorReply(id, rpcErrors.internal, 'txdoctor failed unexpectedly.')
      }
    },
  }
}

async function callTool(engine: Engine, params: Record<string, unknown>, context: CallContext) {
  const tool = tools.find((t) => t.name === params.name)
  if (!tool) throw new ProtocolError(rpcErrors.invalidParams, `Unknown tool: ${typeof params.name === 'string' ? params.name.slice(0, 80) : `(a ${typeof params.name})`}. Tools: ${tools.map((t) => t.name).join(', ')}.`)
  const args = tool.input.safeParse(params.arguments ?? {})
  // Wrong arguments are the model's to correct, so they come back as a tool error it reads, not a protocol error.
  if (!args.success) return toolError(`BAD_ARGUMENTS: ${args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}`)
  return tool.run(engine, args.data, context)
}

/** The tool's arguments as JSON Schema, from the same zod schema that validates them. */
function inputSchemaOf(tool: Tool): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(tool.input, { io: 'input' })
  return schema
}

class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

/** A JSON-RPC error reply; `id` is null when the message that caused it could not be read. */
export function errorReply(id: Id, code: number, message: string): JsonRpcReply {
  return { jsonrpc: '2.0', id, error: { code, message } }
}

/**
 * The message's id when it is one JSON-RPC allows here: a string or a number (MCP forbids null ids). Undefined
 * when absent or of another type; the caller tells those apart.
 */
function validId(message: unknown): string | number | undefined {
  const id = isObject(message) ? message.id : undefined
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

import * as z from 'zod'
import { allFindingCodes, severities } from './codes.js'
import { langs, levels } from './types.js'

/**
 * The answer object of DESIGN §5 as a schema: the HTTP API's OpenAPI document is generated from it, and the
 * tests check every channel's output against it.
 */
const chainRef = z.object({ id: z.number().int(), name: z.string() })

export const findingSchema = z.object({
  code: z.enum(allFindingCodes as [string, ...string[]]),
  severity: z.enum(severities),
  title: z.string(),
  body: z.string(),
  actions: z.array(z.string()),
  facts: z.record(z.string(), z.unknown()),
})

export const answerSchema = z
  .object({
    input: z.string(),
    kind: z.enum(['transaction', 'address', 'approvals', 'rpc']),
    chain: chainRef.nullable(),
    status: z.string(),
    severity: z.enum(severities),
    headline: z.string(),
    about: z.string().nullable(),
    findings: z.array(findingSchema),
    facts: z.record(z.string(), z.unknown()),
    details: z.array(z.object({ key: z.string(), label: z.string(), value: z.string(), link: z.string().optional() }).strict()),
    untrusted: z.object({ revertReason: z.string().optional(), tokenSymbols: z.array(z.string()).optional(), tokenNames: z.array(z.string()).optional() }).strict(),
    handoff: z.string(),
    level: z.enum(levels),
    lang: z.enum(langs),
    meta: z
      .object({
        rpcRequests: z.number().int(),
        rpcCalls: z.number().int(),
        roundTrips: z.number().int(),
        durationMs: z.number(),
        partial: z.boolean(),
        checkedChains: z.array(z.number().int()),
        version: z.string(),
        cached: z.boolean().optional(),
      })
      .strict(),
  })
  .strict()

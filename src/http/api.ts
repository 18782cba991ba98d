import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import * as z from 'zod'
import type { Context } from 'hono'
import { answerSchema } from '../core/answer-schema.js'
import { allFindingCodes } from '../core/codes.js'
import { InputError, type InputReason } from '../core/errors.js'
import { toJsonSafe } from '../core/json.js'
import { findChain } from '../config/chains.js'
import type { Engine } from '../engine.js'
import { cacheControl } from './cache.js'
import { chainsHealth } from './chains-health.js'
import { negotiateLang } from './language.js'
import { inRequestedLanguage, problemOf, problemResponse } from './problem.js'
import { clientOf } from './rate-limit.js'

const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), code: z.string(), detail: z.string(), hint: z.string().optional() })
  .openapi('Problem')

/** Path parameters (a hash, an address) in plain words, not the validation library's. */
const tooLongPath = { error: 'A transaction hash or an address is at most 200 characters.' }

const options = {
  chain: z.string().max(40, { error: 'chain is at most 40 characters: a chain id or name such as 1, eth or base.' }).optional().openapi({ description: 'Chain id or name to look on first (1, eth, base, arb, …).', example: 'base' }),
  level: z.enum(['novice', 'expert'], { error: 'level takes novice or expert.' }).default('novice').openapi({ description: 'novice: plain words. expert: exact numbers and fixes.' }),
  lang: z.enum(['en', 'zh-CN', 'zh'], { error: 'lang takes en or zh-CN.' }).optional().openapi({ description: 'Language; defaults to Accept-Language, then English.' }),
}
const query = z.object({ q: z.string({ error: 'Nothing to check: put a transaction hash, an address or a link in q.' }).min(1, { error: 'Nothing to check: q is empty.' }).max(512, { error: 'q is at most 512 characters.' }).openapi({ description: 'What the user pasted: hash, address, ENS name, explorer link, …', example: '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b' }), ...options })

const answer = answerSchema.extend({ findings: z.array(answerSchema.shape.findings.element.extend({ code: z.enum(allFindingCodes as [string, ...string[]]) })) }).openapi('Answer')
const answered = { content: { 'application/json': { schema: answer } }, description: 'The diagnosis, rendered for the level and language asked.' }
const problems = {
  400: { content: { 'application/problem+json': { schema: problemSchema } }, description: 'The input or a parameter is not valid; `hint` says what is expected.' },
  503: { content: { 'application/problem+json': { schema: problemSchema } }, description: 'No node of the chains asked answered.' },
}

const routes = {
  diagnose: createRoute({ method: 'get', path: '/v1/diagnose', summary: 'Diagnose whatever the user pasted', description: 'Classifies `q` (transaction hash, address, ENS name, explorer link, another network’s address) and diagnoses it.', request: { query }, responses: { 200: answered, ...problems } }),
  tx: createRoute({ method: 'get', path: '/v1/tx/{hash}', summary: 'Diagnose a transaction', request: { params: z.object({ hash: z.string().max(200, tooLongPath).openapi({ param: { name: 'hash', in: 'path' }, example: '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b' }) }), query: z.object(options) }, responses: { 200: answered, ...problems } }),
  address: createRoute({ method: 'get', path: '/v1/address/{address}', summary: 'Diagnose an address (any network’s, or an ENS name)', request: { params: z.object({ address: z.string().max(200, tooLongPath).openapi({ param: { name: 'address', in: 'path' }, example: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }) }), query: z.object(options) }, responses: { 200: answered, ...problems } }),
  approvals: createRoute({ method: 'get', path: '/v1/address/{address}/approvals', summary: 'Standing token approvals of an address, with their risks', description: 'Scans the approval history of the address (token Approval and ApprovalForAll, Permit2) on each enabled chain, keeps what still holds, and flags risky spenders. Can take several seconds on long histories.', request: { params: z.object({ address: z.string().max(200, tooLongPath).openapi({ param: { name: 'address', in: 'path' }, example: '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045' }) }), query: z.object(options) }, responses: { 200: answered, ...problems } }),
  stats: createRoute({
    method: 'get',
    path: '/v1/stats',
    summary: 'What users ask about, per hour',
    description: 'Counts of finding codes, channels, answer kinds and chains per hour over the last 48 hours of this instance. No addresses, hashes or inputs are kept.',
    responses: { 200: { content: { 'application/json': { schema: z.object({ hours: z.array(z.object({ hour: z.string(), answers: z.number(), channels: z.record(z.string(), z.number()), codes: z.record(z.string(), z.number()), chains: z.record(z.string(), z.number()), kinds: z.record(z.string(), z.number()) })) }).openapi('Stats') } }, description: 'Hourly counts, oldest first.' } },
  }),
  chains: createRoute({
    method: 'get',
    path: '/v1/chains',
    summary: 'Enabled chains and the live health of their nodes',
    responses: {
      200: {
        content: { 'application/json': { schema: z.object({ chains: z.array(z.object({ id: z.number(), key: z.string(), name: z.string(), nodes: z.array(z.object({ endpoint: z.string(), ok: z.boolean(), chainId: z.number().optional(), head: z.string().optional(), latencyMs: z.number().optional(), problem: z.string().optional() })) })) }).openapi('Chains') } },
        description: 'One entry per enabled chain; each node is probed (chain id and head) within a short timeout.',
      },
    },
  }),
}

type Options = { chain?: string | undefined; level: 'novice' | 'expert'; lang?: string | undefined; approvals?: boolean }

/** The JSON API: the same engine as every other channel, validated with zod, documented by the same schemas. */
export function apiRoutes(engine: Engine): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        // The schema's own messages are written for people (the validation library's defaults are not).
        const detail = result.error.issues.map((i) => i.message).join(' ')
        const error = new InputError(detail, 'See /openapi.json for the parameters each endpoint takes.', reasonOf(result.error.issues))
        return problemResponse(c, inRequestedLanguage(c, problemOf(error), error))
      }
    },
  })

  const respond = async (c: Context, input: string, o: Options, expect?: 'transaction' | 'address') => {
    const lang = negotiateLang(o.lang, c.req.header('accept-language'))
    const result = await engine.ask(input, { chain: o.chain, level: o.level, lang, approvals: o.approvals, expect, channel: 'api', client: clientOf(c) })
    const chain = result.chain ? findChain(String(result.chain.id), engine.config.knownChains) : undefined
    c.header('cache-control', cacheControl(result, chain?.blockTimeSeconds))
    c.header('vary', 'accept-language')
    return c.json(toJsonSafe(result) as never, 200)
  }

  api.openapi(routes.diagnose, (c) => {
    const { q, ...o } = c.req.valid('query')
    return respond(c, q, o)
  })
  api.openapi(routes.tx, (c) => respond(c, c.req.valid('param').hash, c.req.valid('query'), 'transaction'))
  api.openapi(routes.address, (c) => respond(c, c.req.valid('param').address, c.req.valid('query'), 'address'))
  api.openapi(routes.approvals, (c) => respond(c, c.req.valid('param').address, { ...c.req.valid('query'), approvals: true }))
  api.openapi(routes.chains, async (c) => c.json({ chains: await chainsHealth(engine.config) }, 200))
  api.openapi(routes.stats, (c) => c.json(engine.usage.snapshot(), 200))
  return api
}

/** What was wrong with `q`, when that is what failed: the reason a reader's language words (src/explain/error-words.ts). */
function reasonOf(issues: readonly { path: readonly PropertyKey[]; code: string; maximum?: unknown }[]): InputReason | undefined {
  const q = issues.find((i) => i.path[0] === 'q')
  if (q?.code === 'too_small' || q?.code === 'invalid_type') return { reason: 'empty' }
  return undefined
}

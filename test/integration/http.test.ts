import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerSchema } from '../../src/core/answer-schema.js'
import { allFindingCodes } from '../../src/core/codes.js'
import { createEngine } from '../../src/engine.js'
import { createApp } from '../../src/http/app.js'
import { forwardedClientKey } from '../../src/http/client-key.js'
import { MemoryLimiter } from '../../src/http/rate-limit.js'
import { MemoryDiagnosisCache } from '../../src/store/diagnosis-cache.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'

let lab: Lab
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  lab = await startLab()
  app = createApp(createEngine({ config: lab.config }))
})
afterAll(() => lab?.stop())

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers })

describe('HTTP API (the same app as on Workers, tested with app.request)', () => {
  test('GET /v1/diagnose answers with the DESIGN §5 object, CORS open', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const response = await get(`/v1/diagnose?q=${hash}&level=expert`)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const answer = answerSchema.parse(await response.json())
    expect(answer).toMatchObject({ kind: 'transaction', status: 'success', level: 'expert', lang: 'en' })
    expect(response.headers.get('cache-control')).toBe('public, max-age=15') // not final yet
  })

  test('a final transaction is cached as immutable; a pending one for about a block', async () => {
    const { hash } = await scenario.nativeTransfer(lab)
    await lab.rpc(lab.a, 'anvil_mine', ['0x80'])
    expect((await get(`/v1/tx/${hash}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    await scenario.setAutomine(lab, lab.a, false)
    const pending = await scenario.healthyPending(lab)
    expect((await get(`/v1/tx/${pending.hash}`)).headers.get('cache-control')).toBe('public, max-age=1')
    await scenario.setAutomine(lab, lab.a, true)
  })

  test('Accept-Language picks Chinese; an explicit lang wins', async () => {
    const zh = (await (await get('/v1/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).json()) as { lang: string; headline: string }
    expect(zh.lang).toBe('zh-CN')
    expect(zh.headline).toContain('波场')
    const en = (await (await get('/v1/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t?lang=en', { 'accept-language': 'zh-CN' })).json()) as { lang: string }
    expect(en.lang).toBe('en')
  })

  test.each([
    ['/v1/diagnose?q=hello', 400, 'BAD_INPUT', /not a transaction hash/],
    ['/v1/diagnose', 400, 'BAD_INPUT', /Nothing to check: put a transaction hash/],
    ['/v1/diagnose?q=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t&level=guru', 400, 'BAD_INPUT', /level/],
    [`/v1/tx/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t`, 400, 'BAD_INPUT', /not a transaction hash/],
    [`/v1/diagnose?q=${'a'.repeat(600)}`, 400, 'BAD_INPUT', /512/],
    ['/nowhere', 404, 'NOT_FOUND', /Nothing at \/nowhere/],
  ])('%s → %i problem+json', async (path, status, code, detail) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as { code: string; detail: string; status: number; hint?: string }
    expect(problem).toMatchObject({ code, status })
    expect(problem.detail).toMatch(detail)
  })

  test('GET /v1/address/{address}/approvals lists standing approvals and flags the risky ones', async () => {
    const s = await scenario.approvalHistory(lab)
    const response = await get(`/v1/address/${s.owner}/approvals?chain=31337`)
    expect(response.status).toBe(200)
    const answer = answerSchema.parse(await response.json())
    expect(answer).toMatchObject({ kind: 'approvals', status: 'checked', severity: 'danger' })
    expect(answer.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['APPROVAL_TO_EOA', 'APPROVAL_FLAGGED_SPENDER', 'APPROVAL_FOR_ALL', 'APPROVAL_PERMIT2']))
    expect((await get('/v1/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t/approvals')).status).toBe(400)
  })

  test('GET /v1/chains reports each node’s health', async () => {
    const body = (await (await get('/v1/chains')).json()) as { chains: { id: number; nodes: { ok: boolean; chainId: number }[] }[] }
    expect(body.chains.map((c) => c.id)).toEqual([31337, 31338])
    expect(body.chains[0]!.nodes[0]).toMatchObject({ ok: true, chainId: 31337 })
  })

  test('GET /openapi.json is a valid OpenAPI 3.1 document with the finding codes as an enum', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }
    const result = await new Validator().validate(doc as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(['/v1/address/{address}', '/v1/address/{address}/approvals', '/v1/chains', '/v1/diagnose', '/v1/stats', '/v1/tx/{hash}'])
    expect(JSON.stringify(doc.components.schemas.Answer)).toContain(JSON.stringify(allFindingCodes))
  })

  test('rate limiting per client: 429 problem+json with Retry-After; other clients and health checks unaffected', async () => {
    // Behind one trusted proxy, the address it appends names the client (the socket would be the proxy's).
    const limitedApp = createApp(createEngine({ config: lab.config }), { limiter: new MemoryLimiter(3), clientKey: forwardedClientKey(1, () => '10.0.0.2') })
    const ask = (ip: string) => limitedApp.request('/v1/diagnose?q=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', { headers: { 'x-forwarded-for': ip } })
    for (let i = 0; i < 3; i++) expect((await ask('203.0.113.7')).status).toBe(200)
    const refused = await ask('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 })
    expect((await ask('198.51.100.1')).status).toBe(200)
    expect((await limitedApp.request('/healthz', { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200)
  })

  test('settled answers are cached as diagnoses and re-rendered for any level and language; recent ones are not', async () => {
    const cachedApp = createApp(createEngine({ config: lab.config, cache: new MemoryDiagnosisCache() }))
    const fetchAnswer = async (path: string) => answerSchema.parse(await (await cachedApp.request(path)).json())
    const { hash } = await scenario.failedSwap(lab, 'deadline')
    await lab.rpc(lab.a, 'anvil_mine', ['0x80'])
    const first = await fetchAnswer(`/v1/tx/${hash}`)
    expect(first.meta.rpcRequests).toBeGreaterThan(0)
    const again = await fetchAnswer(`/v1/tx/${hash}?lang=zh-CN&level=expert`)
    expect(again.meta).toMatchObject({ cached: true, rpcRequests: 0 })
    expect(again.findings.map((f) => f.code)).toEqual(first.findings.map((f) => f.code))
    expect(again.lang).toBe('zh-CN')
    expect(again.headline).toBe('回滚：已过截止时间')

    const recent = await scenario.nativeTransfer(lab) // not final yet: must be asked again
    await fetchAnswer(`/v1/tx/${recent.hash}`)
    expect((await fetchAnswer(`/v1/tx/${recent.hash}`)).meta.cached).toBeUndefined()
  })

  test('/docs, /codes and /healthz', async () => {
    expect(await (await get('/docs')).text()).toContain('GET /v1/diagnose')
    const codes = await (await get('/codes')).text()
    for (const code of allFindingCodes) expect(codes).toContain(code)
    const one = await (await get('/codes/TX_PENDING_NONCE_GAP')).text()
    expect(one).toMatch(/Your transfer is waiting for (an earlier one|\d+ earlier transfers) that ha(s|ve) not arrived\./)
    expect(one).toMatch(/你的转账在等(一笔| \d+ 笔)更早的、网络还没有收到的转账。/)
    expect((await get('/codes/NOPE')).status).toBe(404)
    expect(await (await get('/healthz')).json()).toMatchObject({ ok: true })
  })

  test('the web form works without JavaScript: a GET with the answer rendered, escaped, under a strict CSP', async () => {
    const { hash } = await scenario.hostileTokenTransfer(lab)
    const response = await get(`/?q=${hash}&level=novice&lang=en`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const page = await response.text()
    expect(page).toContain('The transfer went through.')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(page).not.toMatch(/<a [^>]*href="[^"]*evil\.xyz/)
  })

  test('the web form shows a bad input as a message, with status 400', async () => {
    const response = await get('/?q=hello')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('is not a transaction hash, an address or a name txdoctor recognises.')
  })
})

import { afterAll, beforeAll, expect, test } from 'vitest'
import { answerSchema } from '../../src/core/answer-schema.js'
import { freePort } from '../harness/anvil.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { startProcess } from '../helpers/processes.js'

/** The Worker, bundled by wrangler and run by workerd (`wrangler dev`, local only), against a real local node. */
let lab: Lab
let worker: Awaited<ReturnType<typeof startProcess>>
let url: string

beforeAll(async () => {
  lab = await startLab()
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  worker = await startProcess(
    process.execPath,
    ['node_modules/wrangler/bin/wrangler.js', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--var', 'TXDOCTOR_CHAINS:31337,31338', '--var', `TXDOCTOR_RPC_31337:${lab.a.url}`, '--var', `TXDOCTOR_RPC_31338:${lab.b.url}`, '--log-level', 'info'],
    { env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' }, ready: /Ready on http/ },
  )
}, 120_000)
afterAll(async () => {
  await worker?.stop()
  await lab?.stop()
})

test('workerd serves a real diagnosis from the local node', async () => {
  const { hash } = await scenario.failedSwap(lab, 'slippage')
  const response = await fetch(`${url}/v1/diagnose?q=${hash}&level=expert`)
  expect(response.status).toBe(200)
  const answer = answerSchema.parse(await response.json())
  expect(answer.findings.map((f) => f.code)).toEqual(['TX_FAILED_SLIPPAGE'])
  expect(answer.meta.roundTrips).toBeLessThanOrEqual(2)
})

test('workerd answers the wrong-network case across both chains', async () => {
  const { hash } = await scenario.nativeTransfer(lab, lab.b)
  const answer = answerSchema.parse(await (await fetch(`${url}/v1/tx/${hash}?chain=31337`)).json())
  expect(answer.findings[0]!.code).toBe('TX_ON_OTHER_CHAIN')
})

test('workerd returns problem+json for bad input and serves the web form', async () => {
  const bad = await fetch(`${url}/v1/diagnose?q=hello`)
  expect(bad.status).toBe(400)
  expect(bad.headers.get('content-type')).toBe('application/problem+json')
  const page = await (await fetch(`${url}/?q=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t&lang=zh-CN`)).text()
  expect(page).toContain('这是一个波场（TRON）地址')
})

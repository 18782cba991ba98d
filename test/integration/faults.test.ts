import type { ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { NoNodeReachableError } from '../../src/core/errors.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { startFakeNode } from '../helpers/fake-node.js'

/**
 * Public nodes misbehave. For each way, a diagnosis must still answer within its deadline: correctly, through
 * the next node, or honestly flagged when no node of a chain answered.
 */
let lab: Lab
let hash: string
const closers: (() => Promise<void>)[] = []
beforeAll(async () => {
  lab = await startLab()
  hash = (await scenario.nativeTransfer(lab)).hash
})
afterAll(async () => {
  await Promise.all(closers.map((c) => c()))
  await lab?.stop()
})

/** How each misbehaviour looks, and the RPC_* finding it is reported as when it is (rate limits are). */
const modes: [string, (res: ServerResponse) => void, string?][] = [
  ['HTTP 500 with an HTML page', (res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>')],
  ['HTTP 502 from a gateway', (res) => res.writeHead(502).end('Bad Gateway')],
  ['HTTP 200 with an HTML page', (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Just a moment...</title>')],
  ['malformed JSON', (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"jsonrpc":"2.0","result":')],
  ['429 without Retry-After', (res) => res.writeHead(429).end('Too Many Requests'), 'RPC_RATE_LIMITED'],
  ['429 with Retry-After: 30', (res) => res.writeHead(429, { 'retry-after': '30' }).end('Too Many Requests'), 'RPC_RATE_LIMITED'],
  ['a hang', () => {}],
]

async function misbehaving(mode: (res: ServerResponse) => void) {
  const fake = await startFakeNode({ chainId: 31337, http: (_, res) => (mode(res), true) })
  closers.push(fake.close)
  return fake.url
}

describe.each(modes)('a node answering with %s', (_, mode, reported) => {
  test('is passed over for the next node: the right answer, in time', async () => {
    const bad = await misbehaving(mode)
    const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: `${bad},${lab.a.url}`, TXDOCTOR_RPC_TIMEOUT_MS: '800', TXDOCTOR_TIMEOUT_MS: '5000' })
    const started = performance.now()
    const diagnosis = await diagnose(hash, {}, { config })
    expect(diagnosis.findings[0]!.code).toBe('TX_SUCCESS')
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  test('as the only node of one chain: the other chain answers, the answer says what is missing, in time', async () => {
    const bad = await misbehaving(mode)
    const config = loadConfig({ TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: bad, TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_RPC_TIMEOUT_MS: '800', TXDOCTOR_TIMEOUT_MS: '3000' })
    const started = performance.now()
    const diagnosis = await diagnose(`0x${'9a'.repeat(32)}`, {}, { config })
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND', ...(reported ? [reported] : []), 'DIAGNOSIS_PARTIAL'])
    expect(diagnosis.meta.partial).toBe(true)
    expect(performance.now() - started).toBeLessThan(3_500)
  })

  test('as the only node at all: "no node reachable", in time', async () => {
    const bad = await misbehaving(mode)
    const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: bad, TXDOCTOR_RPC_TIMEOUT_MS: '800', TXDOCTOR_TIMEOUT_MS: '3000' })
    const started = performance.now()
    await expect(diagnose(hash, {}, { config })).rejects.toThrow(NoNodeReachableError)
    expect(performance.now() - started).toBeLessThan(3_500)
  })
})

test('a node that asks to retry after 30 s is not waited for: reported as rate-limited, answered at once', async () => {
  const limited = await misbehaving((res) => res.writeHead(429, { 'retry-after': '30' }).end('Too Many Requests'))
  const config = loadConfig({ TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: limited, TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_TIMEOUT_MS: '10000' })
  const started = performance.now()
  const diagnosis = await diagnose(`0x${'9b'.repeat(32)}`, {}, { config })
  expect(performance.now() - started).toBeLessThan(1_500) // not the 10 s budget, let alone 30 s
  expect(diagnosis.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND', 'RPC_RATE_LIMITED', 'DIAGNOSIS_PARTIAL'])
  expect(diagnosis.findings.find((f) => f.code === 'RPC_RATE_LIMITED')!.facts).toMatchObject({ retryAfterSeconds: 30 })
})

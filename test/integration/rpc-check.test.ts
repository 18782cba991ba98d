import { execFile, execFileSync } from 'node:child_process'
import { toHex } from 'viem'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startLab, type Lab } from '../harness/lab.js'
import { deadUrl, startFakeNode } from '../helpers/fake-node.js'
import { startRpcProxy } from '../helpers/rpc-proxy.js'

/** `txdoctor rpc <url>`: the "I can't connect to the node" questions, against real and misbehaving nodes. */
let lab: Lab
const closers: (() => Promise<void>)[] = []
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'])
  lab = await startLab()
})
afterAll(async () => {
  await Promise.all(closers.map((c) => c()))
  await lab?.stop()
})

/** Runs the CLI without blocking this process, whose fake nodes must keep answering meanwhile. */
function rpc(url: string, ...args: string[]) {
  return new Promise<{ code: number; stderr: string; answer?: { status: string; findings: { code: string; facts: Record<string, unknown> }[] } }>((resolve) => {
    const env = { PATH: process.env.PATH ?? '', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_TIMEOUT_MS: '1500' }
    execFile(process.execPath, ['dist/cli.js', 'rpc', url, '--json', ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stderr, ...(stdout ? { answer: JSON.parse(stdout) } : {}) })
    })
  })
}

test('a healthy local node: RPC_HEALTHY with its chain and head', async () => {
  const { code, answer } = await rpc(lab.a.url, '--chain', '31337')
  expect(code).toBe(0)
  expect(answer).toMatchObject({ status: 'healthy', findings: [{ code: 'RPC_HEALTHY', facts: { chainId: 31337 } }] })
})

test('RPC_WRONG_CHAIN when the node serves another chain than the one named', async () => {
  expect((await rpc(lab.b.url, '--chain', '31337')).answer!.findings.map((f) => f.code)).toEqual(['RPC_WRONG_CHAIN'])
})

test('RPC_UNREACHABLE for a dead URL, quickly', async () => {
  const started = performance.now()
  const { answer } = await rpc(await deadUrl())
  expect(answer).toMatchObject({ status: 'unhealthy', findings: [{ code: 'RPC_UNREACHABLE' }] })
  expect(performance.now() - started).toBeLessThan(3_000)
})

test('RPC_RATE_LIMITED with Retry-After', async () => {
  const limited = await startFakeNode({ chainId: 31337, http: (_, res) => (res.writeHead(429, { 'retry-after': '30' }).end('Too Many Requests'), true) })
  closers.push(limited.close)
  expect((await rpc(limited.url)).answer!.findings).toEqual([expect.objectContaining({ code: 'RPC_RATE_LIMITED', facts: expect.objectContaining({ retryAfterSeconds: 30 }) })])
})

test('RPC_METHOD_MISSING for a node without tracing', async () => {
  const proxy = await startRpcProxy({ target: lab.a.url, refuse: ['debug_*'] })
  closers.push(proxy.close)
  const { answer } = await rpc(proxy.url, '--chain', '31337')
  expect(answer).toMatchObject({ status: 'healthy', findings: [{ code: 'RPC_METHOD_MISSING', facts: { methods: ['debug_traceTransaction'] } }] })
})

test('RPC_LAGGING for a node whose head is an hour old', async () => {
  const stale = await startFakeNode({
    chainId: 31337,
    answer: (call) => (call.method === 'eth_getBlockByNumber' ? { number: '0x1', timestamp: toHex(Math.floor(Date.now() / 1000) - 3_600) } : call.method === 'eth_chainId' ? undefined : []),
  })
  closers.push(stale.close)
  const lagging = (await rpc(stale.url, '--chain', '31337')).answer!.findings.find((f) => f.code === 'RPC_LAGGING')
  expect(lagging?.facts.secondsBehind).toBeGreaterThanOrEqual(3_599)
})

test('a URL that is not one exits 2', async () => {
  expect((await rpc('ftp://example')).code).toBe(2)
})

import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { execFile, execFileSync } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startServer } from '../../src/node.js'
import { freePort } from '../harness/anvil.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'

/** One engine, four channels: the same input must give the same codes on each. */
let lab: Lab
let server: Awaited<ReturnType<typeof startServer>>
let mcp: Client
const serverLog: string[] = []
const env = () => ({ TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: lab.b.url })

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'])
  lab = await startLab()
  server = await startServer({ port: await freePort(), env: env(), log: (line) => serverLog.push(line) })
  mcp = new Client({ name: 'channels-test', version: '1.0.0' })
  await mcp.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)))
})
afterAll(async () => {
  await mcp?.close()
  await server?.close()
  await lab?.stop()
})

const cli = (q: string) =>
  new Promise<string[]>((resolve, reject) =>
    execFile(process.execPath, ['dist/cli.js', q, '--json'], { env: { PATH: process.env.PATH ?? '', TXDOCTOR_STORE: '/dev/null/none', ...env() } }, (error, stdout) =>
      error ? reject(error) : resolve((JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)),
    ),
  )
const api = async (q: string) => ((await (await fetch(`${server.url}/v1/diagnose?q=${encodeURIComponent(q)}`)).json()) as { findings: { code: string }[] }).findings.map((f) => f.code)
const web = async (q: string) => [...(await (await fetch(`${server.url}/?q=${encodeURIComponent(q)}`)).text()).matchAll(/data-code="([A-Z_0-9]+)"/g)].map((m) => m[1]!)
const tool = async (q: string) => ((await mcp.callTool({ name: 'diagnose', arguments: { input: q } })).structuredContent as { findings: { code: string }[] }).findings.map((f) => f.code)

test('the CLI, the API, the web form and MCP give the same codes for the same input', async () => {
  const inputs = [
    (await scenario.failedSwap(lab, 'slippage')).hash,
    (await scenario.approval(lab, 'flagged')).hash,
    (await scenario.sendToContractOnOtherChain(lab)).hash,
    'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045',
    `0x${'ef'.repeat(32)}`,
  ]
  for (const q of inputs) {
    const [fromCli, fromApi, fromWeb, fromMcp] = await Promise.all([cli(q), api(q), web(q), tool(q)])
    expect(fromCli.length, q).toBeGreaterThan(0)
    expect({ api: fromApi, web: fromWeb, mcp: fromMcp }, q).toEqual({ api: fromCli, web: fromCli, mcp: fromCli })
  }
})

test('/v1/stats and /metrics count codes, channels and chains per hour, and keep no inputs', async () => {
  const { hash } = await scenario.tokenTransfer(lab)
  await api(hash)
  await web(hash)
  await tool(hash)
  const stats = (await (await fetch(`${server.url}/v1/stats`)).json()) as { hours: { hour: string; channels: Record<string, number>; codes: Record<string, number>; chains: Record<string, number> }[] }
  const hour = stats.hours.at(-1)!
  expect(hour.hour).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/)
  expect(hour.channels.api).toBeGreaterThanOrEqual(1)
  expect(hour.channels.web).toBeGreaterThanOrEqual(1)
  expect(hour.channels.mcp).toBeGreaterThanOrEqual(1)
  expect(hour.codes.TX_SUCCESS).toBeGreaterThanOrEqual(3)
  expect(hour.chains['31337']).toBeGreaterThanOrEqual(3)
  expect(JSON.stringify(stats)).not.toMatch(/0x[0-9a-fA-F]{8,}/) // no hashes, no addresses
  const metrics = await (await fetch(`${server.url}/metrics`)).text()
  expect(metrics).toMatch(/^txdoctor_findings_total\{code="TX_SUCCESS"\} \d+$/m)
  expect(metrics).toMatch(/^txdoctor_answers_total\{channel="mcp"\} \d+$/m)
})

test('the server logs no address, hash or input of anyone it answered', () => {
  expect(serverLog.length).toBeGreaterThan(0) // it did log (its start), so silence below is not a broken logger
  expect(serverLog.join('\n')).not.toMatch(/0x[0-9a-f]{8}|T[1-9A-HJ-NP-Za-km-z]{33}/i)
})

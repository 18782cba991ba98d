import { afterAll, beforeAll, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { NoNodeReachableError } from '../../src/core/errors.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { startAnvil, type Anvil } from '../harness/anvil.js'
import { startRpcProxy } from '../helpers/rpc-proxy.js'

/**
 * A node that fell behind: its newest block is ten minutes old and it has not seen recent transactions. On a
 * chain with steady blocks (a local node with Base's chain id stands in for Base), its "not found" must not
 * be the answer.
 */
let anvil: Anvil
let lagging: Awaited<ReturnType<typeof startRpcProxy>>
let hash: string

const rpc = async <result>(url: string, method: string, params: unknown[] = []) =>
  ((await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })).json()) as { result: result }).result

beforeAll(async () => {
  anvil = await startAnvil({ chainId: 8453 })
  const [from, to] = await rpc<string[]>(anvil.url, 'eth_accounts')
  hash = await rpc<string>(anvil.url, 'eth_sendTransaction', [{ from, to, value: '0x1000' }])
  const tenMinutesAgo = `0x${(Math.floor(Date.now() / 1000) - 600).toString(16)}`
  lagging = await startRpcProxy({
    target: anvil.url,
    answer: (call) => {
      if (call.method === 'eth_getBlockByNumber') return { jsonrpc: '2.0', id: call.id, result: { number: '0x0', timestamp: tenMinutesAgo } }
      if (call.method === 'eth_getTransactionByHash' || call.method === 'eth_getTransactionReceipt') return { jsonrpc: '2.0', id: call.id, result: null }
      return undefined
    },
  })
})
afterAll(async () => {
  await lagging?.close()
  await anvil?.stop()
})

test('a lagging first node is skipped for a current one: "found" wins, and the lag is reported', async () => {
  const config = loadConfig({ TXDOCTOR_CHAINS: '8453', TXDOCTOR_RPC_8453: `${lagging.url},${anvil.url}` })
  const started = Date.now()
  const diagnosis = await diagnose(hash, {}, { config })
  expect(Date.now() - started).toBeLessThan(2_000)
  const codes = diagnosis.findings.map((f) => f.code)
  expect(codes).toContain('TX_SUCCESS')
  expect(codes).not.toContain('TX_NOT_FOUND')
  const lag = diagnosis.findings.find((f) => f.code === 'RPC_LAGGING')
  expect(lag?.facts).toMatchObject({ endpoint: expect.stringContaining('127.0.0.1'), secondsBehind: expect.any(Number), inDiagnosis: true })
  expect((lag!.facts as { secondsBehind: number }).secondsBehind).toBeGreaterThanOrEqual(599)
  expect(diagnosis.meta.partial).toBe(false)
})

test('a chain whose only node lags gives no confident "not found": no current node, said so, in time', async () => {
  const config = loadConfig({ TXDOCTOR_CHAINS: '8453', TXDOCTOR_RPC_8453: lagging.url })
  const started = Date.now()
  const error = await diagnose(hash, {}, { config }).catch((e: unknown) => e)
  expect(Date.now() - started).toBeLessThan(2_000)
  expect(error).toBeInstanceOf(NoNodeReachableError)
  expect((error as NoNodeReachableError).shortMessage).toMatch(/^No node answered for Base \(http:\/\/127\.0\.0\.1:\d+ is about \d+ s behind the chain\)\.$/)
})

test('a current node is used as before, with the freshness proof in the same batch as the first call', async () => {
  const config = loadConfig({ TXDOCTOR_CHAINS: '8453', TXDOCTOR_RPC_8453: anvil.url })
  const diagnosis = await diagnose(hash, {}, { config })
  expect(diagnosis.findings.map((f) => f.code)).toContain('TX_SUCCESS')
  expect(diagnosis.findings.map((f) => f.code)).not.toContain('RPC_LAGGING')
  expect(diagnosis.meta.roundTrips).toBe(2)
})

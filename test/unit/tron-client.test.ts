import { afterEach, describe, expect, test } from 'vitest'
import { RpcStats } from '../../src/rpc/stats.js'
import { createTronClient, TronNodeError, TronUnavailableError } from '../../src/rpc/tron-client.js'
import { deadUrl } from '../helpers/fake-node.js'
import { startTronNode, tronScenarios, type TronNodeOptions } from '../helpers/tron-node.js'
import { tronFixture as withoutSource } from '../helpers/tron-fixtures.js'

/** The TRON client against a local node serving the recorded replies of fixtures/tron (and their malformed twins). */
const { transactions: tx, accounts } = tronScenarios
const started: { close: () => Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((n) => n.close()))
})

async function node(options: TronNodeOptions = tronScenarios.tables) {
  const n = await startTronNode(options)
  started.push(n)
  return n
}

function client(urls: string[], timeoutMs = 1_000) {
  const stats = new RpcStats()
  return { stats, tron: createTronClient({ id: 728126428, rpcUrls: urls }, { stats, timeoutMs }) }
}

describe('TRON client: recorded replies', () => {
  test('a transaction and its info, read and validated; every request counted', async () => {
    const n = await node()
    const { stats, tron } = client([n.url])
    const [t, info] = await Promise.all([tron.transaction(tx.usdtOutOfEnergyNoTrx.id), tron.transactionInfo(tx.usdtOutOfEnergyNoTrx.id)])
    expect(t?.ret?.[0]?.contractRet).toBe('OUT_OF_ENERGY')
    expect(t?.raw_data.fee_limit).toBe(50_000_000)
    expect(info?.receipt).toMatchObject({ result: 'OUT_OF_ENERGY', energy_usage_total: 16 })
    expect(stats).toMatchObject({ requests: 2, calls: 2, roundTrips: 1 })
    expect(n.requests.map((r) => r.path).sort()).toEqual(['/wallet/gettransactionbyid', '/wallet/gettransactioninfobyid'])
  })

  test('an unknown id is {}: undefined, not an error', async () => {
    const n = await node()
    const { tron } = client([n.url])
    expect(await tron.transaction('ab'.repeat(32))).toBeUndefined()
    expect(await tron.transactionInfo('ab'.repeat(32), { solidified: true })).toBeUndefined()
    expect(n.requests.at(-1)?.path).toBe('/walletsolidity/gettransactioninfobyid')
  })

  test('accounts in base58 (visible), an account that does not exist, resources, parameters, a constant call', async () => {
    const n = await node()
    const { tron } = client([n.url])
    const ordinary = await tron.account(accounts.ordinary.address)
    expect(ordinary).toMatchObject({ address: accounts.ordinary.address, balance: 2_928_601_454 })
    expect(ordinary?.owner_permission?.keys).toEqual([{ address: accounts.ordinary.address, weight: 1 }])
    expect(await tron.account(accounts.unactivated.address)).toBeUndefined()
    expect(await tron.accountResource(accounts.stakedEnergy.address)).toMatchObject({ EnergyLimit: 4448, freeNetLimit: 600 })
    expect((await tron.chainParameters()).get('getEnergyFee')).toBe(420)
    const balance = await tron.call(tronScenarios.usdt, 'balanceOf(address)', `41${'2e1d447fa4169390cf5f5b3d12d380decfbfe20f'}`.padStart(64, '0'), accounts.ordinary.address)
    expect(BigInt(`0x${balance}`)).toBe(136_389_002n)
  })
})

describe('TRON client: the rules every node follows (fallback, rate limits, malformed replies)', () => {
  test('a dead endpoint is reported and the next one answers', async () => {
    const n = await node()
    const { stats, tron } = client([await deadUrl(), n.url])
    expect((await tron.transactionInfo(tx.usdtOutOfEnergyBurned.id))?.fee).toBe(16_500_120)
    expect(stats.problems.map((p) => p.code)).toEqual(['RPC_UNREACHABLE'])
  })

  test('a rate-limited endpoint (TronGrid’s recorded body) is reported as such, then skipped', async () => {
    const limited = await node({ rateLimited: true })
    const n = await node()
    const { stats, tron } = client([limited.url, n.url])
    await tron.transaction(tx.trxTransferNewAccount.id)
    await tron.transactionInfo(tx.trxTransferNewAccount.id)
    expect(stats.problems).toEqual([{ code: 'RPC_RATE_LIMITED', chainId: 728126428, facts: { endpoint: limited.url } }])
    // Once skipped, it is asked again only when no other endpoint is left.
    expect(limited.requests).toHaveLength(1)
  })

  test('the same body with HTTP 200 (how java-tron itself says it) is a rate limit too', async () => {
    const limited = await node({ malformed: () => JSON.stringify({ Error: 'request rate exceeded the allowed_rps(10), and the query server is suspended for 5 s' }) })
    const { stats, tron } = client([limited.url])
    await expect(tron.transaction(tx.trxTransferNewAccount.id)).rejects.toBeInstanceOf(TronUnavailableError)
    expect(stats.problems[0]?.code).toBe('RPC_RATE_LIMITED')
  })

  test.each([
    ['not JSON', '<html>502 Bad Gateway</html>'],
    ['a wrong type', JSON.stringify({ id: tx.trxTransferNewAccount.id, blockNumber: '75772270', blockTimeStamp: 1, receipt: {} })],
    ['a negative fee', JSON.stringify({ id: tx.trxTransferNewAccount.id, fee: -1, blockNumber: 1, blockTimeStamp: 1, receipt: {} })],
    ['a bad id', JSON.stringify({ id: 'zz', blockNumber: 1, blockTimeStamp: 1, receipt: {} })],
    ['an array', '[]'],
    ['null', 'null'],
    ['a log address that is not hex', JSON.stringify({ id: tx.trxTransferNewAccount.id, blockNumber: 1, blockTimeStamp: 1, receipt: {}, log: [{ address: 'TR7N', topics: [] }] })],
  ])('a malformed info reply (%s) is its endpoint’s problem: reported, and the next endpoint answers', async (_, body) => {
    const bad = await node({ malformed: () => body })
    const n = await node()
    const { stats, tron } = client([bad.url, n.url])
    expect((await tron.transactionInfo(tx.trxTransferNewAccount.id))?.fee).toBe(1_100_000)
    expect(stats.problems).toHaveLength(1)
    expect(stats.problems[0]).toMatchObject({ code: 'RPC_UNREACHABLE', facts: { endpoint: bad.url } })
  })

  test('malformed account replies: a key that is no address, a threshold that is text', async () => {
    for (const body of [
      { address: accounts.ordinary.address, owner_permission: { keys: [{ address: 'not-an-address', weight: 1 }] } },
      { address: accounts.ordinary.address, active_permission: [{ threshold: 'one', keys: [] }] },
    ]) {
      const bad = await node({ malformed: () => JSON.stringify(body) })
      const { tron } = client([bad.url])
      await expect(tron.account(accounts.ordinary.address)).rejects.toThrow(/malformed reply/)
    }
  })

  test('a node that refuses the request (java-tron’s {"Error": …}, HTTP 200, recorded) is not asked of the next node', async () => {
    const refusing = await node({ malformed: () => JSON.stringify({ Error: 'class java.lang.NullPointerException : null' }) })
    const n = await node()
    const { tron } = client([refusing.url, n.url])
    await expect(tron.account(accounts.ordinary.address)).rejects.toBeInstanceOf(TronNodeError)
    expect(n.requests).toHaveLength(0)
  })

  test('a node that never answers costs one timeout, then the next answers', async () => {
    const hanging = await node({ hang: true })
    const n = await node()
    const { stats, tron } = client([hanging.url, n.url], 300)
    const started = Date.now()
    expect(await tron.transaction(tx.trxTransferNewAccount.id)).toBeDefined()
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(stats.problems[0]).toMatchObject({ code: 'RPC_UNREACHABLE', facts: { error: 'no answer within 300 ms' } })
  })

  test('a route the node does not serve (404: /walletsolidity on a self-hosted node’s /wallet port) fails alone: the node keeps answering the rest first', async () => {
    const n = await node({ ...tronScenarios.tables, notServed: ['/walletsolidity/gettransactioninfobyid'] })
    const other = await node()
    const { stats, tron } = client([n.url, other.url])
    expect(await tron.transactionInfo(tx.trxTransferNewAccount.id, { solidified: true })).toBeDefined()
    expect(stats.problems[0]).toMatchObject({ code: 'RPC_UNREACHABLE', facts: { endpoint: n.url, error: 'HTTP 404: /walletsolidity/gettransactioninfobyid not served' } })
    await tron.transactionInfo(tx.trxTransferNewAccount.id)
    expect(n.requests.at(-1)?.path).toBe('/wallet/gettransactioninfobyid')
  })

  test('a reply about another transaction than the one asked for is that endpoint’s problem', async () => {
    const wrong = await node({ malformed: (path) => (path.endsWith('gettransactioninfobyid') ? JSON.stringify(withoutSource('gettransactioninfobyid-usdt-out-of-energy.json')) : undefined) })
    const n = await node()
    const { stats, tron } = client([wrong.url, n.url])
    expect((await tron.transactionInfo(tx.trxTransferNewAccount.id))?.id).toBe(tx.trxTransferNewAccount.id)
    expect(stats.problems[0]).toMatchObject({ code: 'RPC_UNREACHABLE', facts: { endpoint: wrong.url } })
  })

  test('a constant call that reverted (result true, but its transaction FAILED, as java-tron answers) is not read as a value', async () => {
    const reverted = { result: { result: true, message: 'REVERT opcode executed' }, constant_result: ['08c379a0'], transaction: { ret: [{ ret: 'FAILED' }] } }
    const n = await node({ malformed: () => JSON.stringify(reverted) })
    const { tron } = client([n.url])
    await expect(tron.call(tronScenarios.usdt, 'decimals()')).rejects.toBeInstanceOf(TronNodeError)
  })

  test('every endpoint failing is an error naming each reason', async () => {
    const { tron } = client([await deadUrl(), await deadUrl()])
    await expect(tron.transaction(tx.trxTransferNewAccount.id)).rejects.toThrow(/could not connect.*could not connect/)
  })
})

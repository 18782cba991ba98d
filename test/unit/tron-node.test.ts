import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, test } from 'vitest'
import { tronToHex } from '../../src/core/tron-address.js'
import { indexTronFixtures, tronFixtureDir } from '../helpers/tron-fixtures.js'
import { startTronNode, tronScenarios, type TronNodeOptions } from '../helpers/tron-node.js'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function node(options: TronNodeOptions = tronScenarios.tables) {
  const started = await startTronNode(options)
  closers.push(started.close)
  const post = async (path: string, body?: unknown, init: RequestInit = {}) => {
    const res = await fetch(`${started.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...init,
    })
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
  }
  const json = async (path: string, body?: unknown) => {
    const reply = await post(path, body)
    return { status: reply.status, body: JSON.parse(reply.text) as Record<string, unknown> }
  }
  return { ...started, post, json }
}

/** The file as recorded, `_source` and all: what the served body is compared with. */
const recorded = (file: string) => JSON.parse(readFileSync(new URL(file, tronFixtureDir), 'utf8')) as Record<string, unknown>
const withoutSource = (file: string) => {
  const { _source, ...body } = recorded(file)
  return body
}

const { transactions, accounts, usdt, trxDustPoisoning, tables } = tronScenarios
const ordinary = accounts.ordinary.address

describe('the fake TRON node serves the recordings and nothing else', () => {
  test.each(Object.entries(transactions))('%s: each recorded reply as its file has it, {} where none was recorded', async (_, scenario) => {
    const { json } = await node()
    const tx = await json('/wallet/gettransactionbyid', { value: scenario.id })
    const info = await json('/wallet/gettransactioninfobyid', { value: scenario.id })
    expect(tx.status).toBe(200)
    if (!('transaction' in scenario)) expect(tx.body).toEqual({})
    else if (scenario.transaction.startsWith('gettransactionbyid-')) expect(tx.body).toEqual(withoutSource(scenario.transaction))
    else expect(tx.body.txID).toBe(scenario.id)
    expect(info.body).toEqual('info' in scenario ? withoutSource(scenario.info) : {})
  })

  test('a TronGrid v1 record is served as the full node writes a transaction, values unchanged', async () => {
    const { json } = await node()
    for (const [scenario, ret] of [
      [transactions.usdtSuccessBurnedEnergy, [{ contractRet: 'SUCCESS', fee: 26420100 }]],
      // A zero fee is left out, as java-tron leaves out every zero field.
      [transactions.usdtOutOfEnergyNoTrx, [{ contractRet: 'OUT_OF_ENERGY' }]],
    ] as const) {
      const v1 = recorded(scenario.transaction)
      const { body } = await json('/wallet/gettransactionbyid', { value: scenario.id })
      expect(Object.keys(body)).toEqual(['ret', 'signature', 'txID', 'raw_data', 'raw_data_hex'])
      expect(body).toEqual({ ret, signature: v1.signature, txID: scenario.id, raw_data: v1.raw_data, raw_data_hex: v1.raw_data_hex })
    }
  })

  test('a page of v1 records (the dust-poisoning history) serves each of its transactions', async () => {
    const { json } = await node()
    const ids = [...Object.values(trxDustPoisoning.sends), ...Object.values(trxDustPoisoning.dust)]
    const page = recorded(trxDustPoisoning.file).data as { txID: string }[]
    expect(ids.sort()).toEqual(page.map((record) => record.txID).sort())
    for (const id of ids) {
      const { body } = await json('/wallet/gettransactionbyid', { value: id })
      expect(body.txID).toBe(id)
      expect(body.ret).toEqual(id === trxDustPoisoning.sends.toJMH ? [{ contractRet: 'SUCCESS', fee: 1100000 }] : [{ contractRet: 'SUCCESS' }])
      expect((await json('/wallet/gettransactioninfobyid', { value: id })).body).toEqual({})
    }
  })

  test('the scenario table names every recording the node can serve', () => {
    const { transactions: byId, infos } = indexTronFixtures()
    const named = new Set([...Object.values(transactions).flatMap((t) => Object.values(t)), trxDustPoisoning.file])
    for (const { file } of [...byId.values(), ...infos.values()]) expect(named, file).toContain(file)
    const tabled = new Set(Object.values(tables).flatMap((table) => Object.values(table)))
    const servedByTable = readdirSync(tronFixtureDir).filter((f) => /^(getaccount|getaccountresource|triggerconstantcontract)-/.test(f))
    for (const file of servedByTable.filter((f) => f !== 'getaccount-unactivated.json')) expect(tabled, file).toContain(file)
  })

  test('ids are read as java-tron reads hex; an unknown id gets {}; a request without one is not recorded', async () => {
    const { json } = await node()
    const id = transactions.trxTransferNewAccount.id
    expect((await json('/wallet/gettransactionbyid', { value: `0x${id.toUpperCase()}` })).body.txID).toBe(id)
    expect(await json('/wallet/gettransactioninfobyid', { value: 'ab'.repeat(32) })).toEqual({ status: 200, body: {} })
    expect(await json('/wallet/gettransactionbyid', {})).toEqual({
      status: 500,
      body: { Error: 'not recorded in fixtures: gettransactionbyid without a "value" string' },
    })
  })

  test('a transaction listed as unsolidified has no info on /walletsolidity yet, and has it on /wallet', async () => {
    const id = transactions.usdtOutOfEnergyNoTrx.id
    const { json } = await node({ unsolidified: [id] })
    expect((await json('/walletsolidity/gettransactioninfobyid', { value: id })).body).toEqual({})
    expect((await json('/wallet/gettransactioninfobyid', { value: id })).body.id).toBe(id)
    const other = transactions.usdtOutOfEnergyBurned.id
    expect((await json('/walletsolidity/gettransactioninfobyid', { value: other })).body.id).toBe(other)
  })

  test('accounts and resources come only from the table the test passes', async () => {
    const { json } = await node()
    expect(await json('/wallet/getaccount', { address: ordinary, visible: true })).toEqual({
      status: 200,
      body: withoutSource('getaccount-ordinary.json'),
    })
    const unactivated = accounts.unactivated.address
    expect((await json('/wallet/getaccount', { address: unactivated, visible: true })).body).toEqual({})
    expect((await json('/wallet/getaccountresource', { address: tronToHex(unactivated) })).body).toEqual({})
    expect((await json('/wallet/getaccountresource', { address: accounts.stakedEnergy.address, visible: true })).body).toEqual(
      withoutSource('getaccountresource-staked-energy.json'),
    )
    // Recorded with visible=true: asked with hex, a node would write every address in hex.
    expect(await json('/wallet/getaccount', { address: tronToHex(ordinary) })).toEqual({
      status: 500,
      body: { Error: `not recorded in fixtures: getaccount ${ordinary} with visible=false` },
    })
    expect(await json('/wallet/getaccount', { address: accounts.freeBandwidthOnly.address, visible: true })).toEqual({
      status: 500,
      body: { Error: `not recorded in fixtures: getaccount ${accounts.freeBandwidthOnly.address}` },
    })
    // A TronGrid v1 account page, served as getaccount: its one account without v1's trc20 list, values unchanged.
    const { data } = withoutSource('trongrid-v1-account-ledger-sender.json') as { data: Record<string, unknown>[] }
    const { trc20: _, ...account } = data[0]!
    expect((await json('/wallet/getaccount', { address: accounts.stakedEnergy.address, visible: true })).body).toEqual(account)
    expect((await json('/wallet/getaccountresource', { address: ordinary, visible: true })).status).toBe(500)
    const multisig = accounts.multisigActiveTestnet.address
    expect((await json('/wallet/getaccount', { address: multisig, visible: true })).body).toEqual(
      withoutSource('getaccount-testnet-multisig-active-abridged.json'),
    )
  })

  test('chain parameters, with an empty body or {}', async () => {
    const { json, post } = await node({})
    expect((await json('/wallet/getchainparameters', {})).body).toEqual(withoutSource('getchainparameters.json'))
    expect(JSON.parse((await post('/wallet/getchainparameters')).text)).toEqual(withoutSource('getchainparameters.json'))
  })

  test('balanceOf answers only the recorded call', async () => {
    const { json } = await node()
    const owner = tronToHex(ordinary)!
    const call = {
      owner_address: owner,
      contract_address: tronToHex(usdt),
      function_selector: 'balanceOf(address)',
      parameter: owner.slice(2).padStart(64, '0'),
      visible: false,
    }
    expect(await json('/wallet/triggerconstantcontract', call)).toEqual({
      status: 200,
      body: withoutSource('triggerconstantcontract-usdt-balanceof.json'),
    })
    const other = tronToHex(accounts.stakedEnergy.address)!
    expect((await json('/wallet/triggerconstantcontract', { ...call, owner_address: other, parameter: other.slice(2).padStart(64, '0') })).body).toEqual({
      Error: `not recorded in fixtures: triggerconstantcontract ${usdt} balanceOf(address) owner ${accounts.stakedEnergy.address}`,
    })
    expect((await json('/wallet/triggerconstantcontract', { ...call, parameter: other.slice(2).padStart(64, '0') })).status).toBe(500)
    expect((await json('/wallet/triggerconstantcontract', { ...call, visible: true })).status).toBe(500)
  })

  test('calls without arguments answer whoever asks; with an argument they are not recorded', async () => {
    const { json } = await node()
    const call = { owner_address: tronToHex(ordinary), contract_address: tronToHex(usdt), visible: false }
    for (const [selector, file] of [['decimals()', 'triggerconstantcontract-usdt-decimals.json'], ['symbol()', 'triggerconstantcontract-usdt-symbol.json']]) {
      expect(await json('/wallet/triggerconstantcontract', { ...call, function_selector: selector })).toEqual({ status: 200, body: withoutSource(file!) })
    }
    expect(await json('/wallet/triggerconstantcontract', { ...call, function_selector: 'decimals()', parameter: '00'.repeat(32) })).toEqual({
      status: 500,
      body: { Error: `not recorded in fixtures: triggerconstantcontract ${usdt} decimals()` },
    })
    expect((await json('/wallet/triggerconstantcontract', { ...call, function_selector: 'name()' })).status).toBe(500)
  })

  test('an unknown path is a plain 404, and a body that is not JSON is not recorded', async () => {
    const { post } = await node()
    expect(await post('/wallet/getnowblock', {})).toEqual({ status: 404, type: 'text/plain', text: 'Not Found' })
    expect((await post('/wallet/gettransactionbyid', undefined, { body: '{"value":' })).status).toBe(500)
  })
})

describe('misbehaviour a test asks for', () => {
  test('rate-limited: the recorded TronGrid body, with 429 unless another status is asked for', async () => {
    const rateLimit = withoutSource('error-trongrid-rate-limit.json')
    expect(await (await node({ ...tronScenarios.tables, rateLimited: true })).json('/wallet/getchainparameters', {})).toEqual({ status: 429, body: rateLimit })
    expect((await (await node({ rateLimited: 503 })).json('/wallet/getaccount', {})).status).toBe(503)
  })

  test('malformed: the raw body replaces the recording on the paths the test picks', async () => {
    const { post } = await node({ ...tronScenarios.tables, malformed: (path) => (path === '/wallet/gettransactionbyid' ? '{"ret":' : undefined) })
    expect(await post('/wallet/gettransactionbyid', { value: transactions.revert2019.id })).toEqual({ status: 200, type: 'application/json', text: '{"ret":' })
    expect((await post('/wallet/getchainparameters', {})).status).toBe(200)
  })

  test('delayed and hanging nodes; every request is recorded with its parsed body', async () => {
    const slow = await node({ delayMs: 150 })
    const started = Date.now()
    await slow.post('/wallet/getchainparameters', {})
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)

    const hanging = await node({ hang: true })
    await expect(hanging.post('/wallet/getchainparameters', {}, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect(hanging.requests).toEqual([{ path: '/wallet/getchainparameters', body: {} }])

    const { json, requests } = await node()
    await json('/wallet/getaccount?visible=true', { address: ordinary, visible: true })
    expect(requests).toEqual([{ path: '/wallet/getaccount', body: { address: ordinary, visible: true } }])
  })
})

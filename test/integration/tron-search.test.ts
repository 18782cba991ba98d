import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { InputError, NoNodeReachableError } from '../../src/core/errors.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { deadUrl } from '../helpers/fake-node.js'
import { startTronNode, tronScenarios } from '../helpers/tron-node.js'

/**
 * Where a pasted id is looked for, with TRON on: a 64-hex id with no network named is asked of the EVM chains (real
 * anvil nodes, on both node profiles) and of TRON (a local node serving recorded replies) at once.
 */
let lab: Lab
let tronNode: Awaited<ReturnType<typeof startTronNode>>
beforeAll(async () => {
  ;[lab, tronNode] = await Promise.all([startLab(), startTronNode(tronScenarios.tables)])
})
afterAll(async () => {
  await Promise.all([lab?.stop(), tronNode?.close()])
})

const { transactions: t, accounts } = tronScenarios
const config = (tronUrls?: string[]) =>
  loadConfig({ TXDOCTOR_CHAINS: '31337,31338,tron', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_RPC_TIMEOUT_MS: '1000', TXDOCTOR_RPC_TRON: (tronUrls ?? [tronNode.url]).join(',') })
const run = (q: string, options: { chain?: string } = {}, tronUrls?: string[]) => diagnose(q, options, { config: config(tronUrls) })

describe('a 64-hex id with no network named: EVM chains and TRON at once', () => {
  test('a TRON id (no 0x) is found on TRON, asked beside the EVM chains; the answer does not wait for them', async () => {
    const before = tronNode.requests.length
    const d = await run(t.usdtOutOfEnergyNoTrx.id)
    expect(d).toMatchObject({ kind: 'transaction', status: 'failed', chain: { id: 728126428, name: 'TRON' } })
    expect(d.findings.map((f) => f.code)).toContain('TX_FAILED_OUT_OF_ENERGY')
    expect(d.meta.checkedChains).toContain(728126428)
    expect(tronNode.requests[before]?.path).toBe('/wallet/gettransactionbyid')
    // The transaction first (is it TRON's?); its verdict says OUT_OF_ENERGY, so the price of energy, the sender's
    // account and the recipient's balance are asked beside its info: two round trips in all.
    expect(d.meta.roundTrips).toBe(2)
  })

  test('with 0x too', async () => {
    expect((await run(`0x${t.trxTransferNewAccount.id}`)).chain?.id).toBe(728126428)
  })

  test('an EVM hash is still the EVM answer, and costs TRON a single request', async () => {
    const { hash } = await scenario.tokenTransfer(lab)
    const before = tronNode.requests.length
    const d = await run(hash)
    expect(d).toMatchObject({ status: 'success', chain: { id: 31337 } })
    expect(tronNode.requests.slice(before).map((r) => r.path)).toEqual(['/wallet/gettransactionbyid'])
    // TRON's request rides beside the EVM lookup: no extra round trip.
    expect(d.meta.roundTrips).toBeLessThanOrEqual(2)
  })

  test('known nowhere: one TX_NOT_FOUND that lists TRON among the networks searched', async () => {
    const d = await run('ab'.repeat(32))
    expect(d.status).toBe('not_found')
    const [notFound] = d.findings
    expect(notFound).toMatchObject({ code: 'TX_NOT_FOUND', facts: { tronChecked: true, maybeNonEvm: true } })
    // The EVM chains in the order they answered, then TRON.
    const names = (notFound!.facts as { checkedChains: { name: string }[] }).checkedChains.map((c) => c.name)
    expect(names.at(-1)).toBe('TRON')
    expect(names.slice(0, -1).sort()).toEqual(['Chain 31338', 'Local devnet'])
    expect(d.meta.partial).toBe(false)
  })

  test('TRON unreachable while the EVM chains answer "not found": the answer says so (partial), it does not claim TRON lacks it', async () => {
    const d = await run('cd'.repeat(32), {}, [await deadUrl()])
    expect(d.status).toBe('not_found')
    expect(d.findings[0]).toMatchObject({ code: 'TX_NOT_FOUND' })
    expect(d.findings[0]!.facts).not.toHaveProperty('tronChecked')
    expect(d.meta.partial).toBe(true)
    expect(d.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['RPC_UNREACHABLE', 'DIAGNOSIS_PARTIAL']))
  })

  test('TRON hanging past the whole request’s deadline: the EVM answer comes on time, partial, the TRON request ended', async () => {
    const hanging = await startTronNode({ hang: true })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337,31338,tron', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_TIMEOUT_MS: '1500', TXDOCTOR_RPC_TIMEOUT_MS: '30000', TXDOCTOR_RPC_TRON: hanging.url })
      const started = Date.now()
      const d = await diagnose('9a'.repeat(32), {}, { config })
      expect(Date.now() - started).toBeLessThan(2_500)
      expect(d.status).toBe('not_found')
      expect(d.meta.partial).toBe(true)
      expect(d.findings[0]!.facts).not.toHaveProperty('tronChecked')
    } finally {
      await hanging.close()
    }
  })

  test('TRON rate-limited: RPC_RATE_LIMITED, partial', async () => {
    const limited = await startTronNode({ rateLimited: true })
    try {
      const d = await run('ef'.repeat(32), {}, [limited.url])
      expect(d.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['TX_NOT_FOUND', 'RPC_RATE_LIMITED', 'DIAGNOSIS_PARTIAL']))
    } finally {
      await limited.close()
    }
  })
})

describe('TRON named: a Tronscan link, a TRON address, --chain tron', () => {
  test('a Tronscan link asks TRON only, everything in one round trip', async () => {
    const d = await run(`https://tronscan.org/#/transaction/${t.usdtSuccessBurnedEnergy.id}`)
    expect(d).toMatchObject({ status: 'success', chain: { name: 'TRON' }, meta: { checkedChains: [728126428], roundTrips: 1, rpcRequests: 3 } })
  })

  test('--chain tron with a 64-hex id: TRON only, TX_NOT_FOUND says a TRON transfer never recorded has expired', async () => {
    const d = await run('ab'.repeat(32), { chain: 'tron' })
    expect(d.findings).toEqual([{ code: 'TX_NOT_FOUND', severity: 'warning', facts: { hash: `0x${'ab'.repeat(32)}`, checkedChains: [{ id: 728126428, name: 'TRON' }], maybeNonEvm: false, tronChecked: true } }])
    expect(d.meta.checkedChains).toEqual([728126428])
  })

  test('a TRON address is read on TRON: the hijack check runs on the recorded multi-signature account', async () => {
    const d = await run(accounts.multisigActiveTestnet.address)
    expect(d).toMatchObject({ kind: 'address', status: 'active', chain: { name: 'TRON' } })
    expect(d.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['ADDRESS_PERMISSION_OTHER_KEYS', 'ADDRESS_ACTIVITY']))
    // Its resources and token balances were not recorded: the fake node refuses them, and the answer says so.
    expect(d.meta.partial).toBe(true)
  })

  test('an account that does not exist yet', async () => {
    const d = await run(accounts.unactivated.address)
    expect(d).toMatchObject({ status: 'unused' })
    expect(d.findings[0]).toMatchObject({ code: 'ADDRESS_NOT_ACTIVATED', facts: { activationFee: { value: 1_100_000n } } })
  })

  test('a TRON account’s approvals: an honest "cannot be checked here", with where to look, in the reader’s language', async () => {
    const refused = await diagnose(accounts.ordinary.address, { approvals: true }, { config: config() }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(InputError)
    expect((refused as InputError).why).toEqual({ reason: 'tron-approvals' })
    expect((refused as InputError).message).toMatch(/Tronscan/)
  })

  test('TRON down entirely: no node answered, never "not found" or "not activated"', async () => {
    await expect(run(accounts.ordinary.address, {}, [await deadUrl()])).rejects.toBeInstanceOf(NoNodeReachableError)
    await expect(run('ab'.repeat(32), { chain: 'tron' }, [await deadUrl()])).rejects.toBeInstanceOf(NoNodeReachableError)
  })

  test('--chain tron with an EVM address is a bad input; TRON off, a TRON address is answered without a node', async () => {
    await expect(run('0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045', { chain: 'tron' })).rejects.toBeInstanceOf(InputError)
    const off = await diagnose(accounts.ordinary.address, {}, { config: loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: lab.a.url }) })
    expect(off.findings.map((f) => f.code)).toEqual(['ADDRESS_NON_EVM'])
    await expect(diagnose('ab'.repeat(32), { chain: 'tron' }, { config: loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: lab.a.url }) })).rejects.toThrow(/TRON is not among the networks/)
  })
})

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { ask } from '../helpers/diagnose.js'
import { startEnsChain } from '../helpers/ens.js'
import { refuseLogRangesOver, startRpcProxy } from '../helpers/rpc-proxy.js'

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
})
afterAll(() => lab?.stop())

describe('address diagnosis on two real chains', () => {
  test('ADDRESS_ACTIVITY per chain, and ADDRESS_UNUSED for a fresh address', async () => {
    await scenario.nativeTransfer(lab, lab.b)
    const used = await ask(lab, lab.b.accounts[0]!.address)
    expect(used.diagnosis.status).toBe('active')
    expect(used.finding('ADDRESS_ACTIVITY')!.facts).toMatchObject({ chains: expect.arrayContaining([expect.objectContaining({ chain: { id: 31338, name: 'Chain 31338' }, transactionCount: expect.any(Number) })]) })
    const fresh = await ask(lab, '0x000000000000000000000000000000000000dEaD')
    expect(fresh.codes).toEqual(['ADDRESS_UNUSED'])
    expect(fresh.diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test('ADDRESS_IS_TOKEN and ADDRESS_CONTRACT_NOT_ON_CHAIN for a token deployed on one chain only', async () => {
    const token = await scenario.deployToken(lab, lab.a, { symbol: 'ONLYA' })
    const { codes, finding } = await ask(lab, await token.getAddress())
    expect(codes).toEqual(expect.arrayContaining(['ADDRESS_IS_TOKEN', 'ADDRESS_IS_CONTRACT', 'ADDRESS_CONTRACT_NOT_ON_CHAIN']))
    expect(finding('ADDRESS_IS_TOKEN')!.facts).toMatchObject({ chain: { id: 31337 }, standard: 'erc20', symbol: 'ONLYA' })
    expect(finding('ADDRESS_CONTRACT_NOT_ON_CHAIN')!.facts).toMatchObject({ contractOn: [{ id: 31337 }], missingOn: [{ id: 31338 }] })
  })

  test('ADDRESS_IS_TOKEN for an NFT collection', async () => {
    const nft = await lab.deploy(lab.a, 'TestNFT', ['Test Apes', 'TAPE'])
    const { finding } = await ask(lab, await nft.getAddress())
    expect(finding('ADDRESS_IS_TOKEN')!.facts).toMatchObject({ standard: 'erc721', symbol: 'TAPE' })
  })

  test('ADDRESS_IS_TOKEN for an ERC-1155 contract', async () => {
    const items = await lab.deploy(lab.a, 'MultiToken')
    const { finding } = await ask(lab, await items.getAddress())
    expect(finding('ADDRESS_IS_TOKEN')!.facts).toMatchObject({ standard: 'erc1155' })
  })

  test('ADDRESS_EIP7702_DELEGATED to a known smart account is information', async () => {
    const { victim } = await scenario.delegateToKnownAccount(lab)
    const { finding } = await ask(lab, victim)
    expect(finding('ADDRESS_EIP7702_DELEGATED')).toMatchObject({ severity: 'info', facts: { known: true, delegateLabel: 'MetaMask Smart Account (EIP7702StatelessDeleGator)' } })
  })

  test('ADDRESS_NO_GAS: tokens received, no coin for the fee', async () => {
    const { address } = await scenario.tokensButNoGas(lab)
    const { codes, finding, answer } = await ask(lab, address, { level: 'novice' })
    expect(codes).toContain('ADDRESS_NO_GAS')
    expect(finding('ADDRESS_NO_GAS')!.facts).toMatchObject({ chain: { id: 31337 }, balance: { value: 0n }, tokens: ['USDX'] })
    expect(answer.findings.find((f) => f.code === 'ADDRESS_NO_GAS')!.title).toBe('You have tokens on Local devnet but not enough ETH to pay the network fee.')
    // The activity summary names what it holds, as quoted on-chain text.
    expect(finding('ADDRESS_ACTIVITY')!.facts).toMatchObject({ chains: [{ chain: { id: 31337 }, tokens: ['USDX'] }] })
    expect(answer.findings.find((f) => f.code === 'ADDRESS_ACTIVITY')!.body).toContain('and tokens «USDX»')
  })

  test('ADDRESS_PENDING_TXS', async () => {
    await scenario.setAutomine(lab, lab.b, false)
    const { hash } = await scenario.healthyPending(lab, lab.b)
    const from = (await lab.b.provider.getTransaction(hash))!.from
    const { finding } = await ask(lab, from)
    expect(finding('ADDRESS_PENDING_TXS')!.facts).toMatchObject({ chain: { id: 31338 }, pendingNonce: expect.any(Number) })
    await scenario.setAutomine(lab, lab.b, true)
  })

  test('ADDRESS_EIP7702_DELEGATED to an unknown delegate is danger', async () => {
    const { victim, delegate } = await scenario.delegateToSweeper(lab)
    const { finding, answer } = await ask(lab, victim)
    expect(finding('ADDRESS_EIP7702_DELEGATED')).toMatchObject({ severity: 'danger', facts: { delegate, known: false, chain: { id: 31337 } } })
    expect(answer.severity).toBe('danger')
  })

  test('ADDRESS_POISONING_SEEN: a zero transfer to a lookalike of a real counterparty', async () => {
    const { lookalike, genuine, hash } = await scenario.poisoning(lab)
    const victim = (await lab.a.provider.getTransactionReceipt(hash))!.logs[0]!.topics[1]!
    const { finding } = await ask(lab, `0x${victim.slice(26)}`)
    expect(finding('ADDRESS_POISONING_SEEN')!.facts).toMatchObject({ lookalikes: [{ lookalike, genuine, hash }] })
  })

  test('behind a node that limits eth_getLogs ranges, recently received tokens are still found, and it says how far back it looked', async () => {
    await lab.rpc(lab.a, 'anvil_mine', ['0x100']) // a history longer than the node's limit
    const { address } = await scenario.tokensButNoGas(lab)
    const limited = await startRpcProxy({ target: lab.a.url, answer: refuseLogRangesOver(100) })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: limited.url })
      const diagnosis = await diagnose(address, {}, { config })
      expect(diagnosis.findings.map((f) => f.code)).toContain('ADDRESS_NO_GAS')
      // …and the answer says how far back it could look, since older tokens could be missing.
      expect(diagnosis.findings.find((f) => f.code === 'DIAGNOSIS_PARTIAL')?.facts).toMatchObject({
        failed: [{ what: 'Local devnet (recent token transfers)', why: expect.stringMatching(/^the node limits log queries: read the last \d+ blocks, not \d+;/) }],
      })
      expect(limited.stats.calls).toBeLessThan(30) // the span halves a few times; it is not scanned range by range
      expect(diagnosis.meta.roundTrips).toBeGreaterThan(3)
      // The next diagnosis starts at the span this node served: no refused range, three round trips.
      const again = await diagnose(address, {}, { config })
      expect(again.findings.map((f) => f.code)).toContain('ADDRESS_NO_GAS')
      expect(again.meta.roundTrips).toBe(3)
    } finally {
      await limited.close()
    }
  })

  test('a node that refuses eth_getLogs altogether makes the answer partial, never a confident "unused"', async () => {
    const { address } = await scenario.tokensButNoGas(lab)
    const refusing = await startRpcProxy({ target: lab.a.url, refuse: ['eth_getLogs'] })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: refusing.url })
      const diagnosis = await diagnose(address, {}, { config })
      expect(diagnosis.meta.partial).toBe(true)
      const partial = diagnosis.findings.find((f) => f.code === 'DIAGNOSIS_PARTIAL')
      expect(partial?.facts).toMatchObject({ failed: [{ what: 'Local devnet (recent token transfers)' }] })
    } finally {
      await refusing.close()
    }
  })

  test('an address typed with a broken checksum is not looked up: ADDRESS_BAD_CHECKSUM', async () => {
    const { codes, diagnosis } = await ask(lab, '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045')
    expect(codes).toEqual(['ADDRESS_BAD_CHECKSUM'])
    expect(diagnosis.meta.rpcRequests).toBe(0)
  })
})

describe('ENS names', () => {
  test('resolved on (a local stand-in for) Ethereum, then diagnosed as the address', async () => {
    const ethereum = await startEnsChain(lab)
    try {
      const alice = lab.b.accounts[0]!.address
      await ethereum.set('alice.eth', alice)
      const config = loadConfig({ TXDOCTOR_CHAINS: '31338,1', TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_RPC_1: ethereum.url })
      const diagnosis = await diagnose('Alice.eth', {}, { config })
      expect(diagnosis.facts).toMatchObject({ address: alice, ensName: 'alice.eth' })
      expect(diagnosis.findings.map((f) => f.code)).toContain('ADDRESS_ACTIVITY')
      await expect(diagnose('nobody.eth', {}, { config })).rejects.toThrow('The ENS name nobody.eth does not point to an address.')
      // Ethereum configured but not enabled: names are not resolved (only enabled chains are contacted).
      const notEnabled = loadConfig({ TXDOCTOR_CHAINS: '31338', TXDOCTOR_RPC_31338: lab.b.url, TXDOCTOR_RPC_1: ethereum.url })
      await expect(diagnose('alice.eth', {}, { config: notEnabled })).rejects.toThrow('ENS names are resolved on Ethereum, which this txdoctor does not check.')
    } finally {
      await ethereum.stop()
    }
  })
})

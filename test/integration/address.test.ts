import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { ask } from '../helpers/diagnose.js'
import { startEnsChain } from '../helpers/ens.js'
import { refuseLogRangesOver, startRpcProxy } from '../helpers/rpc-proxy.js'
import { explain } from '../../src/explain/explain.js'
import { approvalsGraceMs } from '../../src/diagnose/address/approvals.js'
import { permissionTopics } from '../../src/diagnose/approvals/permission.js'
import { topics } from '../../src/diagnose/token-events.js'

const transferTopic = topics.transfer
const approvalTopic = permissionTopics.token[0]!

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
    const noGas = finding('ADDRESS_NO_GAS')!.facts as { transferGas: bigint; gasPrice: bigint; estimatedFee: { value: bigint } }
    expect(noGas).toMatchObject({ chain: { id: 31337 }, balance: { value: 0n }, transferGas: 65_000n, holdings: [{ symbol: 'USDX', decimals: 6, amount: expect.any(BigInt) }] })
    // The estimate is exactly gas × the node's gas price, both in the facts.
    expect(noGas.estimatedFee.value).toBe(noGas.transferGas * noGas.gasPrice)
    const card = answer.findings.find((f) => f.code === 'ADDRESS_NO_GAS')!
    expect(card.title).toBe('You have tokens on Local devnet but not enough ETH to pay the network fee.')
    expect(card.body).toMatch(/The wallet holds 0 ETH and [\d,.]+ «USDX»/)
    // The activity summary names what it holds, with amounts, as quoted on-chain text.
    expect(finding('ADDRESS_ACTIVITY')!.facts).toMatchObject({ chains: [{ chain: { id: 31337 }, tokens: ['USDX'], holdings: [{ symbol: 'USDX' }] }] })
    expect(answer.findings.find((f) => f.code === 'ADDRESS_ACTIVITY')!.body).toMatch(/and [\d,.]+ «USDX»/)
    const expert = await ask(lab, address, { level: 'expert' })
    const fee = expert.answer.findings.find((f) => f.code === 'ADDRESS_NO_GAS')!
    expect(fee.body).toMatch(/= 65,000 gas \(a typical ERC-20 transfer\) × [\d.]+ gwei/)
    expect(`${fee.body} ${fee.actions.join(' ')}`).not.toMatch(/relayer|paymaster/)
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
    // Counted apart: the recent-transfers reads (Transfer topic), and the ranges the node refused. The approvals
    // scan beside them reads its own topics over the account's whole history.
    const counts = { transferQueries: 0, refused: 0 }
    const refuse = refuseLogRangesOver(100)
    const limited = await startRpcProxy({
      target: lab.a.url,
      answer: (call) => {
        const topic0 = call.method === 'eth_getLogs' ? (call.params as [{ topics: unknown[] }])[0].topics[0] : undefined
        if (topic0 === transferTopic) counts.transferQueries += 1
        const refusal = refuse(call)
        if (refusal) counts.refused += 1
        return refusal
      },
    })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: limited.url })
      const diagnosis = await diagnose(address, {}, { config })
      expect(diagnosis.findings.map((f) => f.code)).toContain('ADDRESS_NO_GAS')
      // …and the answer says how far back it could look, since older tokens could be missing.
      expect(diagnosis.findings.find((f) => f.code === 'DIAGNOSIS_PARTIAL')?.facts).toMatchObject({
        failed: [{ what: 'Local devnet (recent token transfers)', why: expect.stringMatching(/^the node limits log queries: read the last \d+ blocks, not \d+;/) }],
      })
      expect(counts.transferQueries).toBeLessThan(30) // the span halves a few times; it is not scanned range by range
      expect(diagnosis.meta.roundTrips).toBeGreaterThan(3)
      // The next diagnosis starts at the span this node served: no range is refused again.
      const refusedBefore = counts.refused
      const again = await diagnose(address, {}, { config })
      expect(again.findings.map((f) => f.code)).toContain('ADDRESS_NO_GAS')
      expect(counts.refused).toBe(refusedBefore)
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
      // Its approvals could not be read either: said so, not "none risky".
      expect(diagnosis.findings.find((f) => f.code === 'ADDRESS_RISKY_APPROVALS')).toMatchObject({ severity: 'info', facts: { risky: [], notChecked: [{ id: 31337 }] } })
    } finally {
      await refusing.close()
    }
  })

  test('ADDRESS_RISKY_APPROVALS: a wallet with dangerous standing approvals says so first, naming each', async () => {
    const s = await scenario.approvalHistory(lab)
    const { finding, answer } = await ask(lab, s.owner, { level: 'novice' })
    const summary = finding('ADDRESS_RISKY_APPROVALS')!
    expect(summary.severity).toBe('danger')
    const risky = (summary.facts as { risky: { risk: string; token: string; spender: string; permission: string }[] }).risky
    expect(risky[0]).toMatchObject({ risk: 'APPROVAL_FLAGGED_SPENDER' })
    expect(risky).toEqual(expect.arrayContaining([expect.objectContaining({ risk: 'APPROVAL_TO_EOA', permission: 'nft', token: s.nft, spender: s.single })]))
    // Unlimited to Permit2, a protocol we know, is no risk: not listed.
    expect(risky.some((r) => r.spender === s.permit2)).toBe(false)
    expect(answer.severity).toBe('danger')
    expect(answer.headline).toMatch(/^Danger: this wallet has given \d+ risky spending permissions, \d+ of them dangerous\.$/)
    expect(answer.findings[0]!.body).toMatch(/^A known scam address \(0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\) can take up to 5 «TUSD»/)
    // The scam address and the personal wallets are removed right away, by name; no "if you don't recognise it".
    const [first] = answer.findings[0]!.actions
    expect(first).toMatch(/^Right away, remove the permissions of the scam address \(0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\) and the 2 personal wallets/)
    expect(first).not.toMatch(/recognise/)
    expect(risky[0]).toMatchObject({ amount: 5_000_000n, decimals: 6, revoke: expect.stringMatching(/\.approve\(0x[0-9a-fA-F]{40}, 0\)$/) })
    const zh = await ask(lab, s.owner, { level: 'novice', lang: 'zh-CN' })
    expect(zh.answer.headline).toMatch(/^危险：这个钱包给出了 \d+ 项有风险的使用授权/)
  })

  test('an approvals scan slower than the answer is cut off, and the answer says it was not checked there', async () => {
    const s = await scenario.approvalHistory(lab)
    // A node that refuses batches (so each call travels alone) and is slow only to read approval logs.
    const slowReplies: number[] = []
    const slowApprovals = await startRpcProxy({
      target: lab.a.url,
      intercept: async (calls, res) => {
        if (calls.length > 1) {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'batch requests are not supported' } }))
          return true
        }
        if (calls[0]!.method === 'eth_getLogs' && JSON.stringify(calls[0]!.params).includes(approvalTopic)) {
          await new Promise((resolve) => setTimeout(resolve, approvalsGraceMs + 3_000))
          slowReplies.push(Date.now())
        }
        return false
      },
    })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31337', TXDOCTOR_RPC_31337: slowApprovals.url, TXDOCTOR_RPC_TIMEOUT_MS: '20000', TXDOCTOR_TIMEOUT_MS: '30000' })
      const diagnosis = await diagnose(s.owner, {}, { config })
      // The answer came before the approval logs did: it did not wait for the scan past its time.
      const answeredAt = Date.now()
      await new Promise((resolve) => setTimeout(resolve, approvalsGraceMs + 3_500))
      expect(slowReplies.length).toBeGreaterThan(0)
      expect(answeredAt).toBeLessThan(Math.min(...slowReplies))
      expect(diagnosis.findings.find((f) => f.code === 'ADDRESS_RISKY_APPROVALS')).toMatchObject({ severity: 'info', facts: { risky: [], notChecked: [{ id: 31337 }] } })
      const answer = explain(diagnosis, { level: 'novice', lang: 'en' })
      expect(answer.findings.find((f) => f.code === 'ADDRESS_RISKY_APPROVALS')!.title).toBe('We could not finish checking this wallet’s spending permissions on Local devnet.')
    } finally {
      await slowApprovals.close()
    }
  })

  test('an address typed with a broken checksum is not looked up: ADDRESS_BAD_CHECKSUM', async () => {
    const { codes, diagnosis } = await ask(lab, '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045')
    expect(codes).toEqual(['ADDRESS_BAD_CHECKSUM'])
    expect(diagnosis.meta.rpcRequests).toBe(0)
    // One letter typed in the other case (the 4th character after 0x), of the address's 16 letters.
    expect(diagnosis.findings[0]!.facts).toMatchObject({ letters: 16, caseDiffersAt: [3], caseOnlyLikely: true })
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

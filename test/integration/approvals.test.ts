import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { explain } from '../../src/explain/explain.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { refuseLogRangesOver, roundTripsOf, startRpcProxy } from '../helpers/rpc-proxy.js'

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
})
afterAll(() => lab?.stop())

const approvals = (q: string, config = lab.config, chain = '31337') => diagnose(q, { approvals: true, chain }, { config })

describe('standing approvals, scanned from logs on a real node', () => {
  test('the answer names the wallet whose permissions it read, how many networks, how many still hold', async () => {
    // A wallet of its own: the other tests read the default owner's exact history.
    const s = await scenario.approvalHistory(lab, await scenario.freshWallet(lab, lab.a))
    const diagnosis = await approvals(s.owner)
    const count = (diagnosis.facts.approvals as unknown[]).length
    expect(explain(diagnosis, { level: 'novice', lang: 'en' }).about).toBe(`These are the spending permissions wallet ${s.owner.slice(0, 6)}…${s.owner.slice(-4)} has given, checked on 1 network: ${count} still in force.`)
    expect(explain(diagnosis, { level: 'expert', lang: 'zh-CN' }).about).toMatch(new RegExp(`^${s.owner} 的授权：仍有效 ${count} 项；扫描范围：链 31337 的区块 \\d+–\\d+。$`))
  })

  test('a permit signed before the wallet’s first own transaction, and submitted by someone else, is found', async () => {
    // The scan starts days before the first own transaction: starting at it would miss the gasless drain.
    const s = await scenario.permitBeforeFirstTransaction(lab)
    const diagnosis = await approvals(s.owner)
    expect(diagnosis.findings.find((f) => f.code === 'APPROVAL_TO_EOA')).toMatchObject({ severity: 'danger', facts: { token: s.token, spender: s.spender } })
  })

  test('finds what still holds, flags what is risky, drops what was revoked or spent', async () => {
    const s = await scenario.approvalHistory(lab)
    const diagnosis = await approvals(s.owner)
    const byCode = (code: string) => diagnosis.findings.filter((f) => f.code === code)

    expect(byCode('APPROVAL_TO_EOA')[0]).toMatchObject({ severity: 'danger', facts: { token: s.token, spender: s.eoa, risks: ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'] } })
    expect(byCode('APPROVAL_FLAGGED_SPENDER')[0]).toMatchObject({ severity: 'danger', facts: { spender: s.drainer, amount: 5_000_000n, flaggedAs: 'Test drainer (anvil account #9)' } })
    // 300 approved, 100 pulled by the swap: the live allowance is what counts.
    expect(byCode('APPROVAL_TO_UNKNOWN_CONTRACT').find((f) => (f.facts as { token: string }).token === s.token)).toMatchObject({ facts: { spender: s.router, amount: 200_000_000n } })
    expect(byCode('APPROVAL_FOR_ALL')[0]).toMatchObject({ severity: 'warning', facts: { token: s.nft, symbol: 'TAPE', risks: expect.arrayContaining(['APPROVAL_FOR_ALL', 'APPROVAL_TO_UNKNOWN_CONTRACT']) } })
    // Permit2 grant to an app we don't know: coded Permit2 (it is revoked differently), severity from the unknown app.
    expect(byCode('APPROVAL_PERMIT2')[0]).toMatchObject({ severity: 'warning', facts: { token: s.token, spender: s.router, amount: 50_000_000n, risks: ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_PERMIT2'] } })

    // Unlimited to a protocol we know (Permit2 itself): listed under its own code, as information.
    expect(byCode('APPROVAL_UNLIMITED')[0]).toMatchObject({ severity: 'info', facts: { spender: s.permit2, spenderLabel: 'Uniswap Permit2', risks: ['APPROVAL_UNLIMITED'] } })
    // A single NFT approved to a person still holds; the expired Permit2 grant does not.
    expect(diagnosis.findings.find((f) => f.code === 'APPROVAL_TO_EOA' && (f.facts as { token: string }).token === s.nft)).toBeDefined()
    expect(diagnosis.findings.some((f) => f.code === 'APPROVAL_PERMIT2' && (f.facts as { spender: string }).spender === s.eoa)).toBe(false)

    type Row = { kind: string; token: string; spender: string; revoke: string; amount: unknown; severity: string }
    const rows = diagnosis.facts.approvals as Row[]
    expect(rows.map((a) => a.spender)).not.toContain(s.revoked)
    expect(rows.map((a) => a.spender)).toContain(s.permit2)
    // Each row says what it covers and carries the call that really removes that kind of permission.
    expect(rows.find((a) => a.spender === s.eoa)).toMatchObject({ kind: 'erc20', amount: 'unlimited', revoke: `${s.token}.approve(${s.eoa}, 0)`, severity: 'danger' })
    expect(rows.find((a) => a.kind === 'nft' && a.token === s.nft)).toMatchObject({ spender: s.single, amount: 'item #42', revoke: `${s.nft}.approve(0x0000000000000000000000000000000000000000, 42)` })
    expect(rows.find((a) => a.kind === 'for-all' && a.token === s.nft)).toMatchObject({ token: s.nft, amount: 'all items', revoke: `${s.nft}.setApprovalForAll(${(byCode('APPROVAL_FOR_ALL')[0]!.facts as { spender: string }).spender}, false)` })
    expect(rows.find((a) => a.kind === 'permit2' && a.token === s.token)).toMatchObject({ spender: s.router, amount: 50_000_000n, revoke: `Permit2.approve(${s.token}, ${s.router}, 0, 0)` })
    expect(rows.find((a) => a.kind === 'erc20' && a.token === s.token && a.spender === s.router)).toMatchObject({ amount: 200_000_000n })

    const answer = explain(diagnosis, { level: 'novice', lang: 'en' })
    expect(answer.severity).toBe('danger')
    expect(answer.headline).toMatch(/scam address|personal wallet/)
  })

  test('each card names its token and spender, at both levels and in both languages; no two read the same', async () => {
    const s = await scenario.approvalHistory(lab)
    const diagnosis = await approvals(s.owner)
    for (const lang of ['en', 'zh-CN'] as const)
      for (const level of ['novice', 'expert'] as const) {
        const cards = explain(diagnosis, { level, lang }).findings.filter((f) => f.code.startsWith('APPROVAL_'))
        expect(new Set(cards.map((c) => `${c.title}\n${c.body}`)).size).toBe(cards.length)
        for (const card of cards) expect(`${card.title} ${card.body}`).toMatch(/«TUSD»|«TAPE»/)
      }
    const novice = explain(diagnosis, { level: 'novice', lang: 'en' }).findings
    // One NFT is one item, never "unlimited"; the person it went to is named by a short address.
    const single = novice.find((f) => f.code === 'APPROVAL_TO_EOA' && (f.facts as { token: string }).token === s.nft)!
    expect(single.title).toBe(`A personal wallet (${s.single.slice(0, 6)}…${s.single.slice(-4)}), not an app, can move item #42 of your «TAPE» collection.`)
    expect(`${single.title} ${single.body}`).not.toMatch(/unlimited|no limit/)
    expect(single.actions[0]).toContain(`item #42 of «TAPE»`)
    const expert = explain(diagnosis, { level: 'expert', lang: 'en' }).findings
    const forAll = expert.find((f) => f.code === 'APPROVAL_FOR_ALL' && (f.facts as { token: string }).token === s.nft)!
    expect(forAll.actions.join(' ')).toMatch(/setApprovalForAll\(0x[0-9a-fA-F]{40}, false\)/)
    expect(forAll.actions.join(' ')).not.toMatch(/\.approve\(/)
    expect(expert.find((f) => f.code === 'APPROVAL_PERMIT2' && (f.facts as { token: string }).token === s.token)!.actions[0]).toContain(`Permit2.approve(${s.token}, ${s.router}, 0, 0), or Permit2.lockdown([(${s.token}, ${s.router})])`)
    // The expert's read names the wallet, and an unlimited allowance's exact value.
    const toPerson = expert.find((f) => f.code === 'APPROVAL_TO_EOA' && (f.facts as { token: string }).token === s.token)!
    expect(toPerson.body.replace(/\s+/g, ' ')).toContain(`${s.token}.allowance(${s.owner}, ${s.eoa}) = ${2n ** 256n - 1n} (2^256 − 1) base units: unlimited (≥ 2^255)`)
  })

  test('the next steps name the permission to remove as "this" one, and say what to do if something is already gone', async () => {
    const s = await scenario.approvalHistory(lab)
    const diagnosis = await approvals(s.owner)
    const cards = (lang: 'en' | 'zh-CN') => explain(diagnosis, { level: 'novice', lang }).findings
    const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`
    const drainer = cards('en').find((f) => f.code === 'APPROVAL_FLAGGED_SPENDER')!
    expect(drainer.actions[0]).toContain(`remove the permission that lets this scam address (${short(s.drainer)}) spend «TUSD»`)
    expect(drainer.actions[1]).toMatch(/^If any of your «TUSD» is already missing, .*new wallet that has its own new recovery phrase/)
    const item = cards('zh-CN').find((f) => f.code === 'APPROVAL_TO_EOA' && (f.facts as { token: string }).token === s.nft)!
    expect(item.actions[0]).toContain(`撤销这个个人钱包（${short(s.single)}）`)
    expect(item.actions[1]).toMatch(/^如果这件藏品（«TAPE» 第 42 号）已经不见了/)
    expect(item.body).toMatch(/^正规应用是通过程序（智能合约）来转移你的代币，而不是通过个人钱包/)
    // Permit2 itself is the standard contract: its risk is the signatures given to it, not a hack of "that app".
    const permit2 = cards('en').find((f) => f.code === 'APPROVAL_UNLIMITED' && (f.facts as { spender: string }).spender === s.permit2)!
    expect(permit2.body).toContain('only sign Permit2 requests on sites you trust')
    expect(permit2.body).not.toMatch(/hacked|was a scam/)
  })

  test('expiry is judged by the diagnosis clock, not the machine’s', async () => {
    const s = await scenario.approvalHistory(lab)
    const inTwoMonths = ((await lab.a.provider.getBlock('latest'))!.timestamp + 60 * 86_400) * 1000
    const later = await diagnose(s.owner, { approvals: true, chain: '31337' }, { config: lab.config, now: () => inTwoMonths })
    // The Permit2 grant to the router lasts 30 days: two months on, it is no longer listed.
    expect((later.facts.approvals as { kind: string }[]).some((a) => a.kind === 'permit2')).toBe(false)
    expect(later.findings.some((f) => f.code === 'APPROVAL_PERMIT2')).toBe(false)
  })

  test('APPROVALS_NONE_RISKY for an account that never approved anything', async () => {
    const { codes } = { codes: (await approvals(lab.a.accounts[1]!.address)).findings.map((f) => f.code) }
    expect(codes).toEqual(['APPROVALS_NONE_RISKY'])
  })

  test('a long history on a node that limits log ranges: split by its own error message, and completed', async () => {
    const owner = lab.b.accounts[2]!
    await owner.sendTransaction({ to: owner.address, value: 0n }).then((tx) => tx.wait()) // first activity, early
    // anvil mines ~30 blocks a second: 300 blocks of history against a 10-block limit stands in for 3M against 100k.
    await lab.rpc(lab.b, 'anvil_mine', ['0x12c'])
    const token = await scenario.deployToken(lab, lab.b)
    await (await (token.connect(owner) as typeof token).getFunction('approve')(lab.b.accounts[6]!.address, 2n ** 256n - 1n)).wait()

    // Alchemy's answer to a range it won't serve, for any range over 10 blocks.
    const limited = await startRpcProxy({
      target: lab.b.url,
      answer: refuseLogRangesOver(10, {
        code: -32600,
        message: 'Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response.',
      }),
    })
    try {
      const config = loadConfig({ TXDOCTOR_CHAINS: '31338', TXDOCTOR_RPC_31338: limited.url, TXDOCTOR_TIMEOUT_MS: '30000' })
      const before = limited.stats.requests
      const diagnosis = await approvals(owner.address, config, '31338')
      expect(diagnosis.findings.map((f) => f.code)).toEqual(['APPROVAL_TO_EOA'])
      const [scan] = diagnosis.facts.scans as { fromBlock: bigint; toBlock: bigint; logRequests: number; rangeSplits: number }[]
      expect(scan!.toBlock - scan!.fromBlock).toBeGreaterThan(300n)
      expect(scan!.rangeSplits).toBeGreaterThan(0)
      // Reported for the README and the note: what the history cost against a node that limits log ranges.
      const roundTrips = roundTripsOf(limited.stats.spans)
      console.info(`approvals scan: ${scan!.toBlock - scan!.fromBlock} blocks, ${scan!.logRequests} eth_getLogs requests, ${scan!.rangeSplits} splits, ${limited.stats.requests - before} HTTP requests in ${roundTrips} round trips`)
      expect(scan!.logRequests).toBeLessThan(150)
      // Splits are fetched concurrently and batched; the first-activity search asks seven blocks per round.
      expect(limited.stats.requests - before).toBeLessThan(25)
      expect(roundTrips).toBeLessThan(20)
      expect(diagnosis.meta.partial).toBe(false)
    } finally {
      await limited.close()
    }
  }, 60_000)
})

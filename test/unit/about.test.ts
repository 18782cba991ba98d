/** The sentence that says which transaction an answer is about, for every kind of subject, level and language. */
import type { Address } from 'viem'
import { describe, expect, test } from 'vitest'
import type { NativeAmount, TxAction, TxSubject } from '../../src/core/facts.js'
import { langs, levels, type Diagnosis } from '../../src/core/types.js'
import { about } from '../../src/explain/about.js'
import { tradeView, waitedOf } from '../../src/explain/about-view.js'
import { explain } from '../../src/explain/explain.js'
import { finding } from '../../src/core/finding.js'
import { findingExamples } from '../../src/explain/examples.js'

const alice: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const bob: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const eth = (value: bigint): NativeAmount => ({ value, symbol: 'ETH', decimals: 18 })
const tusd = { token, symbol: 'TUSD', decimals: 6 }

const actions: Record<string, TxAction> = {
  native: { kind: 'native-transfer', value: eth(10n ** 16n), to: bob },
  token: { kind: 'token-transfer', standard: 'erc20', ...tusd, amount: 250_000_000n, from: alice, to: bob, source: 'logs' },
  'token without metadata': { kind: 'token-transfer', standard: 'erc20', token, amount: 5n, from: alice, to: bob, source: 'input' },
  nft: { kind: 'token-transfer', standard: 'erc721', token, amount: 1n, tokenId: 42n, from: alice, to: bob, source: 'logs' },
  'unlimited approval': { kind: 'approval', method: 'approve', ...tusd, owner: alice, spender: bob, unlimited: true, revoke: false },
  'limited approval': { kind: 'approval', method: 'permit2', ...tusd, owner: alice, spender: bob, spenderLabel: 'Uniswap Universal Router', amount: 7_000_000n, unlimited: false, revoke: false },
  'collection approval': { kind: 'approval', method: 'setApprovalForAll', token, owner: alice, spender: bob, unlimited: false, revoke: false },
  revoke: { kind: 'approval', method: 'approve', ...tusd, owner: alice, spender: bob, unlimited: false, revoke: true },
  'swap mined': { kind: 'swap', router: bob, functionName: 'swapExactTokensForTokens', value: eth(0n), paid: [{ ...tusd, amount: 100_000_000n }], received: [{ token: alice, amount: 5n }], minimumOut: 4n, deadline: 1_800_000_000n },
  'swap pending': { kind: 'swap', router: bob, routerLabel: 'Uniswap V2 Router', functionName: 'swapExactETHForTokens', value: eth(10n ** 17n), paid: [], received: [], tokenIn: { token: alice }, tokenOut: tusd, minimumOut: 4_000_000n },
  delegation: { kind: 'delegation', delegations: [{ authority: alice, delegate: bob }] },
  deployment: { kind: 'deployment', value: eth(0n), contract: bob },
  deposit: { kind: 'bridge-deposit', mint: eth(10n ** 17n), value: eth(10n ** 17n), to: alice, system: false },
  'system deposit': { kind: 'bridge-deposit', mint: eth(0n), value: eth(0n), to: null, system: true },
  call: { kind: 'contract-call', contract: bob, value: eth(5n * 10n ** 15n), selector: '0x12345678' },
}

const when: Record<string, Partial<TxSubject>> = {
  mined: { state: 'succeeded', blockNumber: 3n, minedAt: 1_795_000_872n },
  failed: { state: 'failed', blockNumber: 3n, minedAt: 1_795_000_872n },
  'failed, time unknown': { state: 'failed', blockNumber: 3n },
  'pending, first time': { state: 'pending' },
  'pending, seen before': { state: 'pending', firstSeenAt: 1_795_000_872_000, waitedSeconds: 4 * 60 + 10 },
  'pending, seen moments ago': { state: 'pending', firstSeenAt: 1_795_000_872_000, waitedSeconds: 3 },
  replaced: { state: 'replaced', firstSeenAt: 1_795_000_872_000 },
  'dropped, never seen': { state: 'dropped' },
}

const subject = (action: TxAction, time: Partial<TxSubject>): TxSubject => ({ action, from: alice, to: bob, nonce: 2, state: 'pending', ...time })
const diagnosisOf = (s: TxSubject | undefined, kind: Diagnosis['kind'] = 'transaction'): Diagnosis => ({
  input: `0x${'ab'.repeat(32)}`,
  kind,
  chain: { id: 1, name: 'Ethereum' },
  status: 'success',
  findings: [finding('TX_SUCCESS', findingExamples.TX_SUCCESS)],
  facts: s ? { hash: `0x${'ab'.repeat(32)}`, subject: s } : {},
  untrusted: {},
  meta: { rpcRequests: 2, rpcCalls: 4, roundTrips: 2, durationMs: 10, partial: false, checkedChains: [1], version: '0.1.0' },
})

const cases = Object.entries(actions).flatMap(([action, a]) =>
  Object.entries(when).flatMap(([time, t]) => levels.flatMap((level) => langs.map((lang) => ({ action, time, level, lang, s: subject(a, t) })))),
)

describe('about: which transaction the answer is about', () => {
  test.each(cases)('$action, $time: $level $lang', ({ s, level, lang }) => {
    const text = about(diagnosisOf(s), { level, lang })!
    expect(text.length).toBeGreaterThan(lang === 'zh-CN' ? 10 : 20) // Chinese says as much in fewer characters
    expect(text).not.toMatch(/undefined|NaN|\[object|null/)
    // Untrusted symbols are quoted; addresses appear shortened in the sentence (the facts hold them whole).
    if (JSON.stringify(s, (_, v) => (typeof v === 'bigint' ? String(v) : v)).includes('TUSD')) expect(text).not.toMatch(/(?<!«)TUSD/)
    expect(text).not.toMatch(/0x[0-9a-f]{40}/i)
    if (level === 'novice') expect(text).not.toMatch(/\bnonce\b|\bgwei\b|\bwei\b|\bEIP|\bselector\b|\brevert/i)
    if (lang === 'zh-CN') {
      expect(text).toMatch(/[\u4e00-\u9fff]/)
      // Fully Chinese for a newcomer: no English words left beyond units, symbols and app names.
      if (level === 'novice') expect(text.replace(/«[^»]*»|0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}|\bETH\b|Uniswap (?:V2|Universal) Router/g, '')).not.toMatch(/[A-Za-z]{2,}/)
    }
  })

  test('names the amount, the recipient and the time at both levels', () => {
    const mined = subject(actions.token!, when.mined!)
    expect(about(diagnosisOf(mined), { level: 'novice', lang: 'en' })).toBe(
      'This is a transfer of 250 «TUSD» from 0xf39F…2266 to 0x7099…79C8, completed on 2026-11-18 at 11:21 UTC.',
    )
    expect(about(diagnosisOf(mined), { level: 'expert', lang: 'en' })).toBe(
      'Tx: ERC-20 transfer of 250 «TUSD» (250000000 base units, token 0x5FbD…0aa3) 0xf39F…2266 → 0x7099…79C8, from its Transfer log; sender 0xf39F…2266, nonce 2; mined in block 3 at 2026-11-18 11:21:12 UTC.',
    )
    const waiting = subject(actions.native!, when['pending, seen before']!)
    expect(about(diagnosisOf(waiting), { level: 'novice', lang: 'en' })).toBe('This is a transfer of 0.01 ETH from 0xf39F…2266 to 0x7099…79C8, waiting for at least 4 minutes.')
    expect(about(diagnosisOf(waiting), { level: 'novice', lang: 'zh-CN' })).toBe('这是一笔从 0xf39F…2266 向 0x7099…79C8 转出 0.01 ETH 的转账，已等待至少 4 分钟。')
    expect(about(diagnosisOf(waiting), { level: 'expert', lang: 'en' })).toContain('pending, first seen 2026-11-18 11:21:12 UTC, waiting ≥ 4 minutes')
    const gone = subject(actions.token!, when.replaced!)
    expect(about(diagnosisOf(gone), { level: 'novice', lang: 'en' })).toBe('This is a transfer of 250 «TUSD» from 0xf39F…2266 to 0x7099…79C8, first seen waiting on 2026-11-18 at 11:21 UTC.')
    expect(about(diagnosisOf(gone), { level: 'expert', lang: 'en' })).toMatch(/; replaced \(nonce 2 used by a mined transaction\), first seen 2026-11-18 11:21:12 UTC\.$/)
  })

  test('a swap says what it sells and the least it accepts, from its input', () => {
    const dai = { token: bob, symbol: 'DAI', decimals: 18 }
    const weth = { token, symbol: 'WETH', decimals: 18 }
    const swap: TxAction = { kind: 'swap', router: bob, functionName: 'swapExactTokensForTokens', value: eth(0n), paid: [], received: [], tokenIn: weth, tokenOut: dai, amountIn: 10n ** 18n, minimumOut: 3n * 10n ** 18n }
    const failed = subject(swap, when.failed!)
    expect(about(diagnosisOf(failed), { level: 'novice', lang: 'en' })).toMatch(/^This is a swap of 1 «WETH» for at least 3 «DAI» on the exchange app/)
    expect(about(diagnosisOf(failed), { level: 'novice', lang: 'zh-CN' })).toContain('用 1 «WETH» 换至少 3 «DAI»')
    expect(about(diagnosisOf(failed), { level: 'expert', lang: 'en' })).toContain('amountIn 1 «WETH» (1000000000000000000 base units)')
  })

  test('a lure is told as a fake transfer, its look-alike in full (in the hand-off too), and who really sent it', () => {
    const lure = findingExamples.TX_ADDRESS_POISONING
    const shown: TxAction = { kind: 'token-transfer', standard: 'erc20', token, symbol: 'USDC', decimals: 6, amount: 0n, from: lure.victim, to: lure.lookalike, source: 'logs' }
    const poisoned = { ...diagnosisOf({ ...subject(shown, when.mined!), from: lure.sentBy }), findings: [finding('TX_ADDRESS_POISONING', lure), finding('TX_SUCCESS', findingExamples.TX_SUCCESS)] }
    const novice = about(poisoned, { level: 'novice', lang: 'en' })!
    expect(novice).toBe(`This is a fake transfer of 0 «USDC», made to look as if 0xf39F…2266 had sent it to ${lure.lookalike}; it was sent by 0x9965…A4dc, recorded on 2026-11-18 at 11:21 UTC.`)
    expect(about(poisoned, { level: 'novice', lang: 'zh-CN' })).toContain(`假转账，伪装成 0xf39F…2266 转给了 ${lure.lookalike}；它实际由 0x9965…A4dc 发出`)
    expect(about(poisoned, { level: 'expert', lang: 'en' })).toContain('(address-poisoning lure, not sent by 0xf39F…2266); sender 0x9965…A4dc')
    // The hand-off's lead repeats the novice sentence, the look-alike whole: shortened, it reads as the real one.
    expect(explain(poisoned, { level: 'expert', lang: 'en' }).handoff).toContain(novice)
  })

  test('a waiting time is rounded down: "at least" never overstates', () => {
    expect(waitedOf(59.9)).toBeUndefined() // seen moments ago: no duration worth saying
    expect(waitedOf(119)).toEqual({ count: 1, unit: 'minute' })
    expect(waitedOf(7199)).toEqual({ count: 119, unit: 'minute' })
    expect(waitedOf(2 * 86_400 - 1)).toEqual({ count: 47, unit: 'hour' })
    expect(waitedOf(3 * 86_400)).toEqual({ count: 3, unit: 'day' })
  })

  test('the answer carries it once, and the hand-off repeats it for the support agent; no subject, no sentence', () => {
    const s = subject(actions.token!, when.mined!)
    const answer = explain(diagnosisOf(s), { level: 'expert', lang: 'zh-CN' })
    expect(answer.about).toMatch(/^交易：ERC-20 转账 250 «TUSD»/)
    expect(answer.handoff).toContain(about(diagnosisOf(s), { level: 'novice', lang: 'zh-CN' })!)
    expect(explain(diagnosisOf(undefined), { level: 'novice', lang: 'en' }).about).toBeNull()
    expect(about(diagnosisOf(s, 'address'), { level: 'novice', lang: 'en' })).toBeNull()
  })
})

describe('tradeView: what a swap line names, chosen once for both languages', () => {
  const weth = { token: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' as const, symbol: 'WETH', decimals: 18 }
  const dai = { token: '0x6B175474E89094C44Da98b954EedeAC495271d0F' as const, symbol: 'DAI', decimals: 18 }
  const swap = (fields: object) => ({ kind: 'swap', paid: [], received: [], ...fields }) as never
  test.each([
    ['what its logs moved wins', { paid: [{ ...weth, amount: 1n }], received: [{ ...dai, amount: 3n }] }, { kind: 'moved' }],
    ['no tokens known: nothing to name', {}, { kind: 'none' }],
    ['exact in, minimum out', { tokenIn: weth, tokenOut: dai, amountIn: 10n, minimumOut: 3n }, { kind: 'asked', sells: { exact: { ...weth, amount: 10n } }, buys: { atLeast: { ...dai, amount: 3n } } }],
    ['an upper bound in (exact-output swaps)', { tokenIn: weth, tokenOut: dai, maximumIn: 10n }, { kind: 'asked', sells: { upTo: { ...weth, amount: 10n } }, buys: { token: dai } }],
    ['decimals unknown: only the tokens', { tokenIn: { token: weth.token }, tokenOut: { token: dai.token }, amountIn: 10n, minimumOut: 3n }, { kind: 'asked', sells: { token: { token: weth.token } }, buys: { token: { token: dai.token } } }],
  ] as const)('%s', (_, fields, expected) => {
    expect(tradeView(swap(fields))).toMatchObject(expected)
  })
})

describe('an approvals check says whose permissions it read', () => {
  const owner = '0x90F79bf6EB2c4f870365E785982E1f101E93b906'
  const diagnosis = (facts: Record<string, unknown>) =>
    ({ input: owner, kind: 'approvals', status: 'checked', findings: [], facts, untrusted: {}, meta: { rpcRequests: 0, rpcCalls: 0, roundTrips: 0, durationMs: 0, partial: false, checkedChains: [31337], version: '0' } }) as Diagnosis
  const facts = { owner, approvals: [{}, {}, {}], scans: [{ chain: 31337, fromBlock: 0n, toBlock: 45n }, { chain: 8453, fromBlock: 10n, toBlock: 20n }] }

  test.each([
    ['novice', 'en', 'These are the spending permissions wallet 0x90F7…b906 has given, checked on 2 networks: 3 still in force.'],
    ['expert', 'en', `Approvals of ${owner}: 3 in force; scanned chain 31337 blocks 0–45 and chain 8453 blocks 10–20.`],
    ['novice', 'zh-CN', '这是钱包 0x90F7…b906 给出的使用授权，在 2 个网络上检查：仍然有效的有 3 项。'],
  ] as const)('%s %s', (level, lang, text) => {
    expect(about(diagnosis(facts), { level, lang })).toBe(text)
  })

  test('without the scan’s facts (an older cached answer), no line rather than a wrong one', () => {
    expect(about(diagnosis({ owner }), { level: 'novice', lang: 'en' })).toBeNull()
  })
})

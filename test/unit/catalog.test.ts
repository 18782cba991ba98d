import { describe, expect, test } from 'vitest'
import { allFindingCodes, findingCodes } from '../../src/core/codes.js'
import { finding } from '../../src/core/finding.js'
import { langs, levels, type Diagnosis } from '../../src/core/types.js'
import { catalogs, describe as describeFinding, explain, tronCatalogs } from '../../src/explain/explain.js'
import { findingExamples, tronExamples, tronVariants } from '../../src/explain/examples.js'

/**
 * Words a newcomer does not know. Novice text must get by without them (DESIGN §5). Addresses may appear only
 * shortened (0x1234…abcd), so any run of 12+ hex digits is jargon too. ERC-20 / TRC-20 / BEP-20 are allowed: exchanges
 * print them in their network pickers, so newcomers meet them there.
 */
const jargon = [
  /\bnonce\b/i, /\bgwei\b/i, /\bwei\b/i, /\brevert/i, /\bcalldata\b/i, /\bmempool\b/i, /\bEIP[- ]?\d*/i, /\bERC[- ]?(721|1155|4337|7702)\b/i,
  /\bgas\b/i, /\bRPC\b/, /\bABI\b/, /\bhash\b/i, /\bEOA\b/, /\bselector\b/i, /\bmaxFee/i, /0x[0-9a-f]{12,}/i,
  /随机数/, /回滚/, /内存池/, /交易池/,
]

type Code = (typeof allFindingCodes)[number]
/** Codes both families make: each is rendered with its EVM example and with its TRON example (`on: ' on TRON'`). */
const tronShared = allFindingCodes.filter((code) => code in tronExamples && (findingExamples as Record<string, unknown>)[code] !== (tronExamples as Record<string, unknown>)[code])
const exampleOf = (code: Code, on = ''): unknown => (on ? (tronExamples as Record<string, unknown>)[code] : findingExamples[code])
const allTemplates = [...allFindingCodes.map((code) => ({ code, on: '' })), ...tronShared.map((code) => ({ code, on: ' on TRON' }))].flatMap(({ code, on }) =>
  langs.flatMap((lang) => levels.map((level) => ({ code, on, lang, level }))),
)

describe('the catalog', () => {
  test('has novice and expert text in every language for every code', () => {
    for (const lang of langs) expect([...new Set([...Object.keys(catalogs[lang]), ...Object.keys(tronCatalogs[lang])])].sort()).toEqual([...allFindingCodes].sort())
    // Every code TRON makes has TRON words, and an example to render them with.
    for (const lang of langs) expect(Object.keys(tronCatalogs[lang]).sort()).toEqual(Object.keys(tronExamples).sort())
    expect(allTemplates).toHaveLength((allFindingCodes.length + tronShared.length) * 4)
  })

  test.each(allTemplates)('$code$on $level $lang renders a title, a body and next steps', ({ code, on, lang, level }) => {
    const text = describeFinding(finding(code, exampleOf(code, on) as never), { lang, level })
    const minimum = lang === 'zh-CN' ? 3 : 8 // Chinese says as much in fewer characters
    expect(text.title.length).toBeGreaterThan(minimum)
    expect(text.body.length).toBeGreaterThan(minimum)
    expect(text.actions.length).toBeGreaterThan(0)
    for (const line of [text.title, text.body, ...text.actions]) expect(line).not.toMatch(/undefined|NaN|\[object/)
    if (lang === 'zh-CN') expect(text.title + text.body).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each(allTemplates.filter((t) => t.level === 'novice'))('$code$on novice $lang has no jargon', ({ code, on, lang }) => {
    const text = describeFinding(finding(code, exampleOf(code, on) as never), { lang, level: 'novice' })
    // Except the two addresses a poisoning answer compares: shortened, they look the same, which is the trick.
    const { genuine, lookalike } = findingExamples.TX_ADDRESS_POISONING
    const shown = (line: string) => (code === 'TX_ADDRESS_POISONING' ? line.replaceAll(genuine, '').replaceAll(lookalike, '') : line)
    for (const line of [text.title, text.body, ...text.actions].map(shown)) for (const word of jargon) expect(line).not.toMatch(word)
  })

  // TRON's other situations (src/explain/examples-tron.ts tronVariants): every one renders like an example does.
  const variantCodes: Record<keyof typeof tronVariants, Code> = {
    outOfEnergyNoTrx: 'TX_FAILED_OUT_OF_ENERGY', revertWithReason: 'TX_FAILED_REVERTED', trxToNewAccount: 'TX_SUCCESS', fakeUsdtReceived: 'TX_SUCCESS',
    successUnread: 'TX_SUCCESS', sharedWallet: 'ADDRESS_PERMISSION_OTHER_KEYS', ownerStillOwn: 'ADDRESS_PERMISSION_OTHER_KEYS', lockedOut: 'ADDRESS_PERMISSION_OTHER_KEYS',
  }
  const variants = Object.entries(tronVariants).flatMap(([name, facts]) => langs.flatMap((lang) => levels.map((level) => ({ name, code: variantCodes[name as keyof typeof tronVariants], facts, lang, level }))))
  test.each(variants)('TRON variant $name ($code) $level $lang renders, with no jargon for a newcomer', ({ code, facts, lang, level }) => {
    expect(code).toBeDefined()
    const text = describeFinding(finding(code, facts as never), { lang, level })
    expect(text.title.length).toBeGreaterThan(1) // “成功” (success) is a whole title
    expect(text.body.length).toBeGreaterThan(3)
    expect(text.actions.length).toBeGreaterThan(0)
    for (const line of [text.title, text.body, ...text.actions]) expect(line).not.toMatch(/undefined|NaN|\[object/)
    if (level === 'novice') for (const line of [text.title, text.body, ...text.actions]) for (const word of jargon) expect(line).not.toMatch(word)
  })

  // The same node problems met among txdoctor's own nodes during a diagnosis read differently: nothing for the
  // user to change in their wallet.
  const ownNodeProblems = (['RPC_UNREACHABLE', 'RPC_WRONG_CHAIN', 'RPC_LAGGING', 'RPC_RATE_LIMITED'] as const).flatMap((code) => langs.map((lang) => ({ code, lang })))
  test.each(ownNodeProblems)('$code novice $lang, met while diagnosing: about txdoctor’s server, no jargon, nothing to change', ({ code, lang }) => {
    const text = describeFinding(finding(code, { ...findingExamples[code], inDiagnosis: true } as never), { lang, level: 'novice' })
    expect(text.title).toContain('txdoctor')
    expect(text.actions.join(' ')).not.toMatch(/wallet|钱包/)
    for (const line of [text.title, text.body, ...text.actions]) for (const word of jargon) expect(line).not.toMatch(word)
  })

  test('the jargon check itself catches jargon', () => {
    const caught = (line: string) => jargon.some((word) => word.test(line))
    expect(caught('Your nonce is too low')).toBe(true)
    expect(caught('fee of 3 gwei')).toBe(true)
    expect(caught('per EIP-1559')).toBe(true)
    expect(caught(`sent to 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045`)).toBe(true)
    expect(caught('sent to 0xd8dA…6045')).toBe(false)
  })
})

const diagnosis: Diagnosis = {
  input: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  kind: 'address',
  status: 'non_evm',
  findings: [finding('ADDRESS_NON_EVM', { network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' })],
  facts: { network: 'tron', big: 10n ** 30n },
  untrusted: {},
  meta: { rpcRequests: 0, rpcCalls: 0, roundTrips: 0, durationMs: 1, partial: false, checkedChains: [], version: '0.1.0' },
}

describe('explain', () => {
  test('builds the answer object with headline, handoff and JSON-safe facts', () => {
    const answer = explain(diagnosis, { level: 'novice', lang: 'en' })
    expect(answer).toMatchObject({
      kind: 'address', status: 'non_evm', severity: 'warning', level: 'novice', lang: 'en', chain: null,
      headline: 'This is a TRON address, not one for Ethereum-style networks.',
      facts: { network: 'tron', big: '1000000000000000000000000000000' },
    })
    expect(answer.handoff).toContain('ADDRESS_NON_EVM (warning)')
    expect(answer.handoff).toContain('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer)
  })

  test('orders findings most severe first and takes the headline from the first', () => {
    const answer = explain(
      { ...diagnosis, findings: [finding('TX_NOT_FINAL', findingExamples.TX_NOT_FINAL), finding('TX_TOKEN_TO_CONTRACT', findingExamples.TX_TOKEN_TO_CONTRACT)] },
      { level: 'expert', lang: 'en' },
    )
    expect(answer.findings.map((f) => f.code)).toEqual(['TX_TOKEN_TO_CONTRACT', 'TX_NOT_FINAL'])
    expect(answer.headline).toBe(answer.findings[0]!.title)
    expect(answer.severity).toBe(findingCodes.TX_TOKEN_TO_CONTRACT)
  })

  test('findings about the service come last and do not set the answer’s severity', () => {
    const answer = explain(
      { ...diagnosis, findings: [finding('DIAGNOSIS_PARTIAL', findingExamples.DIAGNOSIS_PARTIAL), finding('TX_SUCCESS', findingExamples.TX_SUCCESS)] },
      { level: 'novice', lang: 'en' },
    )
    expect(answer.findings.map((f) => f.code)).toEqual(['TX_SUCCESS', 'DIAGNOSIS_PARTIAL'])
    expect(answer.severity).toBe('ok')
    expect(answer.headline).toBe('The transfer went through.')
  })

  test('quotes and sanitises on-chain strings', () => {
    const facts = { ...findingExamples.TX_FAILED_REVERTED, reason: 'Claim at evil\u202Emoc.xyz\u0000' + 'x'.repeat(200) }
    const text = describeFinding(finding('TX_FAILED_REVERTED', facts), { level: 'novice', lang: 'en' })
    expect(text.body).toContain('«Claim at evilmoc.xyz')
    expect(text.body).not.toMatch(/[\u202E\u0000]/)
    expect(text.body).toMatch(/x…»/)
  })

  test('formats amounts for people', () => {
    const text = describeFinding(finding('TX_PENDING_INSUFFICIENT_FUNDS', findingExamples.TX_PENDING_INSUFFICIENT_FUNDS), { level: 'novice', lang: 'en' })
    expect(text.body).toContain('0.03 ETH')
    expect(text.body).toContain('0.01 ETH')
  })
})

describe('scam-token signals', async () => {
  const { containsLink, mixesScripts } = await import('../../src/core/untrusted.js')
  test.each([
    ['Visit evil.xyz', true], ['https://claim.example', true], ['www.usdt-airdrop.io', true], ['USDC', false], ['Wrapped Ether', false], ['USD Coin (PoS)', false],
  ])('containsLink(%j) → %s', (text, expected) => expect(containsLink(text)).toBe(expected))
  test.each([
    ['UЅDT', true], ['USDТ', true], ['ΕTH', true], ['USDT', false], ['USD₮0', false], ['币安币', false], ['stETH', false],
  ])('mixesScripts(%j) → %s', (text, expected) => expect(mixesScripts(text)).toBe(expected))
})

describe('the safety rule (src/explain/catalog-types.ts)', () => {
  const actionsOf = (code: (typeof allFindingCodes)[number], level: 'novice' | 'expert', lang: 'en' | 'zh-CN', on = '') =>
    describeFinding(finding(code, exampleOf(code, on) as never), { lang, level }).actions
  /** Codes where the transfer asked about may still go through later. */
  const mayStillGoThrough = ['TX_NOT_FOUND', 'TX_PENDING', 'TX_PENDING_FEE_TOO_LOW', 'TX_PENDING_TIP_TOO_LOW', 'TX_PENDING_NONCE_GAP', 'TX_PENDING_QUEUED_BEHIND', 'TX_PENDING_INSUFFICIENT_FUNDS'] as const
  const sendAgain = /send (?:it |this |the transfer )?again|try again|resend|re-send|重新发送|再发一次|重发/i
  const guarded = /don't|do not|before|不要|之前|先/i

  test.each(mayStillGoThrough.flatMap((code) => langs.map((lang) => ({ code, lang }))))('$code novice $lang: never "send it again" unguarded, and says not to', ({ code, lang }) => {
    const actions = actionsOf(code, 'novice', lang)
    for (const action of actions) if (sendAgain.test(action)) expect(action, action).toMatch(guarded)
    expect(actions.join(' ')).not.toMatch(/Clear activity|Reset account|清除活动记录|重置账户/)
  })

  test.each(allTemplates.filter((t) => t.code.startsWith('TX_FAILED_')))(
    '$code$on $level $lang: a failure is never acted on as if pending',
    ({ code, on, lang, level }) => {
      expect(actionsOf(code, level, lang, on).join(' ')).not.toMatch(/Speed up|“Cancel”|加速|“取消”/)
    },
  )

  test.each(allTemplates)('$code$on $level $lang: no action leads anyone to a secret', ({ code, on, lang, level }) => {
    const handOver = /(?:enter|type|paste|share|send|give|import|reveal|show|输入|粘贴|分享|发送|提供|导入|告诉|出示).{0,30}(?:recovery phrase|seed phrase|private key|助记词|私钥)/i
    for (const action of actionsOf(code, level, lang, on)) if (handOver.test(action)) expect(action, action).toMatch(/never|don't|do not|绝不|不要/i)
    // Novice words mention a secret only to warn: real support never asks for it.
    if (level === 'novice') for (const action of actionsOf(code, level, lang, on)) if (/recovery phrase|private key|助记词|私钥/i.test(action)) expect(action, action).toMatch(/never|绝不|不要/i)
  })

  test('beside a danger, no card says there is nothing more to do (one story)', () => {
    const contract = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45'
    const noMove = { ...findingExamples.TX_SUCCESS, transfers: [], value: { value: 0n, symbol: 'ETH', decimals: 18 } }
    const base: Diagnosis = { ...diagnosis, kind: 'transaction', status: 'success', findings: [finding('TX_SUCCESS', noMove as never)] }
    for (const lang of langs) {
      const calm = explain(base, { level: 'novice', lang })
      expect(calm.findings[0]!.actions).toHaveLength(1) // alone, the all-clear stays
      const withDanger = explain({ ...base, findings: [...base.findings, finding('TX_APPROVAL', { ...findingExamples.TX_APPROVAL, spender: contract } as never, 'danger')] }, { level: 'novice', lang })
      expect(withDanger.findings.find((f) => f.code === 'TX_SUCCESS')!.actions).toEqual([])
    }
  })

  test('beside a danger, calm cards give no advice of their own (no "help the receiver see it" beside a fake transfer)', () => {
    const poisoned: Diagnosis = {
      ...diagnosis,
      kind: 'transaction',
      status: 'success',
      findings: [finding('TX_ADDRESS_POISONING', findingExamples.TX_ADDRESS_POISONING as never), finding('TX_SUCCESS', findingExamples.TX_SUCCESS as never), finding('TX_NOT_FINAL', findingExamples.TX_NOT_FINAL as never)],
    }
    for (const lang of langs)
      for (const level of levels) {
        const answer = explain(poisoned, { level, lang })
        expect(answer.findings.find((f) => f.code === 'TX_ADDRESS_POISONING')!.actions.length).toBeGreaterThan(0)
        expect(answer.findings.filter((f) => f.code !== 'TX_ADDRESS_POISONING').flatMap((f) => f.actions)).toEqual([])
      }
  })

  test('token advice only where a token moved', () => {
    const plainSend = { ...findingExamples.TX_SUCCESS, transfers: [], value: { value: 10n ** 18n, symbol: 'ETH', decimals: 18 } }
    for (const lang of langs) expect(describeFinding(finding('TX_SUCCESS', plainSend as never), { lang, level: 'novice' }).actions.join(' ')).not.toMatch(/token|代币/)
  })
})

describe('transaction cards say what this transaction did, and nothing it did not', () => {
  const text = (code: (typeof allFindingCodes)[number], facts: unknown, level: 'novice' | 'expert', lang: 'en' | 'zh-CN') => {
    const t = describeFinding(finding(code, facts as never), { level, lang })
    return { ...t, all: [t.title, t.body, ...t.actions].join(' ') }
  }
  const eth = (value: bigint) => ({ value, symbol: 'ETH', decimals: 18 })
  const success = findingExamples.TX_SUCCESS
  const lure = findingExamples.TX_ADDRESS_POISONING
  /** An approval, a delegation, a 0-amount lure logged by someone else: nothing of value moved. */
  const movedNothing = {
    approval: { ...success, transfers: [], value: eth(0n) },
    lure: { ...success, value: eth(0n), sender: lure.sentBy, transfers: [{ standard: 'erc20', token: lure.token, symbol: 'USDC', decimals: 6, from: lure.victim, to: lure.lookalike, amount: 0n }] },
  }
  const gwei = (n: number) => BigInt(Math.round(n * 1e9))
  const undone = /cannot be undone|无法由网络撤回/
  const transferWords = /transfer is done|转账已完成/

  test.each(langs)('%s: "cannot be undone" only where coins or tokens moved; "recorded", not "the transfer is done"', (lang) => {
    expect(text('TX_SUCCESS', success, 'novice', lang).body).toMatch(undone)
    expect(text('TX_SUCCESS', { ...success, transfers: [], value: eth(10n ** 18n) }, 'novice', lang).body).toMatch(undone)
    for (const facts of Object.values(movedNothing)) {
      const t = text('TX_SUCCESS', facts, 'novice', lang)
      expect(t.all).not.toMatch(undone)
      expect(t.actions.join(' ')).not.toMatch(/receiver|收款人/)
    }
    expect(text('TX_NOT_FINAL', findingExamples.TX_NOT_FINAL, 'novice', lang).all).not.toMatch(transferWords)
    expect(text('TX_NOT_FINAL', { ...findingExamples.TX_NOT_FINAL, secondsToFinal: undefined }, 'novice', lang).all).not.toMatch(transferWords)
  })

  test.each(langs)('%s: a lure logged by someone else says who paid its fee (not the wallet it is shown leaving)', (lang) => {
    const t = text('TX_SUCCESS', movedNothing.lure, 'novice', lang)
    expect(t.body).toContain('0x9965…A4dc')
    expect(t.body).toMatch(lang === 'en' ? /paid by the one who sent it, 0x9965…A4dc, not by 0xf39F…2266/ : /由发起这笔交易的 0x9965…A4dc 支付，而不是 0xf39F…2266/)
    // The wallet's own transfer names no other payer.
    expect(text('TX_SUCCESS', success, 'novice', lang).body).not.toMatch(/paid by|支付，而不是/)
  })

  test.each(langs)('%s: a nonce gap of two asks to speed up each of the two, and gives the fees that fill and that stop it', (lang) => {
    const gap = findingExamples.TX_PENDING_NONCE_GAP
    const novice = text('TX_PENDING_NONCE_GAP', gap, 'novice', lang)
    expect(novice.title).toMatch(lang === 'en' ? /waiting for 2 earlier transfers/ : /在等 2 笔更早的/)
    expect(novice.actions[0]).toMatch(lang === 'en' ? /on each; once both go through.*If your wallet shows none, ask its support/ : /对每一笔都点“加速”；两笔都完成后.*请询问钱包的客服/)
    const one = text('TX_PENDING_NONCE_GAP', { ...gap, missingNonces: [7], nonce: 8 }, 'novice', lang)
    expect(one.title).toMatch(lang === 'en' ? /an earlier one/ : /一笔更早的/)
    const expert = text('TX_PENDING_NONCE_GAP', gap, 'expert', lang)
    expect(expert.actions.join(' ')).toContain('25.5 gwei') // each gap-filling send's fee cap
    expect(expert.actions.join(' ')).toContain('33 gwei') // the replacement that stops it
    if (lang === 'zh-CN') expect(expert.body).toContain('缺少的 nonce：7、8。在它们上链之前，本交易停留在排队（queued）池，而非待打包（pending）池中')
  })

  test.each(langs)('%s: a stuck transfer is sped up with the highest fee, and says how far off its offer is', (lang) => {
    const t = text('TX_PENDING_FEE_TOO_LOW', { ...findingExamples.TX_PENDING_FEE_TOO_LOW, maxFeePerGas: gwei(3), nextBaseFeePerGas: gwei(60) }, 'novice', lang)
    expect(t.actions[0]).toMatch(lang === 'en' ? /choose the highest \(fastest\) fee/ : /选择最高（最快）的手续费/)
    expect(t.body).toMatch(lang === 'en' ? /about 20 times/ : /大约是它出价的 20 倍/)
  })

  test('zh-CN experts read Chinese with the field names in brackets: no bare status, finalized or base fee, no "转账金额 0 ETH"', () => {
    const bare = /(?<!（)\b(status|finalized|base fee)\b(?!）)/
    for (const [code, facts] of [['TX_SUCCESS', success], ['TX_NOT_FINAL', findingExamples.TX_NOT_FINAL], ['TX_PENDING_FEE_TOO_LOW', findingExamples.TX_PENDING_FEE_TOO_LOW], ['TX_PENDING', findingExamples.TX_PENDING]] as const) {
      const t = text(code, facts, 'expert', 'zh-CN')
      expect(t.title + t.body, code).not.toMatch(bare)
    }
    const body = text('TX_SUCCESS', success, 'expert', 'zh-CN').body
    expect(body).not.toMatch(/转账金额|ERC20/)
    expect(body).toContain('交易附带 0 ETH')
  })

  test.each(langs)('%s: a delegation to an unknown program: a new recovery phrase, no ETH sent in, and a way back at both levels', (lang) => {
    const novice = text('TX_EIP7702_DELEGATION', findingExamples.TX_EIP7702_DELEGATION, 'novice', lang)
    expect(novice.actions.join(' ')).toMatch(lang === 'en' ? /new recovery phrase/ : /新助记词/)
    expect(novice.actions.join(' ')).toMatch(lang === 'en' ? /not even a little ETH to pay a fee/ : /哪怕是用来付手续费的少量 ETH/)
    expect(novice.actions.join(' ')).toMatch(lang === 'en' ? /removes the program/ : /移除该程序/)
    expect(novice.body).toMatch(lang === 'en' ? /every network/ : /所有网络/) // signed with chainId 0
    const expert = text('TX_EIP7702_DELEGATION', findingExamples.TX_EIP7702_DELEGATION, 'expert', lang)
    expect(expert.body).toMatch(/chainId (为 )?0/)
    expect(expert.body).toMatch(/nonce (为 )?12/)
    expect(expert.actions[0]).toContain('address(0)')
  })

  test.each(langs)('%s: a failed swap states the unmet minimum, not a price move it did not measure', (lang) => {
    const novice = text('TX_FAILED_SLIPPAGE', findingExamples.TX_FAILED_SLIPPAGE, 'novice', lang)
    expect(novice.title).toContain('2,000 «USDC»')
    expect(novice.title).not.toMatch(/price moved|价格变动/)
    const expert = text('TX_FAILED_SLIPPAGE', findingExamples.TX_FAILED_SLIPPAGE, 'expert', lang)
    expect(expert.actions[0]).toMatch(/0\.99/)
    expect(expert.actions[1]).toMatch(lang === 'en' ? /^Only if/ : /^仅当/)
  })

  test.each(langs)('%s: a missing approval is given only in the app opened from its official site; an unknown spender is said to be unknown', (lang) => {
    const unknown = { ...findingExamples.TX_FAILED_ALLOWANCE, spenderLabel: undefined }
    const t = text('TX_FAILED_ALLOWANCE', unknown, 'novice', lang)
    expect(t.actions[0]).toMatch(lang === 'en' ? /official website/ : /官方网站/)
    expect(t.actions[1]).toMatch(lang === 'en' ? /We don't know the app at 0x68b3…Fc45/ : /我们不认识地址为 0x68b3…Fc45 的应用/)
    const known = text('TX_FAILED_ALLOWANCE', { ...unknown, spenderLabel: 'Uniswap SwapRouter02' }, 'novice', lang)
    expect(known.all).not.toMatch(/We don't know|我们不认识/)
    if (lang === 'zh-CN') expect(text('TX_FAILED_ALLOWANCE', unknown, 'expert', lang).body).toMatch(/被授权方（spender）.*当前额度（allowance）0 «USDC».*所需（needed）250 «USDC»/)
  })

  test.each(langs)('%s: a recipient with code elsewhere is a program there, not assumed a smart wallet; tokens in a token contract: where the deployer is found', (lang) => {
    const elsewhere = text('TX_RECIPIENT_NOT_ON_CHAIN', findingExamples.TX_RECIPIENT_NOT_ON_CHAIN, 'novice', lang)
    expect(elsewhere.body).not.toMatch(/belongs to a smart wallet|属于.*智能钱包/)
    expect(elsewhere.body).toMatch(lang === 'en' ? /is a program \(a contract\), often a smart wallet/ : /是一个程序（合约），通常是智能钱包/)
    expect(text('TX_RECIPIENT_NOT_ON_CHAIN', findingExamples.TX_RECIPIENT_NOT_ON_CHAIN, 'expert', lang).actions[0]).toMatch(/sends more|再转入资金/)
    expect(text('TX_TOKEN_TO_CONTRACT', findingExamples.TX_TOKEN_TO_CONTRACT, 'expert', lang).actions[0]).toMatch(/contract creator|合约创建者/)
  })

  test.each(langs)('%s: an approval to a scam address: remove it, and if anything is missing, a new wallet; the expert reads the real owner and value', (lang) => {
    const novice = text('TX_APPROVAL', findingExamples.TX_APPROVAL, 'novice', lang)
    expect(novice.actions[0]).toMatch(lang === 'en' ? /this scam address/ : /这个诈骗地址/)
    expect(novice.actions[1]).toMatch(lang === 'en' ? /already missing.*new recovery phrase/ : /已经.*新助记词/)
    const expert = text('TX_APPROVAL', findingExamples.TX_APPROVAL, 'expert', lang)
    expect(expert.body).toContain(`allowance(${findingExamples.TX_APPROVAL.owner}, `)
    expect(expert.body).not.toContain('allowance(owner')
    expect(expert.body).toContain((2n ** 256n - 1n).toString())
  })
})

describe('address and approval answers (review: wallet-address, mistyped, TRON, approvals, tokens without gas)', () => {
  const words = <code extends (typeof allFindingCodes)[number]>(code: code, facts: unknown, lang: 'en' | 'zh-CN', level: 'novice' | 'expert' = 'novice') =>
    describeFinding(finding(code, facts as never), { lang, level })

  test.each(langs)('a new wallet always means a new recovery phrase, in every novice text (%s)', (lang) => {
    for (const code of allFindingCodes) {
      for (const action of words(code, findingExamples[code], lang).actions)
        if (/(?:move|create).{0,60}new wallet|转到.{0,20}新钱包|新建.{0,6}钱包/i.test(action)) expect(action, action).toMatch(lang === 'en' ? /new recovery phrase/ : /新助记词/)
    }
  })

  test.each(langs)('standing approvals to a scam address or a person are removed right away, by name, never after "do you recognise it" (%s)', (lang) => {
    const text = words('ADDRESS_RISKY_APPROVALS', findingExamples.ADDRESS_RISKY_APPROVALS, lang)
    const [first] = text.actions
    expect(first).toMatch(lang === 'en' ? /^Right away, remove the permissions of the scam address \(0xd8dA…6045\) and the personal wallet \(0xd8dA…6045\)/ : /^马上.*撤销这个诈骗地址（0xd8dA…6045）和这个个人钱包（0xd8dA…6045）的授权/)
    expect(first).not.toMatch(/recognise|不认识/)
    // Amounts where the facts have them; unlimited said as such.
    expect(text.body).toContain(lang === 'en' ? 'can take all of your «USDC», with no limit' : '可以拿走你全部的 «USDC»')
    expect(text.body).toContain(lang === 'en' ? 'can spend up to 100 «USDC»' : '可以使用你最多 100 «USDC»')
    // The expert gets every risk of each permission, and the exact call that removes each.
    const expert = words('ADDRESS_RISKY_APPROVALS', findingExamples.ADDRESS_RISKY_APPROVALS, lang, 'expert')
    expect(expert.body).toContain(lang === 'en' ? 'APPROVAL_UNLIMITED, APPROVAL_FLAGGED_SPENDER' : 'APPROVAL_UNLIMITED、APPROVAL_FLAGGED_SPENDER')
    for (const r of findingExamples.ADDRESS_RISKY_APPROVALS.risky) expect(expert.actions.join(' ')).toContain(r.revoke)
  })

  test.each(langs)('an approval card’s next step names "this" scam address, and what to do if something is already gone (%s)', (lang) => {
    const [remove, missing] = words('APPROVAL_FLAGGED_SPENDER', findingExamples.APPROVAL_FLAGGED_SPENDER, lang).actions
    expect(remove).toContain(lang === 'en' ? 'lets this scam address (0x68b3…Fc45)' : '撤销这个诈骗地址（0x68b3…Fc45）')
    expect(missing).toMatch(lang === 'en' ? /^If any of your «USDC» is already missing/ : /^如果你的 «USDC» 已经少了/)
    const nft = { ...findingExamples.APPROVAL_TO_EOA, permission: 'nft', tokenId: 42n, symbol: 'BAYC', amount: undefined, grantedAmount: undefined }
    expect(words('APPROVAL_TO_EOA', nft, lang).actions[1]).toMatch(lang === 'en' ? /^If item #42 of «BAYC» is already gone/ : /^如果这件藏品（«BAYC» 第 42 号）已经不见了/)
  })

  test.each(langs)('the expert reads the owner’s allowance and an unlimited one’s exact value (%s)', (lang) => {
    const body = words('APPROVAL_TO_EOA', findingExamples.APPROVAL_TO_EOA, lang, 'expert').body
    expect(body).toContain(`.allowance(${findingExamples.APPROVAL_TO_EOA.owner}, `)
    expect(body).toContain(`${2n ** 256n - 1n}`)
    expect(body).not.toContain('allowance(owner,')
  })

  test.each(langs)('Permit2 as the spender: the risk is in signatures, not in "that app" being hacked (%s)', (lang) => {
    const permit2 = { ...findingExamples.APPROVAL_UNLIMITED, spender: '0x000000000022D473030F116dDEE9F6B43aC78BA3', spenderLabel: 'Uniswap Permit2', spenderIsPermit2: true }
    const text = words('APPROVAL_UNLIMITED', permit2, lang)
    expect(text.body).toMatch(lang === 'en' ? /only sign Permit2 requests on sites you trust/ : /只在你信任的网站上签署 Permit2 请求/)
    expect(text.body).not.toMatch(/hacked|was a scam|被黑|本身就是骗局/)
  })

  test.each(langs)('a failed checksum: "probably" a typo; one letter’s case is not called a wrong digit; the re-checksummed form is not confirmed (%s)', (lang) => {
    expect(words('ADDRESS_BAD_CHECKSUM', findingExamples.ADDRESS_BAD_CHECKSUM, lang).title).toMatch(lang === 'en' ? /probably has a typo/ : /很可能有输入错误/)
    const expert = words('ADDRESS_BAD_CHECKSUM', findingExamples.ADDRESS_BAD_CHECKSUM, lang, 'expert').body
    expect(expert).toMatch(lang === 'en' ? /1 of its 16 letters differs in case \(position 4 after 0x\)/ : /16 个字母里有 1 个大小写不同（0x 之后第 4 位）/)
    expect(expert).toMatch(lang === 'en' ? /rather than a wrong digit/ : /而不是数字打错/)
    expect(expert).not.toMatch(/probably wrong|很可能有误/)
  })

  test.each(langs)('a TRON address: not presumed to be a payee, and its 20 bytes stated truly (%s)', (lang) => {
    const novice = words('ADDRESS_NON_EVM', findingExamples.ADDRESS_NON_EVM, lang)
    expect(novice.actions[0]).toMatch(lang === 'en' ? /^We can't check TRON: before paying, confirm with the recipient/ : /^我们无法检查波场：付款前，请先与收款人确认/)
    const expert = words('ADDRESS_NON_EVM', findingExamples.ADDRESS_NON_EVM, lang, 'expert').body
    expect(expert).toContain('41a614f803b6fd780986a42c78ec9c7f77e6ded13c')
    expect(expert).not.toMatch(/no 20-byte|没有对应的 20 字节/)
  })

  test.each(langs)('a Bitcoin address: another network’s address means 0x… or, for TRON, T…; the Chinese names 比特币（Bitcoin） once (%s)', (lang) => {
    const bitcoin = { network: 'bitcoin', address: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' }
    const novice = words('ADDRESS_NON_EVM', bitcoin, lang)
    expect(novice.actions[1]).toMatch(lang === 'en' ? /0x… for Ethereum-style networks or, for TRON, T…/ : /以太坊类网络以 0x 开头，波场以 T 开头/)
    // txdoctor checks TRON too: a Bitcoin address is not TRON's either (a TRON address keeps its own words).
    expect(novice.title).toBe(lang === 'en' ? 'This is a Bitcoin address, not one for Ethereum-style networks or TRON.' : '这是一个比特币（Bitcoin）地址，不是以太坊类网络或波场的地址。')
    expect(novice.body).toMatch(lang === 'en' ? /similar networks, and TRON, cannot send to it/ : /等网络以及波场都无法向它转账/)
    expect(words('ADDRESS_NON_EVM', bitcoin, lang, 'expert').body).toMatch(lang === 'en' ? /is not an EVM or TRON address: EVM and TRON wallets and contracts cannot send to it/ : /不是 EVM 或波场地址：EVM 和波场的钱包及合约都无法向它转账/)
    expect(words('ADDRESS_NON_EVM', findingExamples.ADDRESS_NON_EVM, lang).title).not.toMatch(/or TRON|或波场/)
    if (lang === 'zh-CN')
      for (const level of ['novice', 'expert'] as const) {
        const t = words('ADDRESS_NON_EVM', bitcoin, lang, level)
        expect([t.title, t.body, ...t.actions].join('').split('比特币（Bitcoin）').length - 1).toBe(1)
      }
  })

  test.each(langs)('tokens without gas: amounts held, the fee as gas × price, no relayer for a plain wallet (%s)', (lang) => {
    expect(words('ADDRESS_NO_GAS', findingExamples.ADDRESS_NO_GAS, lang).body).toContain('250 «USDC»')
    const expert = words('ADDRESS_NO_GAS', findingExamples.ADDRESS_NO_GAS, lang, 'expert')
    expect(expert.body).toMatch(lang === 'en' ? /= 65,000 gas \(a typical ERC-20 transfer\) × 0\.0308 gwei/ : /= 65,000 单位燃料（一笔典型的 ERC-20 转账）× 0\.0308 gwei/)
    expect(`${expert.body} ${expert.actions.join(' ')}`).not.toMatch(/relayer|paymaster/i)
    expect(words('ADDRESS_NO_GAS', findingExamples.ADDRESS_NO_GAS, 'zh-CN').actions.join('')).not.toContain('弄到')
  })
})

describe('a replacement that would be stuck too', () => {
  // Below the base fee, a wallet's default speed-up or cancel (+10 %) is still below it: each must ask for the
  // highest fee, or the user believes a cancel went through that is waiting as well.
  test.each(langs)('TX_PENDING_FEE_TOO_LOW novice %s: speed-up and cancel both ask for the highest fee', (lang) => {
    const { actions: all } = describeFinding(finding('TX_PENDING_FEE_TOO_LOW', findingExamples.TX_PENDING_FEE_TOO_LOW), { lang, level: 'novice' })
    const actions = all.filter((a) => /Speed up|Cancel|加速|取消/.test(a))
    expect(actions.length).toBeGreaterThanOrEqual(2)
    for (const action of actions) expect(action, action).toMatch(/highest|最高/)
  })
})

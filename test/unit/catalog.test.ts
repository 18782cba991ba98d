import { describe, expect, test } from 'vitest'
import { allFindingCodes, findingCodes } from '../../src/core/codes.js'
import { finding } from '../../src/core/finding.js'
import { langs, levels, type Diagnosis } from '../../src/core/types.js'
import { catalogs, describe as describeFinding, explain } from '../../src/explain/explain.js'
import { findingExamples } from '../../src/explain/examples.js'

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

const allTemplates = allFindingCodes.flatMap((code) => langs.flatMap((lang) => levels.map((level) => ({ code, lang, level }))))

describe('the catalog', () => {
  test('has novice and expert text in every language for every code', () => {
    for (const lang of langs) expect(Object.keys(catalogs[lang]).sort()).toEqual([...allFindingCodes].sort())
    expect(allTemplates).toHaveLength(allFindingCodes.length * 4)
  })

  test.each(allTemplates)('$code $level $lang renders a title, a body and next steps', ({ code, lang, level }) => {
    const text = describeFinding(finding(code, findingExamples[code] as never), { lang, level })
    const minimum = lang === 'zh-CN' ? 3 : 8 // Chinese says as much in fewer characters
    expect(text.title.length).toBeGreaterThan(minimum)
    expect(text.body.length).toBeGreaterThan(minimum)
    expect(text.actions.length).toBeGreaterThan(0)
    for (const line of [text.title, text.body, ...text.actions]) expect(line).not.toMatch(/undefined|NaN|\[object/)
    if (lang === 'zh-CN') expect(text.title + text.body).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each(allTemplates.filter((t) => t.level === 'novice'))('$code novice $lang has no jargon', ({ code, lang }) => {
    const text = describeFinding(finding(code, findingExamples[code] as never), { lang, level: 'novice' })
    // Except the two addresses a poisoning answer compares: shortened, they look the same, which is the trick.
    const { genuine, lookalike } = findingExamples.TX_ADDRESS_POISONING
    const shown = (line: string) => (code === 'TX_ADDRESS_POISONING' ? line.replaceAll(genuine, '').replaceAll(lookalike, '') : line)
    for (const line of [text.title, text.body, ...text.actions].map(shown)) for (const word of jargon) expect(line).not.toMatch(word)
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
  const actionsOf = (code: (typeof allFindingCodes)[number], level: 'novice' | 'expert', lang: 'en' | 'zh-CN') =>
    describeFinding(finding(code, findingExamples[code] as never), { lang, level }).actions
  /** Codes where the transfer asked about may still go through later. */
  const mayStillGoThrough = ['TX_NOT_FOUND', 'TX_PENDING', 'TX_PENDING_FEE_TOO_LOW', 'TX_PENDING_TIP_TOO_LOW', 'TX_PENDING_NONCE_GAP', 'TX_PENDING_QUEUED_BEHIND', 'TX_PENDING_INSUFFICIENT_FUNDS'] as const
  const sendAgain = /send (?:it |this |the transfer )?again|try again|resend|re-send|重新发送|再发一次|重发/i
  const guarded = /don't|do not|before|不要|之前|先/i

  test.each(mayStillGoThrough.flatMap((code) => langs.map((lang) => ({ code, lang }))))('$code novice $lang: never "send it again" unguarded, and says not to', ({ code, lang }) => {
    const actions = actionsOf(code, 'novice', lang)
    for (const action of actions) if (sendAgain.test(action)) expect(action, action).toMatch(guarded)
    expect(actions.join(' ')).not.toMatch(/Clear activity|Reset account|清除活动记录|重置账户/)
  })

  test.each(allFindingCodes.filter((c) => c.startsWith('TX_FAILED_')).flatMap((code) => langs.flatMap((lang) => levels.map((level) => ({ code, lang, level })))))(
    '$code $level $lang: a failure is never acted on as if pending',
    ({ code, lang, level }) => {
      expect(actionsOf(code, level, lang).join(' ')).not.toMatch(/Speed up|“Cancel”|加速|“取消”/)
    },
  )

  test.each(allTemplates)('$code $level $lang: no action leads anyone to a secret', ({ code, lang, level }) => {
    const handOver = /(?:enter|type|paste|share|send|give|import|reveal|show|输入|粘贴|分享|发送|提供|导入|告诉|出示).{0,30}(?:recovery phrase|seed phrase|private key|助记词|私钥)/i
    for (const action of actionsOf(code, level, lang)) if (handOver.test(action)) expect(action, action).toMatch(/never|don't|do not|绝不|不要/i)
    // Novice words mention a secret only to warn: real support never asks for it.
    if (level === 'novice') for (const action of actionsOf(code, level, lang)) if (/recovery phrase|private key|助记词|私钥/i.test(action)) expect(action, action).toMatch(/never|绝不|不要/i)
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

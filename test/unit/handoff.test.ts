import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { allFindingCodes, findingCodes, type FindingCode } from '../../src/core/codes.js'
import type { ChainRef } from '../../src/core/facts.js'
import { langs, type AnswerKind, type Diagnosis, type Finding, type Lang, type Status } from '../../src/core/types.js'
import { findingExamples } from '../../src/explain/examples.js'
import { describe as describeFinding, explain } from '../../src/explain/explain.js'
import { handoff } from '../../src/explain/handoff.js'

const hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
const alice = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const ethereum: ChainRef = { id: 1, name: 'Ethereum' }
const meta = { rpcRequests: 3, rpcCalls: 5, roundTrips: 2, durationMs: 412, partial: false, checkedChains: [1], version: '0.1.0' }

const finding = <code extends FindingCode>(code: code, facts = findingExamples[code]): Finding =>
  ({ code, severity: findingCodes[code], facts }) as Finding

/** A diagnosis of the kind each code belongs to, with the input a user would have pasted. */
function diagnosisOf(code: FindingCode): Diagnosis {
  const facts = findingExamples[code] as { chain?: unknown }
  const chain = typeof facts.chain === 'object' ? (facts.chain as ChainRef) : ethereum
  const [kind, input, status]: [AnswerKind, string, Status] = code === 'TX_NON_EVM'
    ? ['transaction', findingExamples.TX_NON_EVM.id, 'non_evm']
    : code.startsWith('TX_')
    ? ['transaction', hash, 'pending']
    : code === 'ADDRESS_NON_EVM'
      ? ['address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'non_evm']
      : code === 'ADDRESS_BAD_CHECKSUM'
        ? ['address', '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045', 'bad_checksum']
        : code.startsWith('ADDRESS_')
          ? ['address', alice, 'active']
          : code.startsWith('APPROVAL')
            ? ['approvals', alice, 'checked']
            : ['rpc', 'https://rpc.example', 'unhealthy']
  return {
    input, kind, status, findings: [finding(code)], untrusted: {}, meta,
    ...(code === 'ADDRESS_NON_EVM' || code === 'TX_NON_EVM' ? {} : { chain }),
    facts: kind === 'transaction' && code !== 'TX_NON_EVM' ? { hash, from: alice, to: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', nonce: 7 } : {},
  }
}

/** Words a Chinese hand-off may carry in Latin letters: names, units and identifiers, never our own English. */
const allowedNames = [
  'txdoctor', 'gwei', 'ETH', 'ERC-20', 'ERC-721', 'ERC-1155', 'revoke.cash',
  // Chain and network names as the registry gives them
  'Ethereum', 'Base', 'Arbitrum One', 'TRON', 'Solana',
  // Labels from txdoctor's registry of spenders and scams, and product names the catalog uses
  'Uniswap SwapRouter02', 'OpenSea Conduit', 'Inferno Drainer', 'Uniswap', 'Permit2', 'Solscan', 'Explorer',
  // TRON's coin, its unit and the token standard its wallets show
  'TRC-20', 'TRX', 'USDT', 'sun',
]

/** Latin words of three letters or more left once the allowed tokens are taken out. */
function englishLeftIn(text: string, input: string): string[] {
  let rest = text.split(input).join(' ')
  rest = rest.replace(/«[^»]*»/g, ' ') // quoted on-chain or node strings: someone else's words, shown as data
  rest = rest.replace(/https?:\/\/\S+/g, ' ')
  rest = rest.replace(/\b0x[0-9a-fA-F]+\b/g, ' ')
  // TRON addresses (base58, T…) and transaction ids (64 hex digits, no 0x)
  rest = rest.replace(/\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g, ' ').replace(/\b[0-9a-fA-F]{64}\b/g, ' ')
  rest = rest.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\b/g, ' ')
  // Longest first, so TX_PENDING does not leave _QUEUED_BEHIND of TX_PENDING_QUEUED_BEHIND behind.
  for (const code of [...allFindingCodes].sort((x, y) => y.length - x.length)) rest = rest.split(code).join(' ')
  rest = rest.replace(/\b[a-z]+_[A-Za-z]+\b/g, ' ') // JSON-RPC method names: debug_traceTransaction
  rest = rest.replace(/\b[a-zA-Z]+\(\)/g, ' ') // function names: approve()
  for (const name of allowedNames) rest = rest.split(name).join(' ')
  return rest.match(/[A-Za-z]{3,}/g) ?? []
}

/** Digit runs (thousands separators allowed) outside hashes and addresses: a raw wei amount would be one. */
function bigNumbersIn(text: string, input: string): string[] {
  const rest = text.split(input).join(' ').replace(/0x[0-9a-fA-F]+/g, ' ')
  return [...rest.matchAll(/\d[\d,]*/g)].map((m) => m[0]).filter((n) => BigInt(n.replace(/,/g, '')) >= 10n ** 12n)
}

test('the check for English in Chinese catches labels, words and codes cut short', () => {
  expect(englishLeftIn('transaction: 0xabc\nfindings: TX_SUCCESS [ok]; key facts: fee=1 (18 decimals)', '@@')).toEqual(['transaction', 'findings', 'key', 'facts', 'fee', 'decimals'])
  expect(englishLeftIn('诊断代码：TX_PENDING_QUEUED_BEHIND（警告）；代币 «Claim now» 在 Base 上；approve()', '@@')).toEqual([])
})

describe('hand-off for every code', () => {
  for (const code of allFindingCodes)
    for (const lang of langs)
      test(`${code} in ${lang}`, () => {
        const diagnosis = diagnosisOf(code)
        const text = explain(diagnosis, { level: 'expert', lang }).handoff
        const [first = '', blank] = text.split('\n')
        const novice = describeFinding(finding(code), { level: 'novice', lang })

        // A sentence in the reader's language first: the novice title, then the first step.
        expect(first.startsWith(novice.title)).toBe(true)
        expect(blank).toBe('')
        if (lang === 'en') {
          expect(first).toMatch(/^[A-Z«][^\n]*[.!?]$/)
          expect(text).not.toMatch(/[\u4e00-\u9fff]/)
        } else {
          expect(first).toMatch(/[。！？]$/)
          expect(first.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThan(8)
          expect(englishLeftIn(text, diagnosis.input)).toEqual([])
        }
        if (novice.actions[0]) expect(first).toContain(novice.actions[0])

        // The full input, every code, the time and the version.
        expect(text).toContain(diagnosis.input)
        expect(text).toContain(code)
        expect(text).toMatch(lang === 'en' ? /^Checked at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m : /^检查时间：\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m)
        expect(text).toMatch(lang === 'en' ? /^txdoctor version: 0\.1\.0$/m : /^txdoctor 版本：0\.1\.0$/m)

        // Amounts for people: no base units, no decimals notes, no raw flags or enums.
        expect(text).not.toContain('decimals)')
        expect(bigNumbersIn(text, diagnosis.input)).toEqual([])
        expect(text).not.toMatch(/=|\b(true|false|undefined|null|NaN)\b|\[object|\b(replay-\w+|calldata)\b/)
        // No fact's key for a label (`maxFeePerGas: …`, `inDiagnosis: …`).
        expect(text).not.toMatch(/^[a-z]+[A-Z]\w*[:：]/m)
        expect(text).not.toContain(`: ${diagnosis.status}\n`)
        // Every line after the sentence says what it is.
        for (const line of text.split('\n').slice(2)) expect(line).toMatch(/[:：]|[.。]$/)
      })
})

describe('hand-off, word for word', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2025-06-01T12:00:00.000Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const stuck: Diagnosis = {
    input: hash,
    kind: 'transaction',
    chain: ethereum,
    status: 'pending',
    findings: [finding('TX_PENDING_FEE_TOO_LOW')],
    facts: { hash, chainId: 1, from: alice, to: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', nonce: 7, value: 10n ** 17n, explorer: `https://etherscan.io/tx/${hash}` },
    untrusted: {},
    meta,
  }
  const drained: Diagnosis = {
    input: alice,
    kind: 'approvals',
    status: 'checked',
    findings: [finding('APPROVAL_FLAGGED_SPENDER'), finding('APPROVAL_UNLIMITED')],
    facts: { owner: alice, approvals: [] },
    untrusted: { tokenSymbols: ['USDC'] },
    meta,
  }

  test('a stuck transaction, in English', () => {
    expect(explain(stuck, { level: 'expert', lang: 'en' }).handoff).toBe(
      [
        'Your transfer is stuck because the fee it offers is too low right now. Suggested next step: Open the transfer in your wallet, press “Speed up”, and on that screen choose the highest (fastest) fee: a small raise would leave it stuck.',
        '',
        'Network: Ethereum (chain ID 1)',
        `Transaction hash: ${hash}`,
        'Status: pending (sent, not yet included in a block)',
        `Sent by: ${alice}`,
        'To: 0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
        'Nonce: 7',
        'Finding codes: TX_PENDING_FEE_TOO_LOW (warning)',
        'Max fee offered (per gas): 8 gwei',
        "Next block's base fee: 21.5 gwei",
        'Replacement nonce: 7',
        'Replacement max fee (at least, per gas): 44.5 gwei',
        'Replacement priority fee (at least, per gas): 1.65 gwei',
        `Block explorer: https://etherscan.io/tx/${hash}`,
        'Checked at: 2025-06-01T12:00:00Z',
        'txdoctor version: 0.1.0',
      ].join('\n'),
    )
  })

  test('a stuck transaction, in Chinese', () => {
    expect(explain(stuck, { level: 'novice', lang: 'zh-CN' }).handoff).toBe(
      [
        '你的转账卡住了，因为它给出的手续费低于当前网络价格。建议下一步：在钱包里打开这笔转账，点“加速”，并在加速页面选择最高（最快）的手续费：只提高一点仍会卡住。',
        '',
        '网络：Ethereum（链 ID 1）',
        `交易哈希：${hash}`,
        '状态：等待中（已发出，尚未打包进区块）',
        `交易发起方：${alice}`,
        '接收方：0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
        '交易序号：7',
        '诊断代码：TX_PENDING_FEE_TOO_LOW（警告）',
        '出价的最高费用（每单位燃料）：8 gwei',
        '下一个区块的基础费用：21.5 gwei',
        '替换交易的交易序号：7',
        '替换交易的最高费用（至少，每单位燃料）：44.5 gwei',
        '替换交易的优先费（至少，每单位燃料）：1.65 gwei',
        `区块浏览器：https://etherscan.io/tx/${hash}`,
        '检查时间：2025-06-01T12:00:00Z',
        'txdoctor 版本：0.1.0',
      ].join('\n'),
    )
  })

  test('a wallet with a permission for a drainer, in English', () => {
    expect(explain(drained, { level: 'novice', lang: 'en' }).handoff).toBe(
      [
        'Danger: a known scam address (0x68b3…Fc45) can take all of your «USDC», with no limit. Suggested next step: Right away, remove the permission that lets this scam address (0x68b3…Fc45) spend «USDC», with a trusted tool such as revoke.cash or your wallet’s permissions page.',
        '',
        `Wallet address (permissions checked): ${alice}`,
        'Status: check completed',
        'Finding codes: APPROVAL_FLAGGED_SPENDER (danger), APPROVAL_UNLIMITED (warning)',
        'Network: Ethereum (chain ID 1)',
        'Token: «USDC» (0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48)',
        'Allowed spender: 0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
        'Allowed amount: unlimited',
        'Flagged as: Inferno Drainer',
        'Risks: APPROVAL_UNLIMITED, APPROVAL_FLAGGED_SPENDER',
        // Every other risky permission, one line each: the agent sees all that must be removed.
        'Ethereum (chain ID 1): allowed amount unlimited; allowed spender Uniswap SwapRouter02 (0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45); token «USDC» (0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48); risks APPROVAL_UNLIMITED',
        'Checked at: 2025-06-01T12:00:00Z',
        'txdoctor version: 0.1.0',
      ].join('\n'),
    )
  })

  test('a wallet with a permission for a drainer, in Chinese', () => {
    expect(explain(drained, { level: 'expert', lang: 'zh-CN' }).handoff).toBe(
      [
        '危险：一个已知的诈骗地址（0x68b3…Fc45）可以拿走你全部的 «USDC»。建议下一步：马上用可信的工具（例如 revoke.cash 或钱包自带的授权管理页面）撤销这个诈骗地址（0x68b3…Fc45）对 «USDC» 的授权。',
        '',
        `钱包地址（已检查授权）：${alice}`,
        '状态：检查已完成',
        '诊断代码：APPROVAL_FLAGGED_SPENDER（危险）、APPROVAL_UNLIMITED（警告）',
        '网络：Ethereum（链 ID 1）',
        '代币：«USDC»（0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48）',
        '被授权方：0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
        '授权数量：无上限',
        '被标记为：Inferno Drainer',
        '风险代码：APPROVAL_UNLIMITED、APPROVAL_FLAGGED_SPENDER',
        'Ethereum（链 ID 1）：授权数量 无上限；被授权方 Uniswap SwapRouter02（0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45）；代币 «USDC»（0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48）；风险代码 APPROVAL_UNLIMITED',
        '检查时间：2025-06-01T12:00:00Z',
        'txdoctor 版本：0.1.0',
      ].join('\n'),
    )
  })
})

describe('hand-off details', () => {
  const base = diagnosisOf('TX_SUCCESS')
  const render = (diagnosis: Diagnosis, lang: Lang = 'en') => explain(diagnosis, { level: 'expert', lang }).handoff

  test('on-chain strings are quoted and sanitised', () => {
    const text = render({ ...diagnosisOf('TX_FAILED_REVERTED'), findings: [finding('TX_FAILED_REVERTED', { ...findingExamples.TX_FAILED_REVERTED, reason: 'Claim at evil\u202Emoc.xyz\u0000 »fake' })] })
    expect(text).toContain("Contract's reason: «Claim at evilmoc.xyz ›fake»")
    expect(text).not.toMatch(/[\u202E\u0000]/)
  })

  test('a token amount carries its decimals; an unlimited permission says so', () => {
    expect(render(base)).toContain('Token transfer: amount 250 «USDC»; token standard ERC-20; token «USDC» (0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48)')
    expect(render(diagnosisOf('APPROVAL_UNLIMITED'), 'zh-CN')).toContain('授权数量：无上限')
  })

  test('a token amount without decimals is not shown as base units', () => {
    const facts = { ...findingExamples.TX_TOKEN_TO_CONTRACT, decimals: undefined, amount: 5n * 10n ** 24n }
    const text = render({ ...diagnosisOf('TX_TOKEN_TO_CONTRACT'), findings: [finding('TX_TOKEN_TO_CONTRACT', facts)] }, 'zh-CN')
    expect(text).toContain('数量：未显示（该代币没有提供小数位数）')
    expect(bigNumbersIn(text, hash)).toEqual([])
  })

  test('a permission that never expires says so', () => {
    const facts = { ...findingExamples.APPROVAL_PERMIT2, expiration: 2 ** 48 - 1 }
    const text = handoff({ ...diagnosisOf('APPROVAL_PERMIT2'), findings: [finding('APPROVAL_PERMIT2', facts)] }, [finding('APPROVAL_PERMIT2', facts)], 'en')
    expect(text).toContain('Permission expires: never')
  })

  test('the chain of the answer is not repeated; a fee paid is in ETH', () => {
    const text = render(base)
    expect(text.match(/^Network: /gm)).toHaveLength(1)
    expect(text).toContain('Network fee paid: 0.00042 ETH')
    expect(text).not.toContain('Coins sent: 0 ETH')
  })

  test('who sent the transaction, and the contract it called: never "To" for a token contract, never the lure\'s sender twice', () => {
    const sender = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc'
    const token = findingExamples.TX_ADDRESS_POISONING.token!
    const lure: Diagnosis = {
      ...diagnosisOf('TX_ADDRESS_POISONING'),
      findings: [finding('TX_ADDRESS_POISONING'), finding('TX_SUCCESS', { ...findingExamples.TX_SUCCESS, sender }), finding('TX_NOT_FINAL')],
      facts: { hash, from: sender, to: token, nonce: 2, subject: { action: { kind: 'token-transfer' } } },
    }
    const en = render(lure)
    expect(en).toContain(`Sent by: ${sender}\nContract called: ${token}\n`)
    expect(en).not.toMatch(/^(From|To|Transaction sent by): /m)
    // Beside the danger, the block it went into and the fee paid still reach the agent.
    expect(en).toContain('Block: 21,000,000\nConfirmations: 12\nNetwork fee paid: 0.00042 ETH')
    const zh = render(lure, 'zh-CN')
    expect(zh).toContain(`交易发起方：${sender}\n调用的合约：${token}\n`)
    expect(zh).not.toMatch(/^(发送方|接收方|交易发送方)：/m)
    // A plain coin transfer's `to` is its recipient.
    expect(render({ ...base, facts: { ...base.facts, subject: { action: { kind: 'native-transfer' } } } })).toMatch(/^To: 0x68b3/m)
  })

  test('booleans become sentences, or nothing', () => {
    const gap = { ...diagnosisOf('TX_PENDING_NONCE_GAP'), findings: [finding('TX_PENDING_NONCE_GAP', { ...findingExamples.TX_PENDING_NONCE_GAP, poolUnknown: true })] }
    expect(render(gap, 'zh-CN')).toContain('节点没有公开它的待处理列表')
    const node = { ...diagnosisOf('RPC_LAGGING'), findings: [finding('RPC_LAGGING', { ...findingExamples.RPC_LAGGING, inDiagnosis: true })] }
    expect(render(node)).toContain("This was one of txdoctor's own nodes")
  })

  test('an ENS name or an explorer link is kept beside the hash or address it became', () => {
    const link = `https://basescan.org/tx/${hash}`
    expect(render({ ...base, input: link })).not.toContain('As entered')
    const named = render({ ...diagnosisOf('ADDRESS_ACTIVITY'), input: 'vitalik.eth', facts: { address: alice } })
    expect(named).toContain(`Address: ${alice}`)
    expect(named).toContain('As entered: «vitalik.eth»')
  })

  test('long lists end with how many more there are', () => {
    const chains = Array.from({ length: 15 }, (_, i) => ({ ...findingExamples.ADDRESS_ACTIVITY.chains[0]!, chain: { id: i + 1, name: `Chain ${i + 1}` } }))
    const text = render({ ...diagnosisOf('ADDRESS_ACTIVITY'), findings: [finding('ADDRESS_ACTIVITY', { chains })] })
    expect(text).toContain('Chain 12 (chain ID 12): balance 0.5 ETH')
    expect(text).not.toContain('Chain 13 (chain ID 13)')
    expect(text).toContain('… and 3 more')
  })

  test('the sentence skips the all-clear beside a warning and the recovery-phrase reminder', () => {
    const text = render({ ...base, findings: [finding('TX_SUCCESS'), finding('TX_SCAM_TOKEN')] })
    expect(text.split('\n')[0]).toMatch(/^Warning: a token in this transaction looks like a scam\. Suggested next step: Don't visit/)
    const reminderFirst = render({ ...base, findings: [finding('APPROVAL_TO_EOA')] })
    expect(reminderFirst.split('\n')[0]).not.toContain('recovery phrase')
  })
})

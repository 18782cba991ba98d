import { describe, expect, test } from 'vitest'
import { finding } from '../../src/core/finding.js'
import type { TronFacts } from '../../src/core/tron-facts.js'
import { langs, levels, type Diagnosis, type Lang, type Level } from '../../src/core/types.js'
import { about } from '../../src/explain/about.js'
import { details } from '../../src/explain/details.js'
import { findingExamples, tronExamples, tronVariants } from '../../src/explain/examples.js'
import { describe as describeFinding, explain } from '../../src/explain/explain.js'
import { outOfEnergyView, permissionView, roughTrx, tronSuccessView } from '../../src/explain/views/tron.js'

/** TRON's words (src/explain/{en,zh-CN}/tron.ts): what each card must say, in both languages and at both levels. */

const words = (code: keyof TronFacts | 'TX_NOT_FOUND', facts: unknown, lang: Lang, level: Level = 'novice') => {
  const t = describeFinding(finding(code, facts as never), { lang, level })
  return { ...t, all: [t.title, t.body, ...t.actions].join('\n') }
}
const sun = (value: bigint) => ({ value, symbol: 'TRX', decimals: 6 })
const noTrx = tronVariants.outOfEnergyNoTrx
const meta = { rpcRequests: 3, rpcCalls: 3, roundTrips: 1, durationMs: 10, partial: false, checkedChains: [728126428], version: '0.1.0' }
const tronTx = (facts: TronFacts['TX_FAILED_OUT_OF_ENERGY'], status: Diagnosis['status'] = 'failed'): Diagnosis => ({
  input: facts.id, kind: 'transaction', status, chain: { id: 728126428, name: 'TRON' },
  findings: [finding('TX_FAILED_OUT_OF_ENERGY', facts)], facts: { tron: facts, explorer: `https://tronscan.org/#/transaction/${facts.id}` }, untrusted: {}, meta,
})

describe('a USDT send that ran out of energy', () => {
  test.each(langs)('%s novice: failed, nothing sent, the TRX burned, why, and what a new try needs', (lang) => {
    const t = words('TX_FAILED_OUT_OF_ENERGY', tronExamples.TX_FAILED_OUT_OF_ENERGY, lang)
    expect(t.title).toContain(lang === 'en' ? 'about 16.5 TRX' : '约 16.5 TRX') // rounded for a newcomer
    expect(t.body).toMatch(lang === 'en' ? /nothing was sent/ : /什么也没有转出/)
    expect(t.body).toMatch(lang === 'en' ? /fee limit/ : /手续费上限/) // cause 'fee-limit'
    expect(t.body).toContain('65,000')
    expect(t.body).toContain('130,000')
    expect(t.body).toContain('13.65 TRX')
    expect(t.body).toContain('27.3 TRX')
    // Sending again is safe, said plainly, but only once there is enough TRX or energy; never speed up or cancel.
    expect(t.actions.join(' ')).toMatch(lang === 'en' ? /Sending it again is safe.*only once the account has enough TRX or energy/ : /重新发送是安全的.*等账户里有足够的 TRX 或能量再发/)
    // The recipient's history is not known: 130,000 energy + 10 % = 143,000 at 210 sun = 30.03 TRX, rounded up.
    expect(t.actions[0]).toMatch(lang === 'en' ? /make sure the account has about 30.1 TRX/ : /请确保账户里有约 30.1 TRX/)
    expect(t.actions[1]).toMatch(lang === 'en' ? /set it to 30.1 TRX or more.*even when staked or rented energy pays for it/ : /设为 30.1 TRX 或更高.*即使用质押或租用的能量支付，手续费上限也必须覆盖整笔转账/)
    expect(t.actions[0]).toMatch(lang === 'en' ? /Only what the transfer really uses is taken/ : /实际只扣除这笔转账真正用掉的部分/)
    expect(t.body).toMatch(lang === 'en' ? /could not check whether the receiver already holds USDT, so plan for the higher cost/ : /没能查到收款人是否已经持有 USDT，所以请按较高的费用准备/)
    expect(t.actions.join(' ')).toMatch(lang === 'en' ? /or it may fail again and burn TRX/ : /否则它可能再次失败并燃烧 TRX/)
    expect(t.all).not.toMatch(/Speed up|Cancel|加速|取消/)
  })

  test.each(langs)('%s: the other cause (no TRX) names the transfer, burns nothing, and asks for no higher fee limit', (lang) => {
    const t = words('TX_FAILED_OUT_OF_ENERGY', noTrx, lang)
    expect(t.body).toMatch(lang === 'en' ? /No TRX was taken for this failed attempt/ : /这次失败的尝试没有扣除任何 TRX/)
    expect(t.body).toContain('0.01 «USDT»')
    expect(t.body).toContain('TCB8H6…14RB')
    expect(t.title).not.toMatch(/burned|燃烧/)
    expect(t.body).toMatch(lang === 'en' ? /too little TRX and energy/ : /TRX 和能量太少/)
    expect(t.actions.join(' ')).not.toMatch(/fee limit|手续费上限/)
    const expert = words('TX_FAILED_OUT_OF_ENERGY', noTrx, lang, 'expert')
    expect(expert.body).toContain('50 TRX (50000000 sun)'.replace(' (', lang === 'en' ? ' (' : '（').replace(')', lang === 'en' ? ')' : '）'))
    expect(expert.actions.join(' ')).not.toMatch(/raise fee_limit|提高手续费上限/)
  })

  test('a retry to a holder: the plan, the fee limit over all of it, and TRX beyond what the account has (its TRX and its energy at the price)', () => {
    const facts = { ...tronExamples.TX_FAILED_OUT_OF_ENERGY, recipientHolds: true, senderNow: { balance: sun(5_000_000n), energyAvailable: 10_000 } }
    // 65,000 + 10 % = 71,500, rounded up to 72,000; × 210 sun = 15.12 TRX of fee limit; (72,000 − 10,000) × 210 sun =
    // 13.02 TRX to hold; 13.02 − 5 = 8.02 TRX, rounded up to a tenth of a TRX: never short.
    expect(outOfEnergyView(facts)).toMatchObject({
      needed: { energy: 65_000, newHolder: false, certain: true },
      plan: { energy: 72_000, feeLimit: sun(15_120_000n), feeLimitRough: sun(15_200_000n), energyHeld: 10_000, balance: sun(13_020_000n), topUp: sun(8_100_000n), balanceTarget: sun(13_100_000n) },
    })
    expect(outOfEnergyView({ ...facts, recipientHolds: false }).needed).toMatchObject({ energy: 130_000, newHolder: true })
    const en = words('TX_FAILED_OUT_OF_ENERGY', facts, 'en')
    expect(en.actions[0]).toMatch(/make sure the account has about 13.1 TRX \(add about 8.1 TRX\)/) // 5 + 8.1 = 13.1
    expect(en.actions[1]).toMatch(/set it to 15.2 TRX or more/)
    expect(en.body).toMatch(/Your account now has 5 TRX and 10,000 energy/)
    // The expert's figures agree with the newcomer's: the same plan, exactly.
    const expert = words('TX_FAILED_OUT_OF_ENERGY', facts, 'en', 'expert').actions[0]
    expect(expert).toMatch(/^Plan 72,000 energy \(65,000 \+ 10 %/)
    expect(expert).toMatch(/fee_limit ≥ 72,000 × 210 sun = 15.12 TRX \(15120000 sun\), whether the energy is staked, rented or burned/)
    expect(expert).toMatch(/Balance ≥ \(72,000 − 10,000 energy held\) × 210 sun = 13.02 TRX \(13020000 sun\); the sender has 5 TRX \(5000000 sun\): add ≥ 8.1 TRX/)
  })

  test.each(langs)('%s expert: energy used and allowed, TRX burned in sun, the price, the call to simulate', (lang) => {
    const t = words('TX_FAILED_OUT_OF_ENERGY', tronExamples.TX_FAILED_OUT_OF_ENERGY, lang, 'expert')
    expect(t.title).toMatch(/78,572/)
    expect(t.body).toContain('16500120 sun')
    expect(t.body).toMatch(/210 sun\/(energy|能量)/)
    expect(t.actions.join(' ')).toContain('/wallet/triggerconstantcontract')
    // energy_used already includes energy_penalty: adding them counts the penalty twice.
    expect(t.actions.join(' ')).toMatch(/energy_used[^+]*energy_penalty/)
    expect(t.actions.join(' ')).not.toMatch(/\+ energy_penalty/)
    // The node returned only the info: the fee limit is unknown because the transaction was not read.
    expect(t.body).toMatch(lang === 'en' ? /fee_limit unknown \(the transaction itself was not read\)/ : /未能读到交易本身/)
    // A block and its time, one bracket deep (no "（…（协调世界时））").
    expect(t.body).not.toMatch(/[（(][^）)]*[（(][^）)]*[）)][^（(]*[）)]/)
  })
})

describe('an account whose permissions hold other keys', () => {
  test.each(langs)('%s: hijacked — danger first, cannot be undone, a new wallet with a new recovery phrase, "unlock" offers are a scam', (lang) => {
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', tronExamples.ADDRESS_PERMISSION_OTHER_KEYS, lang)
    expect(t.title).toMatch(lang === 'en' ? /^Danger/ : /^危险/)
    expect(t.body).toMatch(lang === 'en' ? /recovery phrase or private key leaked/ : /助记词或私钥已经泄露/)
    expect(t.body).toMatch(lang === 'en' ? /No one can undo this/ : /没有人能撤销/)
    expect(t.actions[0]).toMatch(lang === 'en' ? /new wallet that has its own new recovery phrase/ : /新助记词创建的新钱包/)
    expect(t.all).toMatch(lang === 'en' ? /"unlock" or "recover".*second scam/ : /“解锁”或“找回”.*第二个骗局/)
  })

  test.each(langs)('%s: own key no longer acts — nothing to move, nothing more to send in', (lang) => {
    expect(permissionView(tronVariants.lockedOut)).toMatchObject({ hijacked: true, ownAlone: false, ownMoves: false, ownChanges: false })
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', tronVariants.lockedOut, lang)
    expect(t.actions[0]).toMatch(lang === 'en' ? /Don't send anything more/ : /不要再往这个账户转/)
    expect(t.all).not.toMatch(/new wallet|新钱包/)
    expect(words('ADDRESS_PERMISSION_OTHER_KEYS', tronVariants.lockedOut, lang, 'expert').actions[0]).toMatch(/^(Irreversible without the other keys|没有其他密钥就无法逆转)/)
  })

  test.each(langs)('%s: the owner is still the own key: not "no one can undo", but changing it back protects nothing; both other keys sign together', (lang) => {
    const x = tronVariants.ownerStillOwn
    expect(permissionView(x)).toMatchObject({ hijacked: true, ownAlone: true, ownMoves: true, together: true })
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', x, lang)
    expect(t.title).toMatch(lang === 'en' ? /^Danger/ : /^危险/)
    expect(t.all).not.toMatch(/No one can undo|no one can\.|没有人能撤销|没有人能做到/)
    expect(t.body).toMatch(lang === 'en' ? /used together, can now move/ : /一起签名，现在就能转走/)
    expect(t.body).toMatch(lang === 'en' ? /changing settings back will not protect you/ : /把设置改回来也保护不了你/)
    // A multi-signature wallet set up on purpose keeps the owner key: asked first; then tokens before TRX.
    expect(t.actions[0]).toMatch(lang === 'en' ? /^Unless you set up this sharing yourself.*new wallet/ : /^除非这种共管是你自己有意设置的.*新钱包/)
    expect(t.actions[1]).toMatch(lang === 'en' ? /^Move USDT and other tokens first \(they need TRX for the fee\), then the TRX/ : /^先转 USDT 和其他代币/)
    const expert = words('ADDRESS_PERMISSION_OTHER_KEYS', x, lang, 'expert')
    expect(expert.body).toContain('AccountPermissionUpdateContract')
    expect(expert.actions[0]).toMatch(lang === 'en' ? /^Owner = own key \(threshold 1\).*pointless if the key leaked.*\(1\+1 ≥ 2\) can also rewrite owner/ : /^所有者权限 = 自身密钥（阈值 1）.*毫无意义.*（1\+1 ≥ 2）也能改写所有者权限/)
    expect(expert.all).not.toMatch(/Irreversible|无法逆转/)
  })

  test.each(langs)('%s: other keys that can only rewrite the permissions are a danger too: they can take everything at any time', (lang) => {
    const x = {
      ...tronVariants.ownerStillOwn,
      permissions: [tronVariants.ownerStillOwn.permissions[0]!, { kind: 'active' as const, name: 'keys', threshold: 1, keys: [{ address: 'TPtjECzDJ4UF89FBMp7TU2krftbBGW7KoE', weight: 1 }], can: { transfer: false, callContracts: false, changePermissions: true } }],
      othersAlone: false, othersChangeKeys: true, otherKeys: ['TPtjECzDJ4UF89FBMp7TU2krftbBGW7KoE'],
    }
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', x, lang)
    expect(t.title).toMatch(lang === 'en' ? /^Danger/ : /^危险/)
    expect(t.body).toMatch(lang === 'en' ? /^Another key \(TPtjEC…7KoE\) can now change who controls this account/ : /^另一个密钥（TPtjEC…7KoE）现在就能更改由谁控制这个账户/)
  })

  test.each(langs)('%s: a shared wallet (no other key acts alone) is a warning that says it may be on purpose', (lang) => {
    expect(permissionView(tronVariants.sharedWallet)).toMatchObject({ hijacked: false, shared: true })
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', tronVariants.sharedWallet, lang)
    expect(t.title).toMatch(lang === 'en' ? /^Warning/ : /^警告/)
    expect(t.actions[0]).toMatch(lang === 'en' ? /on purpose/ : /有意设置/)
    const expert = words('ADDRESS_PERMISSION_OTHER_KEYS', tronVariants.sharedWallet, lang, 'expert')
    for (const key of ['TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb', 'TPtjECzDJ4UF89FBMp7TU2krftbBGW7KoE']) expect(expert.body).toContain(key)
    expect(expert.body).toMatch(/threshold 2|阈值 2/)
  })
})

describe('TRON transfers, accounts and lures', () => {
  test.each(langs)('%s: a success says what moved, what the fee bought, and an activation; "cannot be undone" only where something moved', (lang) => {
    const usdt = words('TX_SUCCESS', tronExamples.TX_SUCCESS, lang)
    expect(usdt.body).toContain('41.677389 «USDT»')
    expect(usdt.body).toMatch(lang === 'en' ? /The fee was about 26.42 TRX, all burned for energy/ : /手续费约为 26.42 TRX，全部用于燃烧支付能量/)
    expect(usdt.body).toMatch(lang === 'en' ? /cannot be undone/ : /无法由网络撤回/)
    expect(usdt.actions[0]).toMatch(/TRC-20/)
    const trx = words('TX_SUCCESS', tronVariants.trxToNewAccount, lang)
    // The 0.1 TRX burned as net_fee is the flat creation charge, not the transaction's size: all 1.1 TRX is creation.
    expect(trx.body).toMatch(lang === 'en' ? /The fee was 1.1 TRX, all for creating the receiver's account.*one-time cost/ : /手续费为 1.1 TRX，全部用于创建收款人原本还不存在的账户.*一次性费用/)
    expect(trx.body).not.toMatch(/bandwidth|带宽/)
    const trxExpert = words('TX_SUCCESS', tronVariants.trxToNewAccount, lang, 'expert').body
    expect(trxExpert).toMatch(/net_fee.*0.1 TRX.*getCreateAccountFee/)
    expect(trxExpert).not.toMatch(/fee_limit/) // a TransferContract burns no energy: no fee limit to speak of
    expect(trx.actions.join(' ')).not.toMatch(/token|代币/)
    const nothing = { ...tronExamples.TX_SUCCESS, action: { kind: 'other', contractType: 'FreezeBalanceV2Contract' }, transfers: [] }
    expect(tronSuccessView(nothing as never).somethingMoved).toBe(false)
    expect(words('TX_SUCCESS', nothing, lang).all).not.toMatch(/cannot be undone|无法由网络撤回/)
    expect(words('TX_SUCCESS', tronExamples.TX_SUCCESS, lang, 'expert').body).toMatch(/130,285.*4,475.*26420100 sun.*50 TRX/s)
    // 130,285 energy for a USDT transfer: about twice a send to a holder, as to a first-time holder.
    expect(words('TX_SUCCESS', tronExamples.TX_SUCCESS, lang, 'expert').body).toMatch(lang === 'en' ? /≈ 2× a USDT transfer to a holder.*most likely held no USDT before/ : /约为转 USDT 给已持有者.*2 倍.*很可能没有持有过 USDT/)
  })

  test.each(langs)('%s: not yet final on TRON: 19 blocks of 3 seconds, about a minute, nothing to do', (lang) => {
    const t = words('TX_NOT_FINAL', tronExamples.TX_NOT_FINAL, lang)
    expect(t.body).toMatch(lang === 'en' ? /19 more blocks.*3 seconds.*about 1 minute/ : /19 个区块.*3 秒.*1 分钟/)
    expect(words('TX_NOT_FINAL', tronExamples.TX_NOT_FINAL, lang, 'expert').body).toMatch(/57/)
  })

  test.each(langs)('%s: a lure shows the look-alike in full everywhere, says nothing left, and admits the imitated address is unknown', (lang) => {
    for (const level of levels) expect(words('TX_ADDRESS_POISONING', tronExamples.TX_ADDRESS_POISONING, lang, level).all).toContain('TL24L49H24KyqwuyMnzvU1TVR8vC3htHre')
    const t = words('TX_ADDRESS_POISONING', tronExamples.TX_ADDRESS_POISONING, lang)
    expect(t.body).toMatch(lang === 'en' ? /nothing left your wallet.*could not tell which address it imitates/s : /没有转出任何东西.*无法判断它仿冒的是哪个地址/s)
    expect(t.actions[0]).toMatch(lang === 'en' ? /Never copy an address/ : /永远不要从交易记录里复制地址/)
  })

  test.each(langs)('%s: an account: balance, tokens (USDT first), energy and bandwidth, and approvals said to be unchecked, with where to look', (lang) => {
    const facts = { ...tronExamples.ADDRESS_ACTIVITY, holdings: [{ token: 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8', symbol: 'USDC', decimals: 6, amount: 5_000_000n }, ...tronExamples.ADDRESS_ACTIVITY.holdings] }
    const t = words('ADDRESS_ACTIVITY', facts, lang)
    expect(t.title.indexOf('«USDT»')).toBeLessThan(t.title.indexOf('«USDC»'))
    expect(t.body).toMatch(lang === 'en' ? /600 bandwidth.*were not checked/ : /600 带宽.*没有检查/)
    expect(t.actions[0]).toContain('Tronscan')
    const unread = words('ADDRESS_ACTIVITY', { ...facts, energyAvailable: undefined, bandwidthAvailable: undefined, unreadTokens: ['USDT'] }, lang)
    expect(unread.body).not.toMatch(/energy|能量/)
    expect(unread.body).toMatch(lang === 'en' ? /could not read its balance of «USDT»/ : /没能读到它的 «USDT» 余额/)
    // Unread is never "holds none", and resources not read are said once.
    const expert = words('ADDRESS_ACTIVITY', { ...tronExamples.ADDRESS_ACTIVITY, holdings: [], energyAvailable: undefined, bandwidthAvailable: undefined, unreadTokens: ['USDT', 'USDC'] }, lang, 'expert')
    expect(expert.body).toContain(lang === 'en' ? 'Energy and bandwidth: not read.' : '能量和带宽：未读到。')
    expect(expert.body).toMatch(lang === 'en' ? /TRC-20: USDT, USDC not read \(balanceOf failed\)/ : /TRC-20 持仓：USDT、USDC 未读到（balanceOf 调用失败）/)
    expect(expert.body).not.toMatch(/none of the listed|均无/)
    expect(words('ADDRESS_ACTIVITY', tronExamples.ADDRESS_ACTIVITY, lang).title).toMatch(lang === 'en' ? /holds about 2,928.6 TRX/ : /持有约 2,928.6 TRX/)
  })

  test.each(langs)('%s: not activated: created by its first TRX, the fee, tokens stuck until then, check address and network', (lang) => {
    const t = words('ADDRESS_NOT_ACTIVATED', tronExamples.ADDRESS_NOT_ACTIVATED, lang)
    expect(t.body).toMatch(lang === 'en' ? /first receives TRX.*about 1 TRX more.*120 «USDT».*cannot send them/s : /第一次收到 TRX.*大约 1 TRX.*120 «USDT».*无法把它们转出/s)
    expect(t.actions[0]).toMatch(lang === 'en' ? /this address, on the TRON network/ : /这个地址，而且是波场网络/)
  })

  test.each(langs)('%s: tokens without energy: what a USDT send needs to a holder and to a new holder, what the account has, what to add', (lang) => {
    const t = words('ADDRESS_NO_ENERGY', tronExamples.ADDRESS_NO_ENERGY, lang)
    expect(t.title).toContain('500 «USDT»')
    expect(t.body).toMatch(/65,000.*13.65 TRX.*130,000.*27.3 TRX.*1.2 TRX.*4,448/s)
    expect(t.actions[0]).toContain('11.52 TRX') // 11.51592 TRX, rounded for a newcomer
    expect(words('ADDRESS_NO_ENERGY', tronExamples.ADDRESS_NO_ENERGY, lang, 'expert').body).toMatch(/210 sun.*11515920 sun/s)
  })

  test('a TRON address that is only recognised (ADDRESS_NON_EVM, network "tron") keeps the EVM catalog’s words', () => {
    expect(words('ADDRESS_NON_EVM' as never, findingExamples.ADDRESS_NON_EVM, 'en').actions[0]).toMatch(/^We can't check TRON/)
  })
})

describe('a TRON transaction not found', () => {
  const notFound = { ...findingExamples.TX_NOT_FOUND, tronChecked: true as const }
  test.each(langs.flatMap((lang) => levels.map((level) => ({ lang, level }))))('$lang $level: a TRON transfer not recorded before it expires never goes through; Bitcoin alone remains', ({ lang, level }) => {
    const t = words('TX_NOT_FOUND', notFound, lang, level)
    expect(t.body).toMatch(/24/)
    expect(t.body).not.toMatch(/Bitcoin or TRON|Bitcoin and TRON|比特币或波场|比特币和 TRON/)
    expect(t.body).toMatch(/Bitcoin|比特币/)
    if (level === 'novice') {
      expect(t.actions.join(' ')).toContain(lang === 'en' ? "don't send it again" : '不要再发一次')
      expect(t.body).toMatch(lang === 'en' ? /can never go through later/ : /永远不会再成功/)
    }
  })
})

describe('which TRON transaction, its details and its hand-off', () => {
  test.each(langs)('%s: the about sentence names the amount, from and to, how it ended and when', (lang) => {
    const novice = about(tronTx(noTrx), { level: 'novice', lang })!
    expect(novice).toBe(
      lang === 'en'
        ? 'This is a transfer of 0.01 «USDT» from TL24LC…tHre to TCB8H6…14RB on TRON, failed on 2023-06-23 at 11:51 UTC.'
        : '这是波场（TRON）上一笔从 TL24LC…tHre 向 TCB8H6…14RB 转 0.01 «USDT» 的转账，于 2023-06-23 11:51（协调世界时）失败。',
    )
    const expert = about(tronTx(noTrx), { level: 'expert', lang })!
    expect(expert).toContain(noTrx.id)
    expect(expert).toContain('52,299,981')
    // Irreversible once the solidity API has it: said only when the answer is complete and no TX_NOT_FINAL was made.
    expect(expert).toMatch(lang === 'en' ? /, solidified \(irreversible\)\.$/ : /，已固化（不可逆）。$/)
    const partial = tronTx(noTrx)
    expect(about({ ...partial, meta: { ...partial.meta, partial: true } }, { level: 'expert', lang })).not.toMatch(/solidified|固化/)
  })

  test('a diagnosis read back from JSON (amounts as strings) still names the transfer', () => {
    const cached = JSON.parse(JSON.stringify(tronTx(noTrx), (_, v) => (typeof v === 'bigint' ? v.toString() : v))) as Diagnosis
    expect(about(cached, { level: 'novice', lang: 'en' })).toContain('0.01 «USDT»')
    expect(details(cached, 'en').find((d) => d.key === 'tron.amount')?.value).toBe('0.01 «USDT» (10000 base units)')
  })

  test.each(langs)('%s: details give energy, bandwidth, the fee in TRX and sun, the fee limit, the block', (lang) => {
    const rows = Object.fromEntries(details(tronTx(tronExamples.TX_FAILED_OUT_OF_ENERGY), lang).map((d) => [d.key, d.value]))
    expect(rows['tron.id']).toBe(tronExamples.TX_FAILED_OUT_OF_ENERGY.id)
    expect(rows['tron.block']).toBe('66,860,010')
    expect(rows['tron.energy']).toMatch(/78,572.*16500120 sun/)
    expect(rows['tron.bandwidth']).toMatch(/345/)
    expect(rows['tron.fee']).toMatch(/16.50012 TRX.*16500120 sun/)
    expect(rows['tron.time']).toMatch(lang === 'en' ? / UTC$/ : /（协调世界时）$/) // as the cards beside it say it
    expect(rows['explorer']).toContain('tronscan.org')
    expect(Object.fromEntries(details(tronTx(noTrx), lang).map((d) => [d.key, d.value]))['tron.feeLimit']).toMatch(/50 TRX.*50000000 sun/)
  })

  test.each(langs)('%s: the hand-off names the TRON id, the energy and the cause in words', (lang) => {
    const text = explain(tronTx(tronExamples.TX_FAILED_OUT_OF_ENERGY), { level: 'novice', lang }).handoff
    expect(text).toContain(tronExamples.TX_FAILED_OUT_OF_ENERGY.id)
    expect(text).toMatch(lang === 'en' ? /Energy used: 78,572/ : /消耗的能量：78,572/)
    expect(text).toMatch(lang === 'en' ? /Why it ran out: the fee limit was too low/ : /能量不足的原因：手续费上限太低/)
    expect(text).toMatch(/16.50012 TRX/)
    expect(text).not.toMatch(/fee-limit|Belongs to network|属于网络/)
    expect(text).toMatch(lang === 'en' ? /^Energy for a USDT send to a holder: 65,000$/m : /^转 USDT 给已持有者所需能量：65,000$/m)
  })

  test.each(langs)('%s: a failed send\'s hand-off: the fee actually charged in its status, and the transfer in full', (lang) => {
    const text = explain(tronTx(noTrx), { level: 'novice', lang }).handoff
    expect(text).toMatch(lang === 'en' ? /^Status: failed \(.*fee charged: 0 TRX, 16 staked energy used\)$/m : /^状态：失败（.*实际扣除的手续费：0 TRX，并消耗了 16 点质押能量）$/m)
    expect(text).not.toMatch(/the network fee was charged|网络手续费已扣除/)
    expect(text).toMatch(lang === 'en' ? /^Token transfer: amount 0.01 «USDT»; .*from TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre; to TCB8H6cKtfLZJyt3tXkbN1a8Nxrh2x14RB$/m : /^代币转账：数量 0.01 «USDT»；.*发送方 TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre；接收方 TCB8H6cKtfLZJyt3tXkbN1a8Nxrh2x14RB$/m)
  })

  test.each(langs)('%s: a hijacked account\'s hand-off: keys that must sign together said so, each permission\'s abilities, and the TRX at risk', (lang) => {
    const x = tronVariants.ownerStillOwn
    const account: Diagnosis = {
      input: x.address, kind: 'address', status: 'active', chain: { id: 728126428, name: 'TRON' },
      findings: [finding('ADDRESS_PERMISSION_OTHER_KEYS', x, 'danger'), finding('ADDRESS_ACTIVITY', tronExamples.ADDRESS_ACTIVITY)],
      facts: { address: x.address }, untrusted: {}, meta,
    }
    const text = explain(account, { level: 'novice', lang }).handoff
    expect(text).toMatch(lang === 'en' ? /together, where a permission needs more than one/ : /由它们一起签名/)
    expect(text).toMatch(lang === 'en' ? /«NewAddedActivePermission»; threshold 2; can move TRX; can call contracts \(token transfers\); can change the account's permissions/ : /«NewAddedActivePermission»；阈值 2；可以转出 TRX；可以调用合约（代币转账）；可以修改账户权限/)
    expect(text).toMatch(lang === 'en' ? /^Balance: 2,928.601454 TRX$/m : /^余额：2,928.601454 TRX$/m)
    expect(text).not.toMatch(/act alone|单独操作/)
  })
})

test('a TRX amount for a newcomer: two decimals (two significant digits below 1 TRX), "approximate" only when something was dropped', () => {
  const cases: [bigint, bigint, boolean][] = [
    [1_100_002n, 1_100_000n, true], [2_928_601_454n, 2_928_600_000n, true], [26_420_100n, 26_420_000n, true],
    [54_600_000n, 54_600_000n, false], [1_200n, 1_200n, false], [16_500_120n, 16_500_000n, true], [0n, 0n, false],
  ]
  for (const [value, rounded, approximate] of cases) expect(roughTrx(sun(value))).toEqual({ amount: sun(rounded), approximate })
})

describe('a retry that does not fail again (third reading: the numbers add up, the fee limit covers all energy)', () => {
  // Ledger's failed send (fixtures/tron, "no TRX") with the scenario's price and the sender's account now.
  const at420 = { toHolder: { energy: 65_000, trx: sun(27_300_000n) }, toNewHolder: { energy: 130_000, trx: sun(54_600_000n) } }
  const retry: TronFacts['TX_FAILED_OUT_OF_ENERGY'] = { ...noTrx, energyPrice: 420n, usdtTransfer: at420, senderNow: { balance: sun(1_100_002n), energyAvailable: 4_448 } }

  test('one plan: 130,000 + 10 %, the fee limit over all of it, the balance over what its energy does not cover, the top-up rounded up', () => {
    const { plan } = outOfEnergyView(retry)
    expect(plan).toEqual({
      energy: 143_000, price: 420n, feeLimit: sun(60_060_000n), feeLimitRough: sun(60_100_000n), energyHeld: 4_448,
      balance: sun(58_191_840n), balanceNow: sun(1_100_002n), topUp: sun(57_100_000n), balanceTarget: sun(58_200_002n),
    })
    // balance + top-up = target, never short of what is needed, and short of it by less than 0.1 TRX of rounding.
    expect(plan!.balanceNow!.value + plan!.topUp!.value).toBe(plan!.balanceTarget.value)
    expect(plan!.balanceTarget.value - plan!.balance.value).toBeGreaterThanOrEqual(0n)
    expect(plan!.balanceTarget.value - plan!.balance.value).toBeLessThan(100_000n)
    // The recorded first-time-holder send (130,285 energy) fits under the fee limit: 130,000 exactly would not.
    expect(plan!.feeLimit.value).toBeGreaterThanOrEqual(130_285n * 420n)
    expect(plan!.feeLimitRough.value).toBeGreaterThanOrEqual(plan!.feeLimit.value)
  })

  test.each(langs)('%s: novice, expert and hand-off give the same numbers', (lang) => {
    const novice = words('TX_FAILED_OUT_OF_ENERGY', retry, lang)
    expect(novice.actions[0]).toMatch(lang === 'en' ? /make sure the account has about 58.2 TRX \(add about 57.1 TRX\)/ : /请确保账户里有约 58.2 TRX（还需充入约 57.1 TRX）/)
    expect(novice.body).toMatch(lang === 'en' ? /Your account now has about 1.1 TRX and 4,448 energy/ : /你的账户现在有约 1.1 TRX 和 4,448 能量/) // 1.1 + 57.1 = 58.2
    expect(novice.actions[1]).toMatch(lang === 'en' ? /set it to 60.1 TRX or more/ : /设为 60.1 TRX 或更高/)
    expect(novice.body).toMatch(lang === 'en' ? /It stopped because the account had too little TRX and energy/ : /转账中止，是因为账户里的 TRX 和能量太少/)
    const expert = words('TX_FAILED_OUT_OF_ENERGY', retry, lang, 'expert').actions[0]!
    expect(expert).toMatch(lang === 'en' ? /^Plan 143,000 energy \(130,000 \+ 10 %/ : /^按 143,000 能量准备（130,000 \+ 10%/)
    expect(expert).toContain(lang === 'en' ? '143,000 × 420 sun = 60.06 TRX (60060000 sun)' : '143,000 × 420 sun = 60.06 TRX（60060000 sun）')
    expect(expert).toMatch(lang === 'en' ? /whether the energy is staked, rented or burned: fee_limit caps all energy the call may use/ : /无论能量来自质押、租用还是燃烧 TRX：手续费上限限制的是这次调用可用的全部能量/)
    expect(expert).toMatch(lang === 'en' ? /\(143,000 − 4,448 energy held\) × 420 sun = 58.19184 TRX.*add ≥ 57.1 TRX/ : /（143,000 − 已有 4,448 能量）× 420 sun = 58.19184 TRX.*需充入 ≥ 57.1 TRX/)
    expect(expert).toMatch(lang === 'en' ? /Only the energy actually used is charged/ : /实际只按用掉的能量扣费/)
    // fee_limit caps staked and rented energy too: no "only when burning" condition.
    expect(expert).not.toMatch(/When paying by burning|以燃烧 TRX 支付时/)
    const handoff = explain(tronTx(retry), { level: 'novice', lang }).handoff
    expect(handoff.split('\n')[0]).toMatch(lang === 'en' ? /about 58.2 TRX \(add about 57.1 TRX\)/ : /约 58.2 TRX（还需充入约 57.1 TRX）/)
    for (const line of lang === 'en'
      ? ['Whether the recipient holds USDT: not read, so the first-time-holder figure is used', 'Energy to plan for a retry (130,000 + 10 %): 143,000', 'Fee limit to set (it caps all energy, staked or rented too): 60.06 TRX', 'TRX the sender needs (counting its 4,448 energy): 58.19184 TRX', 'TRX to add (rounded up to 0.1 TRX): 57.1 TRX']
      : ['收款人是否持有 USDT：未读到，按首次持有者计算', '重试时按多少能量准备（130,000 + 10%）：143,000', '应设的手续费上限（它限制全部能量，包括质押或租用的能量）：60.06 TRX', '发送方需要的 TRX（已计入它的 4,448 能量）：58.19184 TRX', '需充入的 TRX（向上取整到 0.1 TRX）：57.1 TRX'])
      expect(handoff.split('\n')).toContain(line)
  })

  test.each(langs)('%s: the recipient known to hold USDT: no "not read" line; an account that has enough is told so, with nothing to add', (lang) => {
    const rich = { ...retry, recipientHolds: true, senderNow: { balance: sun(100_000_000n), energyAvailable: 0 } }
    expect(outOfEnergyView(rich).plan).toMatchObject({ energy: 72_000, balance: sun(30_240_000n) })
    expect(outOfEnergyView(rich).plan?.topUp).toBeUndefined()
    const novice = words('TX_FAILED_OUT_OF_ENERGY', rich, lang)
    expect(novice.actions[0]).toMatch(lang === 'en' ? /^The account already has enough TRX for this transfer/ : /^账户里的 TRX 已经足够支付这笔转账/)
    expect(novice.actions.join(' ')).not.toMatch(/add about|还需充入/)
    const handoff = explain(tronTx(rich), { level: 'novice', lang }).handoff
    expect(handoff).not.toMatch(/not read, so the first-time-holder|未读到，按首次持有者计算|TRX to add|需充入的 TRX/)
  })

  test('the fee-limit step: shown when the fee limit was below the plan or not read, not when it already covers it', () => {
    expect(outOfEnergyView(retry).checkFeeLimit).toBe(true) // 50 TRX < 60.06 TRX
    expect(outOfEnergyView({ ...retry, feeLimit: undefined }).checkFeeLimit).toBe(true)
    const covered = { ...retry, feeLimit: sun(100_000_000n) }
    expect(outOfEnergyView(covered).checkFeeLimit).toBe(false)
    expect(words('TX_FAILED_OUT_OF_ENERGY', covered, 'en').actions.join(' ')).not.toMatch(/fee limit/)
  })
})

describe('third reading: words', () => {
  test('zh expert: the operations field is glossed once, then said in Chinese', () => {
    const t = words('ADDRESS_PERMISSION_OTHER_KEYS', tronVariants.ownerStillOwn, 'zh-CN', 'expert')
    expect(t.all.split('可执行的操作（operations）').length - 1).toBe(1)
    expect(t.all).toMatch(/可执行的操作包含 TransferContract（1）、TriggerSmartContract（31）、AccountPermissionUpdateContract（46）/)
    expect(t.all).not.toMatch(/operations 包含|的可执行的操作/)
  })

  test.each(langs)('%s: a USDT send to a first-time holder: the fee "about" said right, and why it cost twice the usual', (lang) => {
    const t = words('TX_SUCCESS', tronExamples.TX_SUCCESS, lang)
    expect(t.body).toMatch(lang === 'en' ? /It cost about twice the usual, most likely because the receiver had never held USDT before/ : /手续费约为 26.42 TRX.*这次费用约为平时的两倍，很可能是因为收款人此前从未持有过 USDT/)
    expect(words('TX_SUCCESS', tronVariants.trxToNewAccount, lang).body).not.toMatch(/twice|两倍/)
  })

  test.each(langs)('%s: an account\'s tokens rounded for a newcomer, exact for an expert', (lang) => {
    const facts = { ...tronExamples.ADDRESS_ACTIVITY, holdings: [{ ...tronExamples.ADDRESS_ACTIVITY.holdings[0]!, amount: 136_389_002n }] }
    expect(words('ADDRESS_ACTIVITY', facts, lang).title).toMatch(lang === 'en' ? /and about 136.39 «USDT»/ : /以及约 136.39 «USDT»/)
    expect(words('ADDRESS_ACTIVITY', facts, lang, 'expert').body).toContain('136.389002 «USDT»')
  })

  test.each(langs)('%s: a transfer that created its receiver\'s account: net_fee is the creation, in the details and the hand-off; the TRON sender is 发送方', (lang) => {
    const x = tronVariants.trxToNewAccount
    const tx: Diagnosis = {
      input: x.id, kind: 'transaction', status: 'success', chain: { id: 728126428, name: 'TRON' },
      findings: [finding('TX_SUCCESS', x)], facts: { tron: x, explorer: `https://tronscan.org/#/transaction/${x.id}` }, untrusted: {}, meta,
    }
    const rows = Object.fromEntries(details(tx, lang).map((d) => [d.key, d.value]))
    expect(rows['tron.bandwidth']).toBe(lang === 'en' ? '0 bytes; account creation (getCreateAccountFee, charged as bandwidth) burned 0.1 TRX (100000 sun)' : '0 字节；创建账户（getCreateAccountFee，按带宽费收取）燃烧 0.1 TRX（100000 sun）')
    // Without the finding (a bare transaction's facts), net_fee stays bandwidth.
    expect(Object.fromEntries(details({ facts: tx.facts, chain: tx.chain }, lang).map((d) => [d.key, d.value]))['tron.bandwidth']).toMatch(lang === 'en' ? /^0 bytes, burned 0.1 TRX/ : /^0 字节，燃烧 0.1 TRX/)
    const text = explain(tx, { level: 'novice', lang }).handoff
    expect(text.split('\n')).toContain(lang === 'en' ? 'TRX burned for account creation (getCreateAccountFee, charged as bandwidth): 0.1 TRX' : '创建账户燃烧的 TRX（getCreateAccountFee，按带宽费收取）：0.1 TRX')
    expect(text).not.toMatch(/TRX burned for bandwidth|为带宽燃烧的 TRX/)
    expect(text.split('\n')).toContain(lang === 'en' ? `Sent by: ${x.sender}` : `发送方：${x.sender}`)
    expect(text).not.toContain('交易发起方')
  })

  test.each(langs)('%s: the energy row of the details, one colon and one bracket deep', (lang) => {
    const rows = Object.fromEntries(details(tronTx(tronExamples.TX_FAILED_OUT_OF_ENERGY), lang).map((d) => [d.key, d.value]))
    expect(rows['tron.energy']).toBe(
      lang === 'en'
        ? "78,572 (from stake 0, from the contract's deployer 0, burned 78,572), costing 16.50012 TRX (16500120 sun)"
        : '78,572 能量，其中质押 0、合约部署者承担 0、燃烧 TRX 支付 78,572，即 16.50012 TRX（16500120 sun）',
    )
  })
})

describe('a fake token on TRON, and a success whose logs were not read', () => {
  const real = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'
  const fake = tronExamples.TX_SCAM_TOKEN
  const received = tronVariants.fakeUsdtReceived

  test.each(langs)('%s novice: a fake «USDT», worth nothing, the real contract, and what not to do', (lang) => {
    const t = words('TX_SCAM_TOKEN', fake, lang)
    expect(t.title).toMatch(lang === 'en' ? /^Danger: .*fake/ : /^危险：.*假的/)
    expect(t.body).toContain('«USDT»')
    expect(t.body).toMatch(lang === 'en' ? /another contract, not the real USDT: a fake.*worth nothing/ : /另一个合约，不是真正的 USDT：它是假代币.*一文不值/)
    expect(t.body).toContain(real)
    const actions = t.actions.join('\n')
    expect(actions).toMatch(lang === 'en' ? /Don't send this token on, and don't approve, sell or swap it/ : /不要把这个代币转给别人，也不要对它授权、出售或兑换/)
    expect(actions).toMatch(lang === 'en' ? /Don't visit any website/ : /不要访问.*网站/)
    expect(actions).toMatch(lang === 'en' ? /you have not been paid/ : /你其实没有收到钱/)
    // The symbol is the token's own word: quoted every time it is shown; the real one comes from txdoctor's list.
    expect(t.all.replaceAll('«USDT»', '')).not.toMatch(/calls itself USDT|自称 USDT/)
  })

  test.each(langs)('%s expert: the token address, its symbol quoted as untrusted, the signals, the real contract', (lang) => {
    const t = words('TX_SCAM_TOKEN', fake, lang, 'expert')
    expect(t.title).toContain(fake.token)
    expect(t.body).toMatch(lang === 'en' ? /symbol\(\) «USDT» \(untrusted\)/ : /symbol\(\) 为 «USDT»（不可信）/)
    expect(t.body).toContain('imitates-known')
    expect(t.body).toContain(real)
    const link = words('TX_SCAM_TOKEN', { ...fake, symbol: 'usdt-airdrop.io', reasons: ['link'], imitates: undefined }, lang)
    expect(link.body).toContain('«usdt-airdrop.io»')
    expect(link.all).not.toContain(real)
  })

  test.each(langs.flatMap((lang) => levels.map((level) => ({ lang, level }))))('$lang $level: one story: beside the fake, the success card is no good news about USDT', ({ lang, level }) => {
    const answer = explain(
      {
        input: received.id, kind: 'transaction', status: 'success', chain: { id: 728126428, name: 'TRON' },
        findings: [finding('TX_SUCCESS', received), finding('TX_SCAM_TOKEN', fake)], facts: {}, untrusted: {}, meta,
      },
      { level, lang },
    )
    expect(answer.severity).toBe('danger')
    expect(answer.findings.map((f) => f.code)).toEqual(['TX_SCAM_TOKEN', 'TX_SUCCESS'])
    const success = answer.findings[1]!
    expect(success.severity).toBe('info')
    expect(success.actions).toEqual([])
    if (level === 'novice') {
      expect(success.title).not.toMatch(/transfer went through|转账已经成功/)
      expect(success.body).toMatch(lang === 'en' ? /5,000 «USDT» from .* \(a fake token, worth nothing\)/ : /5,000 «USDT»（假代币，一文不值）/)
      expect(success.body).not.toMatch(/cannot be undone|无法由网络撤回/)
    } else expect(success.body).toMatch(lang === 'en' ? /a fake: see TX_SCAM_TOKEN/ : /假代币：见 TX_SCAM_TOKEN/)
    // Alone, its own words still give no "add the token" advice.
    expect(words('TX_SUCCESS', received, lang).all).not.toMatch(/add the token|添加该代币/)
    // The listed USDT is never called fake.
    expect(words('TX_SUCCESS', tronExamples.TX_SUCCESS, lang).all).not.toMatch(/fake|假代币/)
  })

  test.each(langs)('%s: logs not read: "what it moved could not be read", never "it moved no TRX and no tokens"', (lang) => {
    const unread = tronVariants.successUnread
    const t = words('TX_SUCCESS', unread, lang)
    expect(t.body).toMatch(lang === 'en' ? /we could not read what it moved/ : /没能读到它转移了什么/)
    expect(t.all).not.toMatch(/moved no TRX and no tokens|没有转移任何 TRX 或代币|nothing more to do|无需再做任何事/)
    expect(t.actions[0]).toContain('Tronscan')
    const expert = words('TX_SUCCESS', unread, lang, 'expert')
    expect(expert.body).toMatch(lang === 'en' ? /Transfer logs not read/ : /未读到转账日志/)
    expect(expert.all).not.toMatch(/No TRC-20 Transfer logged|Nothing of value moved|没有记录 TRC-20|没有转移任何有价值/)
    const text = explain(
      { input: unread.id, kind: 'transaction', status: 'success', chain: { id: 728126428, name: 'TRON' }, findings: [finding('TX_SUCCESS', unread)], facts: {}, untrusted: {}, meta },
      { level: 'novice', lang },
    ).handoff
    expect(text).toMatch(lang === 'en' ? /^What it moved could not be read/m : /^未能读到它转移了什么/m)
  })
})

describe('values a node gave are data, never keys into words or raw in a newcomer’s text', () => {
  const otherOp = (contractType: string) => ({ ...tronExamples.TX_FAILED_REVERTED, action: { kind: 'other', contractType } as const })
  test.each(langs)('%s: a result or contract type named like an Object member ("constructor") reads as unknown', (lang) => {
    for (const level of levels) {
      const t = words('TX_FAILED_REVERTED', { ...otherOp('constructor'), result: 'constructor' }, lang, level)
      expect(t.all).not.toMatch(/function|native code|\[object/)
      if (level === 'novice') expect(t.all).not.toContain('constructor')
      else expect(t.all).toContain('«constructor»')
    }
  })

  test.each(langs)('%s: a known contract type is said in words; the type itself is for experts', (lang) => {
    const novice = words('TX_FAILED_REVERTED', otherOp('FreezeBalanceV2Contract'), lang)
    expect(novice.body).toMatch(lang === 'en' ? /account operation \(staking of TRX\)/ : /账户操作（质押 TRX）/)
    expect(novice.all).not.toContain('FreezeBalanceV2Contract')
    expect(words('TX_FAILED_REVERTED', otherOp('FreezeBalanceV2Contract'), lang, 'expert').body).toContain('FreezeBalanceV2Contract')
    // Chinese novice text never shows a bare English contract type, known or not.
    if (lang === 'zh-CN') expect(words('TX_FAILED_REVERTED', otherOp('ShieldedTransferContract'), lang).all).not.toMatch(/[A-Za-z]+Contract/)
  })
})

describe('a TRON transaction not found when only TRON was searched', () => {
  const onlyTron = { hash: `0x${noTrx.id}`, checkedChains: [{ id: 728126428, name: 'TRON' }], maybeNonEvm: false, tronChecked: true as const }
  test.each(langs)('%s expert: names TRON’s own call, not eth_getTransactionByHash; the EVM list leaves TRON out', (lang) => {
    const t = words('TX_NOT_FOUND', onlyTron, lang, 'expert')
    expect(t.body).toMatch(/^\/wallet\/gettransactionbyid (returned \{\} on TRON|在 TRON 上返回 \{\})/)
    expect(t.all).not.toContain('eth_getTransactionByHash')
    expect(t.body).toMatch(/24/)
    const mixed = { ...findingExamples.TX_NOT_FOUND, checkedChains: [...findingExamples.TX_NOT_FOUND.checkedChains, onlyTron.checkedChains[0]!], tronChecked: true as const }
    const both = words('TX_NOT_FOUND', mixed, lang, 'expert').body
    expect(both).toMatch(/eth_getTransactionByHash (returned null on|在) Ethereum (and|和) Base ?(上返回 null|\.)/)
    expect(both).toContain('/wallet/gettransactionbyid')
    expect(words('TX_NOT_FOUND', onlyTron, lang).body).not.toMatch(/TRON too|也查了波场/)
  })
})

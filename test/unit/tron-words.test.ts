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
    expect(t.actions.join(' ')).toMatch(lang === 'en' ? /enough TRX for this transfer: up to about 27.3 TRX/ : /足够的 TRX 支付这笔转账的费用，最多可能需要约 27.3 TRX/) // the recipient's history is not known
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

  test('what is missing: the send that applies, and TRX beyond what the account has (its TRX and its energy at the price)', () => {
    const facts = { ...tronExamples.TX_FAILED_OUT_OF_ENERGY, recipientHolds: true, senderNow: { balance: sun(5_000_000n), energyAvailable: 10_000 } }
    // 13.65 TRX − 5 TRX − 10,000 energy × 210 sun = 6.55 TRX, rounded up to a tenth of a TRX: never short.
    expect(outOfEnergyView(facts)).toMatchObject({ needed: { energy: 65_000, newHolder: false, certain: true }, missing: sun(6_600_000n) })
    expect(outOfEnergyView({ ...facts, recipientHolds: false }).needed).toMatchObject({ energy: 130_000, newHolder: true })
    const en = words('TX_FAILED_OUT_OF_ENERGY', facts, 'en')
    expect(en.actions[0]).toMatch(/enough TRX for this transfer: about 13.65 TRX \(add about 6.6 TRX\)/)
    expect(en.body).toMatch(/Your account now has 5 TRX and 10,000 energy/)
    // The expert's figures agree with the newcomer's: the target counts the account's energy, and what to add.
    expect(words('TX_FAILED_OUT_OF_ENERGY', facts, 'en', 'expert').actions[0]).toMatch(/10,000 energy at 210 sun\/energy, bring the sender to ≥ 13.65 TRX \(13650000 sun\): add ≥ 6.6 TRX/)
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
    expect(usdt.body).toMatch(lang === 'en' ? /The fee was about 26.42 TRX, all burned for energy/ : /手续费为约 26.42 TRX，全部用于燃烧支付能量/)
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
    expect(text).toMatch(lang === 'en' ? /^Status: failed \(.*fee charged: 0 TRX, 16 staked energy used\)$/m : /^状态：失败（.*实际扣除的手续费：0 TRX，并使用了 16 质押能量）$/m)
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

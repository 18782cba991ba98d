import type { ApprovalFacts, ApprovalRisk, FindingFacts, RiskyApproval } from '../../core/facts.js'
import type { ApprovalCode, CatalogPart, LevelTemplates, Text } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import { grantVerb, isDangerous, missingKind, riskySummaryView, scopeKind, spenderKind, unlimitedView, type RiskyView } from '../views/approvals.js'
import { txApprovalView } from '../views/tx-risk.js'
import { zh } from './common.js'

/** 每张授权卡片都说清：哪个代币、哪个被授权方、覆盖什么范围。 */
type Named = Pick<ApprovalFacts, 'permission' | 'token' | 'symbol' | 'spender' | 'spenderLabel' | 'tokenId' | 'flaggedAs'> & Partial<Pick<ApprovalFacts, 'amount' | 'decimals' | 'risks'>>

const token = (x: Named, f: Formatter) => (x.symbol ? f.quote(x.symbol) : `地址为 ${f.short(x.token)} 的代币`)

/**
 * 被授权方：已知应用用我们的名称，否则说明它是什么，并给出缩写地址。`this`：在卡片的下一步里指卡片所说的那一个
 * （“撤销这个诈骗地址……”），用“一个”会读成随便哪一个。
 */
function spender(x: Named, f: Formatter, risk?: ApprovalRisk, which: 'a' | 'this' = 'a'): string {
  const short = f.short(x.spender)
  const a = which === 'a'
  return {
    scam: () => `${a ? '一个已知的' : '这个'}诈骗地址（${short}）`,
    label: () => x.spenderLabel ?? '',
    person: () => `${a ? '一个' : '这个'}个人钱包（${short}）`,
    'unknown-app': () => `${a ? '一个' : '这个'}我们不认识的应用（${short}）`,
    address: () => `地址 ${short}`,
  }[spenderKind(x, risk)]()
}

/** 被授权方后接“可以”：名称以字母或数字结尾时隔一个空格。 */
const can = (who: string) => `${who}${/[A-Za-z0-9]$/.test(who) ? ' ' : ''}可以`

const via = (x: Named) => (x.permission === 'permit2' ? '通过 Permit2 ' : '')

/** 授权覆盖的范围：单个藏品绝不说“无限”，整个系列绝不说数量。 */
function scope(x: Named, f: Formatter, take = false): string {
  const verb = grantVerb(x, take)
  return {
    item: () => `转走你 ${token(x, f)} 系列中的第 ${x.tokenId} 号藏品`,
    collection: () => `转走你 ${token(x, f)} 系列中的每一件藏品（包括以后得到的）`,
    unlimited: () => (verb === 'take' ? `${via(x)}拿走你全部的 ${token(x, f)}` : `${via(x)}无上限地使用你全部的 ${token(x, f)}`),
    amount: () => `${via(x)}${verb === 'take' ? '拿走' : '使用'}你最多 ${f.token(x.amount!, x.decimals, x.symbol)}`,
  }[scopeKind(x)]()
}

/** 下一步：说清要撤销哪一项（代币和被授权方）。 */
export const removeIt = (x: Named, f: Formatter) =>
  `用可信的工具（例如 revoke.cash 或钱包自带的授权管理页面${x.permission === 'permit2' ? '，需能显示 Permit2 授权' : ''}）撤销${spender(x, f, undefined, 'this')}对 ${x.permission === 'nft' ? `${token(x, f)} 第 ${x.tokenId} 号藏品的` : `${token(x, f)} 的`}${x.permission === 'permit2' ? ' Permit2 ' : ''}授权`

/** 新钱包意味着新的助记词：同一应用里新建的账户共用原来的助记词，也共用它的风险。 */
const newWallet = '请把这个钱包里剩下的资产转到一个用新助记词创建的新钱包（不要只在同一助记词下新建账户）'

/** 诈骗地址或个人钱包可能已经用过这项授权：先看什么，再去哪里。 */
export const ifMissing = (x: Named, f: Formatter) => {
  const kind = missingKind(x)
  const what = kind === 'item' ? `如果这件藏品（${token(x, f)} 第 ${x.tokenId} 号）已经不见了` : kind === 'items' ? `如果 ${token(x, f)} 系列中已有藏品不见了` : `如果你的 ${token(x, f)} 已经少了`
  return `${what}，${newWallet}。`
}

const unverified = (x: ApprovalFacts) => (x.unverified ? '我们无法确认它仍然有效：它可能已经失效。' : '')
/** 哪个代币合约、在哪个网络上：两个代币可能同名（仿冒币就是这样）。 */
const where = (x: ApprovalFacts, f: Formatter) => `（代币地址 ${f.short(x.token)}，在 ${x.chain.name} 上）`

/** 无限额授权的确切情况：设定的数值，以及按哪条规则算作无限额。 */
function unlimited(x: ApprovalFacts): string {
  const u = unlimitedView(x)
  const limit = x.permission === 'permit2' ? 'uint160 最大值' : '≥ 2^255'
  if (!u) return `无限（${limit}，或超过总供应量）`
  return `${u.raw}${u.named ? `（${u.named}）` : ''} 最小单位：无限额（${u.rule === 'max' ? limit : '超过总供应量'}）`
}

/** 专家视角的确切状态：读取方式（带上所有者地址）和读到的值。 */
function state(x: ApprovalFacts, f: Formatter): string {
  const owner = x.owner ?? 'owner'
  if (x.permission === 'nft') return `${x.token}.getApproved(${x.tokenId}) = ${x.spender}（单个藏品）`
  if (x.permission === 'for-all') return `${x.token}.isApprovedForAll(${owner}, ${x.spender}) = true（整个系列）`
  const amount = x.amount === undefined ? unlimited(x) : `${f.token(x.amount, x.decimals, x.symbol)}（${x.amount} 最小单位）`
  if (x.permission === 'permit2') return `Permit2.allowance(${owner}, ${x.token}, ${x.spender}) = ${amount}，到期时间 ${f.utc(x.expiration ?? 0)}；把 ${x.token}.approve(Permit2) 归零并不能清除它`
  return `${x.token}.allowance(${owner}, ${x.spender}) = ${amount}`
}

const revokeCall = (x: ApprovalFacts) => `${x.revoke}${x.permission === 'permit2' ? `，或 Permit2.lockdown([(${x.token}, ${x.spender})])` : ''}`

function expertBody(x: ApprovalFacts, f: Formatter, lead: string): string {
  return (
    `${lead}${x.chain.name} 上：${state(x, f)}。风险代码：${x.risks.length ? x.risks.join('、') : '无'}。` +
    (x.grantedIn ? `授权于区块 ${x.grantedIn.blockNumber}（交易 ${x.grantedIn.hash}）。` : '') +
    (x.unverified ? '链上实时读取失败：未能确认；上面的日志显示它曾被授予。' : '')
  )
}

const names = (x: ApprovalFacts, f: Formatter) => `${x.symbol ? `${f.quote(x.symbol)} ` : ''}${x.token} → ${x.spender}${x.spenderLabel ? `（${x.spenderLabel}）` : ''}`

type Words = string | ((x: ApprovalFacts) => string)
const said = (words: Words, x: ApprovalFacts) => (typeof words === 'string' ? words : words(x))

function card(title: (x: ApprovalFacts, f: Formatter) => string, body: Words, steps: (x: ApprovalFacts, f: Formatter) => string[], expertTitle: string, expertLead: Words = ''): LevelTemplates<ApprovalCode> {
  return {
    novice: (x, f) => ({ title: title(x as ApprovalFacts, f), body: `${said(body, x as ApprovalFacts)}${where(x as ApprovalFacts, f)}。${unverified(x as ApprovalFacts)}`, actions: steps(x as ApprovalFacts, f) }),
    expert: (x, f) => ({ title: `${expertTitle}：${names(x as ApprovalFacts, f)}`, body: expertBody(x as ApprovalFacts, f, said(expertLead, x as ApprovalFacts)), actions: [`撤销：${revokeCall(x as ApprovalFacts)}。`] }),
  } as LevelTemplates<ApprovalCode>
}

/** 被授权方就是 Permit2 本身：许多应用通过它转移代币。它只替你签过名（或授权过）的应用转账，风险在于签名。 */
const permit2Body = 'Permit2 是许多应用用来替你转移代币的标准合约，它只替你签过名或授权过的应用转移。风险在于签名：只在你信任的网站上签署 Permit2 请求，因为一个签名就可能让某个应用拿走这种代币'
const permit2Lead = '被授权方是标准的 Permit2 合约：它只替所有者在 Permit2 中授权过的被授权方转账（Permit2.approve，或签名的 PermitSingle / PermitBatch / PermitTransferFrom 消息），因此风险在于这些签名以及它们设定的 Permit2 额度（报告为 APPROVAL_PERMIT2）。'

export const approvalsZh: CatalogPart<ApprovalCode> = {
  APPROVAL_UNLIMITED: card(
    (x, f) => `${can(spender(x, f))}${scope(x, f)}。`,
    (x) => (x.spenderIsPermit2 ? permit2Body : '这是你之前给出的授权。如果那个应用被黑，或者本身就是骗局，它可以拿走你全部的该代币，包括你以后收到的'),
    (x, f) =>
      x.spenderIsPermit2
        ? ['签署 Permit2 请求前，先确认网站就是你要用的那个。', `如果你不再使用通过 Permit2 转移 ${token(x, f)} 的应用，请${removeIt(x, f)}。`]
        : [`如果你不再使用这个应用，请${removeIt(x, f)}。`, '以后授权时，只授权你要花的数量。'],
    '无限授权',
    (x) => (x.spenderIsPermit2 ? permit2Lead : ''),
  ),
  APPROVAL_TO_EOA: card(
    (x, f) => `${can(spender(x, f, 'APPROVAL_TO_EOA'))}${scope(x, f, true)}。`,
    '正规应用是通过程序（智能合约）来转移你的代币，而不是通过个人钱包。很多骗局就是这样掏空钱包的',
    (x, f) => [`现在就${removeIt(x, f)}。`, ifMissing(x, f), zh.noRecoveryPhrase],
    '授权给了外部账户（EOA）',
    '被授权方没有代码，只有其私钥持有者能使用该授权。',
  ),
  APPROVAL_TO_UNKNOWN_CONTRACT: card(
    (x, f) => `${can(spender(x, f, 'APPROVAL_TO_UNKNOWN_CONTRACT'))}${scope(x, f)}。`,
    '这可能没问题（有很多应用不在我们的列表里），但请确认你认识它',
    (x, f) => [`如果你不认识它，请${removeIt(x, f)}。`],
    '授权给未收录的合约',
    '被授权方有代码，但不在 txdoctor 对该链的已知协议合约列表中；请查看其已验证源码。',
  ),
  APPROVAL_FOR_ALL: card(
    (x, f) => `${can(spender(x, f))}${scope(x, f)}。`,
    '这项授权覆盖整个系列，而不是某一件藏品',
    (x, f) => [`如果你不再使用那个市场或应用，请${removeIt(x, f)}。`],
    '操作员授权（setApprovalForAll）',
  ),
  APPROVAL_FLAGGED_SPENDER: {
    novice: (x, f) => ({
      title: `危险：一个已知的诈骗地址（${f.short(x.spender)}）可以${scope(x, f, true)}。`,
      body: `持有这项授权的地址被标记为“${x.flaggedAs}”${where(x, f)}。${unverified(x)}`,
      actions: [`马上${removeIt(x, f)}。`, ifMissing(x, f), zh.noRecoveryPhrase],
    }),
    expert: (x, f) => ({
      title: `授权给了黑名单地址：${names(x, f)}`,
      body: expertBody(x, f, `在 ${x.chain.name} 黑名单中被标记为“${x.flaggedAs}”。`),
      actions: [`立即撤销：${revokeCall(x)}。`],
    }),
  },
  APPROVAL_PERMIT2: card(
    (x, f) => `${can(spender(x, f))}${scope(x, f)}。`,
    '这项授权由 Permit2 单独保存：撤销你在代币上给 Permit2 的授权，并不会撤销这一项',
    (x, f) => [`如果你不再使用这个应用，请${removeIt(x, f)}。`],
    'Permit2 授权',
  ),
  APPROVALS_NONE_RISKY: {
    novice: (x, f) => ({
      title: x.approvals === 0 ? '这个钱包没有给出任何使用授权。' : '没有发现有风险的授权。',
      body: `我们检查了 ${f.chains(x.checkedChains)}${x.approvals ? `，发现 ${x.approvals} 项授权，没有一项看起来危险` : ''}。`,
      actions: ['继续保持：只授权给你信任的应用，并且只授权需要的数量。'],
    }),
    expert: (x, f) => ({
      title: `${x.approvals} 项有效授权，均无风险`,
      body: `链：${f.chains(x.checkedChains)}。没有无限额、EOA、未收录或黑名单的被授权方。`,
      actions: ['无需操作。'],
    }),
  },
}

const methodNames: Record<FindingFacts['TX_APPROVAL']['method'], string> = {
  approve: 'approve', increaseAllowance: 'increaseAllowance', setApprovalForAll: 'setApprovalForAll', permit2: 'Permit2.approve', permit: 'permit',
}

/** TX_APPROVAL：这笔交易授予了什么、授予了谁（与授权检查用同一个判断）。 */
export const txApprovalZh: LevelTemplates<'TX_APPROVAL'> = {
  novice: (x, f): Text => {
    const v = txApprovalView(x)
    return {
      title: `${x.flaggedAs ? '危险：' : ''}这笔交易授权${spender(x, f)}${scope(x, f)}。`,
      body:
        (x.flaggedAs ? `该地址被标记为“${x.flaggedAs}”：凡是允许它拿的，它都会拿走。` : '') +
        (v.personalWallet ? '它授权给了个人钱包而不是应用：这是常见的诈骗迹象。' : '') +
        (v.unknownApp ? '我们不认识被授权的应用。' : '') +
        (x.permission === 'permit2' ? 'Permit2 把这项授权与代币自身的授权分开保存。' : '') +
        `在你撤销之前，它会一直有效${where(x, f)}。`,
      actions: [
        { now: `现在就${removeIt(x, f)}。`, 'if-unknown': `如果你不认识它，请立即${removeIt(x, f)}。`, 'if-unused': `如果你不再使用这个应用，请${removeIt(x, f)}。` }[v.remove],
        ...(v.mayHaveUsed ? [ifMissing(x, f)] : []),
        '只授权给你信任的应用，并且只授权需要的数量。',
        zh.noRecoveryPhrase,
      ],
    }
  },
  expert: (x, f) => ({
    title: `${methodNames[x.method]} → ${x.spender}${x.spenderLabel ? `（${x.spenderLabel}）` : ''}`,
    body: expertBody(x, f, `代币 ${x.symbol ? `${f.quote(x.symbol)} ` : ''}${x.token}。${x.flaggedAs ? `被授权方在黑名单中标记为“${x.flaggedAs}”。` : ''}`),
    actions: [`撤销：${revokeCall(x)}。`],
  }),
}

const kindNames: Record<ApprovalFacts['permission'], string> = { erc20: '代币额度', nft: '单个藏品', 'for-all': '整个系列', permit2: 'Permit2 额度' }

/** 地址答案汇总里的一项有风险的授权：谁，能动多少什么。 */
const riskyLine = (r: RiskyApproval, f: Formatter) => `${can(spender(r, f, r.risk))}${scope(r, f, isDangerous(r))}`

/** 点名危险授权的持有者：“这个诈骗地址（…）和这 2 个个人钱包（…、…）”。 */
function holders(v: RiskyView, f: Formatter): string {
  const group = (addresses: string[], what: string) =>
    addresses.length === 0 ? [] : [`${addresses.length === 1 ? '这个' : `这 ${addresses.length} 个`}${what}（${addresses.map((a) => f.short(a)).join('、')}）`]
  return [...group(v.scamAddresses, '诈骗地址'), ...group(v.personalWallets, '个人钱包')].join('和')
}

/** 专家视角：一项有风险的授权能动到多少。 */
function reach(r: RiskyApproval, f: Formatter): string {
  return {
    item: () => `第 ${r.tokenId} 号藏品`,
    collection: () => '全部藏品',
    unlimited: () => '无限额',
    amount: () => `${f.tokenExact(r.amount!, r.decimals, r.symbol)}${r.expiration === undefined ? '' : `，到期时间 ${f.utc(r.expiration)}`}`,
  }[scopeKind(r)]()
}

/** ADDRESS_RISKY_APPROVALS：地址答案里对现有授权的汇总。 */
export const riskyApprovalsZh: LevelTemplates<'ADDRESS_RISKY_APPROVALS'> = {
  novice: (x, f) => {
    const v = riskySummaryView(x)
    const unfinished = x.notChecked.length ? `我们没能查完它在 ${f.chains(x.notChecked)} 上的授权。` : ''
    if (x.risky.length === 0)
      return {
        title: `我们没能查完这个钱包在 ${f.chains(x.notChecked)} 上的使用授权。`,
        body: `应用和个人可以被授权使用钱包里的代币，其中一些授权正是骗局掏空钱包的方式。历史较长的钱包需要更久才能查完${x.checkedChains.length ? `；在 ${f.chains(x.checkedChains)} 上没有发现有风险的授权` : ''}。`,
        actions: ['用可信的工具（例如 revoke.cash）检查这个钱包的授权：它会查看全部历史。'],
      }
    const dangerous = v.dangerous.length
    const others = v.others.length
    return {
      title: `${dangerous ? '危险：' : ''}这个钱包给出了 ${v.total} 项有风险的使用授权${v.dangerousOfThem ? `，其中 ${v.dangerousOfThem} 项很危险` : ''}。`,
      body: `${v.named.map((r) => riskyLine(r, f)).join('；')}${v.more ? `；另有 ${v.more} 项` : ''}。${unfinished}`,
      actions: dangerous
        ? [
            `马上用可信的工具（例如 revoke.cash 或钱包自带的授权管理页面）撤销${holders(v, f)}的授权。`,
            ...(others ? [`然后检查其余 ${others} 项：撤销你不再使用或不认识的授权。`] : []),
            `如果已经有资产丢失，${newWallet}。`,
            zh.noRecoveryPhrase,
          ]
        : ['逐项检查，用可信的工具（例如 revoke.cash 或钱包自带的授权管理页面）撤销你不再使用或不认识的授权。'],
    }
  },
  expert: (x, f) => ({
    title: x.risky.length ? `${x.approvals} 项现有授权中有 ${x.risky.length} 项有风险` : `授权扫描未在 ${f.chains(x.notChecked)} 上完成`,
    body:
      (x.risky.length ? `${x.risky.map((r) => `${r.chain.name}：${r.risks.join('、')} — ${kindNames[r.permission]} ${r.symbol ? `${f.quote(r.symbol)} ` : ''}${r.token} → ${r.spender}${r.spenderLabel ? `（${r.spenderLabel}）` : ''}：${reach(r, f)}`).join('；')}。` : '') +
      (x.notChecked.length ? `扫描未在 ${f.chains(x.notChecked)} 上完成（超时或节点出错）。` : '') +
      (x.checkedChains.length ? `已扫描：${f.chains(x.checkedChains)}。` : ''),
    actions: x.risky.length
      ? x.risky.map((r) => `在 ${r.chain.name} 上撤销：${r.revoke}${r.permission === 'permit2' ? `，或 Permit2.lockdown([(${r.token}, ${r.spender})])` : ''}。`)
      : ['运行这个地址的授权检查：它会扫描全部历史，不受地址答案的时间限制。'],
  }),
}

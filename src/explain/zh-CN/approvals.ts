import type { ApprovalFacts } from '../../core/facts.js'
import type { ApprovalCode, CatalogPart } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import { zh } from './common.js'

const token = (x: { symbol?: string }, f: Formatter) => (x.symbol ? f.quote(x.symbol) : '代币')
const spender = (x: { spender: string; spenderLabel?: string }, f: Formatter) => x.spenderLabel ?? f.short(x.spender)
const revokeCall = (x: ApprovalFacts) => `在 ${x.token}（${x.chain.name}）上调用 approve(${x.spender}, 0)`

export const approvalsZh: CatalogPart<ApprovalCode> = {
  APPROVAL_UNLIMITED: {
    novice: (x, f) => ({
      title: `${spender(x, f)} 可以无上限地使用你的全部 ${token(x, f)}。`,
      body: '这是你之前给出的授权。如果那个应用被黑，或者本身就是骗局，它可以拿走你全部的该代币，包括你以后收到的。',
      actions: [`如果你不再使用这个应用，请${zh.revokeTool}。`, '以后授权时，只授权你要花的数量。'],
    }),
    expert: (x) => ({
      title: `无限授权给 ${x.spender}`,
      body: `${x.chain.name} 上代币 ${x.token} 的 allowance ≥ 2^255 或超过总供应量。`,
      actions: [`撤销：${revokeCall(x)}。`],
    }),
  },
  APPROVAL_TO_EOA: {
    novice: (x, f) => ({
      title: `一个个人钱包（而不是应用）获得了拿走你 ${token(x, f)} 的授权。`,
      body: '正规应用用程序（智能合约）来移动你的代币，而不是个人钱包。很多骗局就是这样掏空钱包的。',
      actions: [`请立即${zh.revokeTool}。`, '如果代币已经少了，把剩下的转到一个新钱包。', zh.noRecoveryPhrase],
    }),
    expert: (x) => ({
      title: `授权给了 EOA：${x.spender}`,
      body: `被授权方在 ${x.chain.name} 上没有代码，只有其私钥持有者能使用该授权。典型的钓鱼模式。`,
      actions: [`立即撤销：${revokeCall(x)}。`],
    }),
  },
  APPROVAL_TO_UNKNOWN_CONTRACT: {
    novice: (x, f) => ({
      title: `一个我们不认识的应用可以使用你的 ${token(x, f)}。`,
      body: '这可能没问题（有很多应用不在我们的列表里），但请确认你认识它。',
      actions: [`如果你不认识它，请${zh.revokeTool}。`],
    }),
    expert: (x) => ({
      title: `授权给未收录的合约 ${x.spender}`,
      body: `被授权方在 ${x.chain.name} 上有代码，但不在 txdoctor 对该链的已知协议合约列表中。`,
      actions: [`查看已验证源码；如不认识，${revokeCall(x)} 撤销。`],
    }),
  },
  APPROVAL_FOR_ALL: {
    novice: (x, f) => ({
      title: `${spender(x, f)} 可以转走你在 ${token(x, f)} 系列中的每一件藏品。`,
      body: '这项授权覆盖该系列中的全部藏品，包括你以后得到的。',
      actions: [`如果你不再使用那个市场或应用，请${zh.revokeTool}。`],
    }),
    expert: (x) => ({
      title: `setApprovalForAll → ${x.spender}`,
      body: `${x.token}（${x.chain.name}）上的操作员授权。`,
      actions: [`撤销：在 ${x.token} 上调用 setApprovalForAll(${x.spender}, false)。`],
    }),
  },
  APPROVAL_FLAGGED_SPENDER: {
    novice: (x, f) => ({
      title: `危险：一个已知的诈骗地址可以拿走你的 ${token(x, f)}。`,
      body: `持有这项授权的地址被标记为“${x.flaggedAs}”。`,
      actions: [`请马上${zh.revokeTool}。`, '如果已经有资产丢失，把剩下的转到一个新钱包。', zh.noRecoveryPhrase],
    }),
    expert: (x) => ({
      title: `授权给了黑名单地址 ${x.spender}`,
      body: `在 ${x.chain.name} 黑名单中被标记为“${x.flaggedAs}”。`,
      actions: [`立即撤销：${revokeCall(x)}。`],
    }),
  },
  APPROVAL_PERMIT2: {
    novice: (x, f) => ({
      title: `${spender(x, f)} 可以通过 Uniswap 的 Permit2 使用你的 ${token(x, f)}。`,
      body: '这项授权是单独保存的：撤销你在代币上给 Permit2 的授权，并不会撤销这一项。',
      actions: [`如果你不再使用这个应用，请${zh.revokeTool}（选择支持 Permit2 的工具）。`],
    }),
    expert: (x, f) => ({
      title: `Permit2 授权 → ${x.spender}`,
      body: `Permit2.allowance(owner, ${x.token}, ${x.spender}) = ${x.amount === undefined ? '无限' : f.token(x.amount, x.decimals, x.symbol)}，到期时间 ${f.utc(x.expiration)}。把 token.approve(Permit2) 归零并不能清除它。`,
      actions: [`撤销：Permit2.approve(${x.token}, ${x.spender}, 0, 0)，或 Permit2.lockdown([(${x.token}, ${x.spender})])。`],
    }),
  },
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

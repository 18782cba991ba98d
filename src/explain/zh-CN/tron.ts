import type { Text, TronCatalog } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import type { NativeAmount } from '../../core/amounts.js'
import type { TronFacts, TronTxRef } from '../../core/tron-facts.js'
import { panicMeaning } from '../panic.js'
import { day, feeParts, heldFirst, nodeName, outOfEnergyView, permissionView, retryMarginPercent, rough, roughTrx, roughWords, tokensFirst, tronNotFinalView, tronRevertView, tronScamTokenView, tronSuccessView, wordFor, type Attempt, type RetryPlan, type CostView, type FeePartKind, type PermissionLine, type PermissionView } from '../views/tron.js'
import { zh } from './common.js'

/** 波场（TRON）的中文说法：与以太坊类网络共用的代码（用于其 TRON 事实），以及 TRON 独有的代码。 */

type Need = { energy: number; trx: NativeAmount }

// 钱包界面里就写着“能量”和“带宽”：在新手第一次遇到时用大白话解释一次。
const energyWord = '能量（用来支付代币转账的运行费用）'
const bandwidthWord = '带宽（用来支付交易数据大小的费用）'

/** `2023-06-23 11:51:45 UTC` → `2023-06-23 11:51:45（协调世界时）`：同样的数字，不用英文缩写；不要再套在括号里。 */
const inChinese = (utc: string) => utc.replace(/ UTC$/, '（协调世界时）')
/** 给新手看的手续费、余额和持有的代币：1.100002 TRX 说成“约 1.1 TRX”；句子里已经有“约”时用 `rough`。 */
const { approx, roughHeld, heldList } = roughWords('约 ')
/** “手续费约为 26.42 TRX”（不是“为约”）；没有舍入时“手续费为 1.1 TRX”。 */
const feeIs = (a: NativeAmount, f: Formatter) => {
  const r = roughTrx(a)
  return `${r.approximate ? '约为' : '为'} ${f.native(r.amount)}`
}

/** 账户操作做了什么，按 java-tron 的合约类型（TRX 和代币转账、合约调用另有说法）。清单外的类型只给专业人士看。 */
const operationWords: Readonly<Record<string, string>> = {
  TransferAssetContract: 'TRC-10 代币转账',
  FreezeBalanceContract: '质押 TRX', FreezeBalanceV2Contract: '质押 TRX',
  UnfreezeBalanceContract: '解除质押 TRX', UnfreezeBalanceV2Contract: '解除质押 TRX',
  WithdrawExpireUnfreezeContract: '提取已解除质押的 TRX', CancelAllUnfreezeV2Contract: '取消解除质押',
  DelegateResourceContract: '把能量或带宽借给其他账户', UnDelegateResourceContract: '收回借出的能量或带宽',
  VoteWitnessContract: '为超级代表投票', WithdrawBalanceContract: '领取投票奖励',
  AccountPermissionUpdateContract: '修改账户权限', AccountCreateContract: '创建账户',
  AccountUpdateContract: '修改账户名称', CreateSmartContract: '部署合约',
}
/** “账户操作（质押 TRX）”；清单外的类型只说“账户操作”，不显示英文类型名。 */
export const operationNovice = (contractType: string) => {
  const what = wordFor(operationWords, contractType)
  return what ? `账户操作（${what}）` : '账户操作'
}

/** 它是什么，给新手看的名词短语：“向 TCB8…14RB 转 0.01 «USDT» 的转账”。 */
function attemptNovice(a: Attempt | undefined, f: Formatter): string {
  switch (a?.kind) {
    case 'trx': return `向 ${f.short(a.to)} 转 ${f.native(a.amount)} 的转账`
    case 'token': return `向 ${f.short(a.to)} 转 ${f.token(a.amount, a.decimals, a.symbol)} 的转账`
    case 'call': return `向地址为 ${f.short(a.contract)} 的应用发出的请求${a.callValue ? `（附带 ${f.native(a.callValue)}）` : ''}`
    case 'other': return operationNovice(a.contractType)
    case undefined: return '交易'
  }
}

/** 交易携带的合约调用，给专业人士看。 */
function actionExpert(x: TronTxRef, f: Formatter): string {
  const a = x.action
  const from = x.sender ? `，发送方 ${x.sender}` : ''
  switch (a?.kind) {
    case 'trx-transfer': return `转账合约（TransferContract）：${x.sender ?? '（发送方未知）'} → ${a.to}，${f.nativeExact(a.amount)}`
    case 'token-transfer': return `合约调用（TriggerSmartContract）${a.token}.transfer(${a.to}, ${a.amount})，即 ${f.tokenExact(a.amount, a.decimals, a.symbol)}${from}`
    case 'contract-call': return `对 ${a.contract} 的合约调用（TriggerSmartContract）${a.selector ? `，函数选择器（selector）${a.selector}` : ''}，附带（call_value）${f.nativeExact(a.callValue)}${from}`
    case 'other': return `${nodeName(a.contractType, f)}${from}`
    case undefined: return '节点没有返回交易本身（只有执行信息）：发送方和所调用的合约未知'
  }
}

/** 手续费的每一部分用在了哪里，给新手看；`all`：这一部分就是全部手续费时的说法（“全部用于……”）。 */
const creationWords = '用于创建收款人原本还不存在的账户（激活；这是一次性费用，以后再向它转账不会再收）'
const feeFor: Record<FeePartKind, { what: string; all: string }> = {
  energy: { what: `被燃烧用于支付${energyWord}`, all: `用于燃烧支付${energyWord}` },
  bandwidth: { what: `用于支付${bandwidthWord}`, all: `用于支付${bandwidthWord}` },
  creation: { what: creationWords, all: creationWords },
  other: { what: '用于其他费用', all: '用于其他费用' },
}

/** 手续费花在了哪里，给新手看：逐项说明；只有一项且等于全部手续费时，说“全部用于……”。 */
function feeNovice(c: CostView | undefined, f: Formatter): string {
  if (!c) return '我们没能读到它花了多少费用。'
  if (c.free) return `它没有花费 TRX：账户自己的${c.energyFromStake > 0 ? `${energyWord}和` : ''}${bandwidthWord}已经够用。`
  const { parts, whole, stakedToo } = feeParts(c)
  const staked = stakedToo ? '另有一部分能量来自账户质押所得，没有花费 TRX。' : ''
  if (whole) return `手续费${feeIs(c.fee, f)}，全部${feeFor[whole].all}。${staked}`
  return `手续费${feeIs(c.fee, f)}${parts.length ? `：${parts.map((p) => `${approx(p.amount, f)} ${feeFor[p.kind].what}`).join('；')}` : ''}。${staked}`
}

/** 手续费上限，只在有意义时给出：转账合约（TransferContract）不消耗能量，无上限可言；节点没返回交易本身时，上限未知。 */
function feeLimitExpert(x: TronTxRef, f: Formatter): string {
  if (x.action?.kind === 'trx-transfer') return ''
  if (x.feeLimit) return `手续费上限（fee_limit）${f.nativeExact(x.feeLimit)}。`
  return x.action ? 'raw_data 中没有设置手续费上限（fee_limit）。' : '手续费上限（fee_limit）未知（未能读到交易本身）。'
}

/** 能量和带宽的精确数字；有激活时，带宽费（net_fee）是创建账户的固定费用，而不是按字节计算的。 */
function costsExpert(x: TronTxRef, f: Formatter, activation?: NativeAmount): string {
  const c = x.costs
  const limit = feeLimitExpert(x, f)
  if (!c) return `费用未知：节点返回了交易本身，但没有返回其执行信息（gettransactioninfobyid）。${limit}`
  const creation = activation && c.bandwidthBurned.value > 0n ? '，即创建账户费（getCreateAccountFee）' : ''
  return (
    `消耗能量 ${f.count(c.energyUsed)}（来自质押 ${f.count(c.energyFromStake)}，由合约部署者承担 ${f.count(c.energyFromContract)}，燃烧 TRX 支付 ${f.count(c.energyUsed - c.energyFromStake - c.energyFromContract)}）；` +
    `能量费（energy_fee）${f.nativeExact(c.energyBurned)}。带宽 ${f.count(c.bandwidthUsed)} 字节，带宽费（net_fee）${f.nativeExact(c.bandwidthBurned)}${creation}。总手续费 ${f.nativeExact(c.fee)}` +
    (limit ? `；${limit}` : '。')
  )
}

const where = (x: TronTxRef, f: Formatter) =>
  `${x.blockNumber === undefined ? '区块未读到' : `区块 ${f.count(x.blockNumber)}`}${x.minedAt === undefined ? '' : `，${inChinese(f.utc(x.minedAt))}`}，交易 ID ${x.id}`
/** “区块 69,316,562”，区块未读到时给交易 ID：收款人可以查的东西。 */
const blockOrId = (x: TronTxRef, f: Formatter) => (x.blockNumber === undefined ? `交易 ID ${x.id}` : `区块 ${f.count(x.blockNumber)}`)
const need = (n: Need, f: Formatter) => `${f.count(n.energy)} 能量（若燃烧 TRX 支付，约 ${rough(n.trx, f)}）`
const needExact = (n: Need, f: Formatter) => `约 ${f.count(n.energy)} 能量 = ${f.nativeExact(n.trx)}`

/** 账户自身的密钥仍能修改权限时，“没有人能做到”并不属实：但这种收费服务照样是骗局。 */
const recoveryScam = (ownChanges: boolean) => `任何声称收费帮你“解锁”或“找回”这个账户的人，都是第二个骗局${ownChanges ? '。' : '：没有人能做到。'}`

/** “持有 约 1.1 TRX” → “持有约 1.1 TRX”：约 紧跟前面的汉字。 */
const joinAbout = (line: string) => line.replace(/([\u4e00-\u9fff]) 约 /g, '$1约 ')
const tidy = (t: Text): Text => ({ title: joinAbout(t.title), body: joinAbout(t.body), actions: t.actions.map(joinAbout) })

/** 重试需要什么，给新手看：账户要有多少 TRX（还要充入多少），以及只扣除实际用掉的部分。 */
function retryNovice(p: RetryPlan, f: Formatter): string {
  const energyInstead = '或者在钱包里质押 TRX 或租用能量'
  const onlyUsed = '实际只扣除这笔转账真正用掉的部分，其余仍留在你的账户里。'
  if (p.topUp) return `再试之前，请确保账户里有约 ${rough(p.balanceTarget, f)}（还需充入约 ${f.native(p.topUp)}），${energyInstead}。这样（计入账户已有的能量）足够支付这笔转账，还留有一点余量。${onlyUsed}`
  if (p.balanceNow) return `账户里的 TRX 已经足够支付这笔转账，还留有一点余量（计入账户的能量后，约需 ${rough(p.balanceTarget, f)}）。${onlyUsed}`
  return `再试之前，请确保账户里有约 ${rough(p.balanceTarget, f)}，${energyInstead}。这样足够支付这笔转账，还留有一点余量。${onlyUsed}`
}

/** 同一个方案的精确数字：能量加余量；手续费上限覆盖全部能量；余额只需覆盖质押能量以外的部分。 */
function retryExpert(typical: number, p: RetryPlan, f: Formatter): string {
  const balance = p.balanceNow
    ? `余额 ≥（${f.count(p.energy)} − 已有 ${f.count(p.energyHeld)} 能量）× ${f.count(p.price)} sun = ${f.nativeExact(p.balance)}` +
      (p.topUp ? `；发送方现有 ${f.nativeExact(p.balanceNow)}，需充入 ≥ ${f.nativeExact(p.topUp)}，已向上取整到 0.1 TRX。` : `；发送方现有的 ${f.nativeExact(p.balanceNow)} 已足够。`)
    : `余额 ≥ ${f.nativeExact(p.balance)}（未读到发送方当前的 TRX 和能量）。`
  return (
    `按 ${f.count(p.energy)} 能量准备（${f.count(typical)} + ${retryMarginPercent}%，向上取整到 1,000：实际消耗可能超过典型值）。` +
    `手续费上限（fee_limit）设为 ≥ ${f.count(p.energy)} × ${f.count(p.price)} sun = ${f.nativeExact(p.feeLimit)}，无论能量来自质押、租用还是燃烧 TRX：手续费上限限制的是这次调用可用的全部能量。` +
    `${balance}或者质押/租用能量，使可用能量 ≥ ${f.count(p.energy)}（手续费上限不变）。实际只按用掉的能量扣费：手续费上限和余额都只是上限。`
  )
}

/** 网络为什么中止了调用，按回执结果（REVERT 是合约拒绝，另有说法）。 */
const stoppedBecause: Readonly<Record<string, string>> = { OUT_OF_TIME: '：它运行时间太长', ILLEGAL_OPERATION: '：应用的合约尝试了不被允许的操作' }

const words: TronCatalog = {
  TX_SUCCESS: {
    novice: (x, f) => {
      const v = tronSuccessView(x)
      return {
        title: v.somethingMoved ? '这笔转账已经成功完成。' : '这笔交易已经成功完成。',
        body:
          `它在波场（TRON）上完成${v.coins && x.action?.kind === 'trx-transfer' ? `，${x.sender ? `从 ${f.short(x.sender)} ` : ''}向 ${f.short(x.action.to)} 转出 ${f.native(v.coins)}` : ''}` +
          (v.moved.length
            ? `。转移的资产：${v.moved.map((t) => `${f.token(t.amount, t.decimals, t.symbol)}${t.fake ? '（假代币，一文不值）' : ''}，从 ${f.short(t.from)} 到 ${f.short(t.to)}`).join('；')}`
            : v.unread ? '，但我们没能读到它转移了什么' : v.somethingMoved ? '' : '，没有转移任何 TRX 或代币') +
          `。${feeNovice(v.cost, f)}` +
          (v.usdtToNewHolder ? '这次费用约为平时的两倍，很可能是因为收款人此前从未持有过 USDT。' : '') +
          (v.somethingMoved ? '已完成的转账无法由网络撤回。' : ''),
        actions: v.somethingMoved
          ? [
              `如果收款人看不到，请对方在钱包里查看波场（TRON${v.tokens ? '，TRC-20' : ''}）网络，而不是其他网络${v.tokens ? '；如果代币没有显示，请对方在钱包里添加该代币' : ''}。`,
              '如果转错了地址，只有那个地址的主人才能把钱退回。',
            ]
          : v.unread
            ? ['想知道它转移了什么，请在 Tronscan（tronscan.org）或钱包的交易记录里打开它。']
            : v.moved.length
              ? ['不要把这个假代币转给别人，也不要对它授权、出售或兑换：它一文不值。']
              : [zh.nothingToDo],
      }
    },
    expert: (x, f) => {
      const v = tronSuccessView(x)
      return {
        title: `成功${x.blockNumber === undefined ? '' : `：区块 ${f.count(x.blockNumber)}`}`,
        body:
          `波场（TRON）上执行成功（SUCCESS），${where(x, f)}。${actionExpert(x, f)}。` +
          (x.transfers.length
            ? `转账日志（Transfer）：${x.transfers.map((t) => `${f.tokenExact(t.amount, t.decimals, t.symbol)}，${t.from} → ${t.to}（代币合约 ${t.token}${v.moved.some((m) => m.fake && m.token === t.token) ? '，假代币：见 TX_SCAM_TOKEN' : ''}）`).join('；')}。`
            : v.unread ? '未读到转账日志（没有 gettransactioninfobyid 的回复）：这次调用转移了什么未知。' : '没有记录 TRC-20 转账日志。') +
          costsExpert(x, f, x.activationFee) +
          (x.activationFee ? `其中包括账户激活费（getCreateNewAccountFeeInSystemContract）${f.nativeExact(x.activationFee)}。` : '') +
          (v.usdtToNewHolder ? `消耗能量 ${f.count(v.usdtToNewHolder.energyUsed)}，约为转 USDT 给已持有者（约 ${f.count(v.usdtToNewHolder.toHolder)}）的 2 倍：收款人此前很可能没有持有过 USDT（需新建余额存储槽）。` : ''),
        actions: [
          v.somethingMoved
            ? `如果收款人否认收到，请把交易 ID 和${blockOrId(x, f)} 给对方：${v.tokens ? '上面的转账日志' : '这笔转账合约'}就是凭证。`
            : v.unread
              ? '对账之前，先读取它的转账日志（/wallet/gettransactioninfobyid 或 Tronscan）。'
              : v.moved.length
                ? '只转移了假代币：不要为它入账。'
                : '没有转移任何有价值的东西：无需对账。',
        ],
      }
    },
  },
  TX_NOT_FINAL: {
    novice: (x) => {
      const { minutes } = tronNotFinalView(x)
      return {
        title: '它已被记录，但时间很近。',
        body: `波场（TRON）在一笔记录之后再增加 ${x.solidifyBlocks} 个区块（每 ${x.blockTimeSeconds} 秒一个）时，就让它成为永久记录：大约 ${minutes} 分钟后。在此之前，极少数情况下它仍可能被撤销。`,
        actions: [`无需任何操作。如果有大额款项取决于它，请在大约 ${minutes} 分钟后再来这里查一次：成为永久记录后，这条提示就不会再出现。`],
      }
    },
    expert: (x, f) => {
      const { seconds } = tronNotFinalView(x)
      return {
        title: `尚未固化：区块 ${f.count(x.blockNumber)}`,
        body: `已打包进区块 ${f.count(x.blockNumber)}（${inChinese(f.utc(x.minedAt))}）；经 ${x.solidifyBlocks} 个区块确认（27 个超级代表中的三分之二）后不可逆，约 ${x.solidifyBlocks} × ${x.blockTimeSeconds} 秒 = ${seconds} 秒。在此之前分叉仍可能使其失效。`,
        actions: ['大额入账请等 /walletsolidity/gettransactioninfobyid 能查到它之后再确认。'],
      }
    },
  },
  TX_FAILED_OUT_OF_ENERGY: {
    novice: (x, f) => {
      const v = outOfEnergyView(x)
      const usdt = x.usdtTransfer
      return {
        title: `转账失败：能量不足${v.burned ? `，并且已燃烧了 ${approx(v.burned, f)}` : ''}。`,
        body:
          `这笔${attemptNovice(v.attempt, f)}失败了，什么也没有转出：资产都还在你的账户里。` +
          `在波场上，代币转账需要${energyWord}；账户没有的那部分能量，会通过燃烧 TRX 来支付。` +
          (v.burned ? `在转账中止之前，已经这样燃烧了 ${approx(v.burned, f)}，这部分不会退还。` : v.nothingTaken ? '这次失败的尝试没有扣除任何 TRX。' : '') +
          { 'fee-limit': `转账中止，是因为钱包允许它燃烧的 TRX 上限（手续费上限${x.feeLimit ? `，${approx(x.feeLimit, f)}` : ''}）对这笔转账来说太低了。`, 'no-trx': '转账中止，是因为账户里的 TRX 和能量太少，付不起这笔转账。', unknown: '我们无法判断是钱包的手续费上限不够，还是账户里的 TRX 不够。' }[v.cause] +
          (usdt ? `一笔 USDT 转账，转给已持有 USDT 的地址大约需要 ${need(usdt.toHolder, f)}，转给从未持有过 USDT 的地址大约需要 ${need(usdt.toNewHolder, f)}。` : '') +
          (x.recipientHolds === undefined
            ? usdt ? '我们没能查到收款人是否已经持有 USDT，所以请按较高的费用准备。' : ''
            : x.recipientHolds ? '这个收款人已经持有该代币。' : '这个收款人从未持有过该代币，所以适用较高的那个数字。') +
          (x.senderNow ? `你的账户现在有 ${approx(x.senderNow.balance, f)} 和 ${f.count(x.senderNow.energyAvailable)} 能量。` : ''),
        actions: [
          v.plan ? retryNovice(v.plan, f) : '再试之前，先往账户里充入 TRX，或者在钱包里质押 TRX 或租用能量。',
          ...(v.checkFeeLimit
            ? [
                v.plan
                  ? `如果钱包允许设置手续费上限，请把它设为 ${f.native(v.plan.feeLimitRough)} 或更高（也可以使用钱包的自动设置，前提是不低于这个数）：即使用质押或租用的能量支付，手续费上限也必须覆盖整笔转账。`
                  : '如果钱包允许设置手续费上限，请把它调高，或者恢复钱包的自动设置。',
              ]
            : []),
          '重新发送是安全的：这笔转账失败了，什么也没有转出，所以不会付两次钱。但要等账户里有足够的 TRX 或能量再发，否则它可能再次失败并燃烧 TRX。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = outOfEnergyView(x)
      const usdt = x.usdtTransfer
      const n = v.needed
      return {
        title: `能量耗尽（OUT_OF_ENERGY）${x.costs ? `：消耗 ${f.count(x.costs.energyUsed)} 能量${x.energyLimit === undefined ? '' : `（上限 ${f.count(x.energyLimit)}）`}，燃烧 ${f.native(x.costs.energyBurned)}` : ''}`,
        body:
          `回执结果（receipt.result）为 OUT_OF_ENERGY，${where(x, f)}。${actionExpert(x, f)}。${costsExpert(x, f)}` +
          (x.energyLimit === undefined ? '' : `本次调用的能量上限 ${f.count(x.energyLimit)}。`) +
          (x.energyPrice === undefined ? '' : `能量单价 ${f.count(x.energyPrice)} sun/能量。`) +
          { 'fee-limit': '原因：手续费上限（fee_limit）限制了调用能买到的能量。', 'no-trx': '原因：发送方的 TRX 和能量不足；手续费上限（fee_limit）不是瓶颈。', unknown: '原因：无法确定（手续费上限或余额）。' }[v.cause] +
          (usdt ? `USDT 的 transfer()：转给已持有者${needExact(usdt.toHolder, f)}，转给首次持有者（需新建存储槽）${needExact(usdt.toNewHolder, f)}。` : '') +
          (x.recipientHolds === undefined ? (usdt ? '未读到收款人是否持有 USDT：按首次持有者计算。' : '') : `收款人${x.recipientHolds ? '已持有' : '从未持有过'}该代币。`) +
          (x.senderNow ? `发送方当前：${f.nativeExact(x.senderNow.balance)}，可用能量 ${f.count(x.senderNow.energyAvailable)}。` : ''),
        actions: [
          n && v.plan
            ? retryExpert(n.energy, v.plan, f)
            : `给发送方充入 TRX 或质押/租用能量${v.cause === 'no-trx' ? '' : '，并提高手续费上限（fee_limit）'}。`,
          '签名前用 /wallet/triggerconstantcontract（或 /wallet/estimateenergy）重新估算：按 energy_used 再加一些余量预留能量（energy_used 已包含 energy_penalty）；手续费上限（fee_limit）≥ 预留能量 × getEnergyFee。重新发送是安全的：什么都没有转出，重发是一笔新交易。',
        ],
      }
    },
  },
  TX_FAILED_REVERTED: {
    novice: (x, f) => {
      const v = tronRevertView(x)
      const stopped = wordFor(stoppedBecause, x.result) ?? ''
      return {
        title: `交易失败：什么也没有转出${v.burned ? '，但燃烧了 TRX 作为手续费' : ''}。`,
        body:
          `这笔${attemptNovice(v.attempt, f)}失败了。` +
          (v.refused ? `应用的合约拒绝了它。${x.reason ? `合约的回复是：${f.quote(x.reason)}。` : ''}` : `网络在它完成之前就让它停下了${stopped}。`) +
          `你的资金没有移动；${v.burned ? `只花掉了 ${approx(v.burned, f)} 的手续费` : '没有为它花费 TRX'}。`,
        actions: [
          '不要原样再试：它很可能会再次失败，并再燃烧一次手续费。',
          '在应用里确认你原本想做什么，以及情况是否有变（例如活动已经结束）。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: `失败：${nodeName(x.result, f)}${x.errorName && x.errorName !== 'Error' ? `（${x.errorName}）` : ''}`,
      body:
        `回执结果（receipt.result）为 ${nodeName(x.result, f)}，${where(x, f)}。${actionExpert(x, f)}。` +
        (x.reason ? `原因 ${f.quote(x.reason)}。` : '') +
        (x.panicCode === undefined ? '' : `Panic 0x${x.panicCode.toString(16)}：${panicMeaning(x.panicCode, 'zh-CN')}。`) +
        (x.result === 'REVERT' && !x.reason && x.panicCode === undefined ? '没有返回回退原因。' : '') +
        costsExpert(x, f),
      actions: ['重新发送前，先用 /wallet/triggerconstantcontract 按当前状态模拟调用（检查 result 和 energy_used）。'],
    }),
  },
  TX_ADDRESS_POISONING: {
    novice: (x, f) => ({
      title: '警告：一笔假转账把仿冒地址放进了你的记录。',
      body:
        `有人让这笔转账出现在你的账户（${f.short(x.victim)}）的记录里，看起来就像你向一个仿冒地址转了 ${f.token(x.amount, x.decimals, x.symbol)}：${x.lookalike}。` +
        `这笔转账不是你发出的，你的钱包也没有转出任何东西；它是由 ${f.short(x.sentBy)} 发出的。` +
        '这个假地址被刻意做成和你打过交道的某个地址开头、结尾相同，骗子希望你下次付款时从记录里复制到它。' +
        '我们无法判断它仿冒的是哪个地址：波场的公共服务器不按账户保存历史记录。' +
        (x.minedAt === undefined ? '' : `它记录于 ${inChinese(f.utc(x.minedAt))}。`) +
        (x.lures > 1 ? `这一笔交易里就有 ${f.count(x.lures)} 笔这样的假转账：骗子会一次在许多人的记录里投放。` : ''),
      actions: [
        '永远不要从交易记录里复制地址：这个假地址就是为了让你复制而放进去的。',
        '付款时从钱包的地址簿里选取地址（把真实地址保存在那里），或者重新向对方确认，并逐个字符核对波场地址，不要只看开头和结尾。',
        '不要向仿冒地址转任何东西。如果已经转了，网络无法撤回：请联系你的钱包客服，并且不要理会任何声称收费帮你追回的人。',
      ],
    }),
    expert: (x, f) => ({
      title: '地址投毒（TRON）：第三方发起的、从受害者到仿冒地址的 0 金额 TRC-20 转账',
      body:
        `${f.tokenExact(x.amount, x.decimals, x.symbol)} 从受害者 ${x.victim} 转到仿冒地址 ${x.lookalike}，记录在 ${x.sentBy} 发起的交易中，而非受害者本人（0 金额的 transferFrom 不需要授权额度）。` +
        `代币合约 ${x.token}。被仿冒的地址未知：全节点不保存按账户索引的历史（可在 Tronscan 上与受害者的交易对手核对）。` +
        (x.minedAt === undefined ? '' : `区块时间 ${inChinese(f.utc(x.minedAt))}。`) +
        `本交易中的诱饵转账数：${f.count(x.lures)}。`,
      actions: [
        `将 ${x.lookalike} 标记为诈骗地址；收款地址一律取自地址簿，绝不取自历史记录，并核对全部 34 个字符。`,
        '无需撤销任何授权：这种诱饵不需要受害者的签名或授权。',
      ],
    }),
  },
  TX_SCAM_TOKEN: {
    novice: (x, f) => {
      const v = tronScamTokenView(x)
      return {
        title: '危险：这笔交易中的一个代币是假的，一文不值。',
        body:
          (v.posesAs
            ? `这笔交易转移的一个代币自称 ${f.quote(v.posesAs)}，但它是另一个合约${v.real ? `，不是真正的 ${v.real.symbol}` : ''}：它是假代币，显示的数额一文不值。` +
              (v.real ? `波场上真正的 ${v.real.symbol} 是地址为 ${v.real.address} 的代币；这个代币的地址是 ${x.token}。` : '')
            : '这笔交易转移的一个代币是假代币，显示的数额一文不值。') +
          (v.advertises === undefined ? '' : `它的名称里宣传了一个网站（${f.quote(v.advertises)}）。正规代币从不这样做：这类代币是为了把人引到会掏空钱包的网站。`) +
          (v.mixedScripts ? `它的名称${x.symbol ? `（${f.quote(x.symbol)}）` : ''}混用了不同文字的字母，冒充真实的代币。` : ''),
        actions: [
          '不要把这个代币转给别人，也不要对它授权、出售或兑换：提供兑换或“领取”它的应用和网站都是会掏空钱包的陷阱。',
          '不要访问它的名称或发送者引导你去的任何网站。',
          ...(v.real ? [`如果有人说这是付给你的款项，你其实没有收到钱：波场上真正的 ${v.real.symbol} 只有地址为 ${v.real.address} 的那一个代币。交付任何东西之前，先在钱包里核对代币地址。`] : []),
          '你可以直接忽略它；如果钱包支持，把它隐藏起来。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = tronScamTokenView(x)
      return {
        title: `假 TRC-20 代币 ${x.token}${v.posesAs && v.real ? `，冒充 ${v.real.symbol}` : ''}`,
        body:
          `代币合约 ${x.token}，symbol() 为 ${x.symbol ? f.quote(x.symbol) : '（无）'}（不可信）。判定信号：${x.reasons.map((r) => scamSignal[r]).join('、')}。不在 txdoctor 的代币清单中` +
          (v.real ? `；清单中的 ${v.real.symbol} 是 ${v.real.address}。` : '。') +
          '它的余额和转账日志（Transfer）完全由它自己的代码决定：这些数额一文不值。',
        actions: [
          '不要对它授权、转账或兑换；在钱包界面中隐藏它。它引导的网站所要求的授权就是盗币合约。',
          ...(v.real ? [`只按 ${v.real.address} 的转账日志（Transfer）为 ${v.real.symbol} 入账。`] : []),
        ],
      }
    },
  },
  ADDRESS_ACTIVITY: {
    novice: (x, f) => {
      const tokens = heldList(x.holdings, f)
      const resources = x.energyAvailable !== undefined && x.bandwidthAvailable !== undefined
      return {
        title: `这个波场账户持有 ${approx(x.balance, f)}${tokens.length ? ` 以及 ${tokens.join('、')}` : ''}。`,
        body:
          (x.createdAt === undefined ? '' : `它创建于 ${day(x.createdAt, f)}。`) +
          (x.unreadTokens?.length ? `我们没能读到它的 ${x.unreadTokens.map((t) => f.quote(t)).join('、')} 余额：它可能持有一些。` : '') +
          (resources
            ? `今天它可以免费使用 ${f.count(x.energyAvailable!)} 能量（用来支付代币转账）和 ${f.count(x.bandwidthAvailable!)} 带宽（用来支付交易数据大小），不必燃烧 TRX；两者每天都会恢复。`
            : '') +
          '授予应用使用其代币的权限（授权）没有检查：波场的公共服务器无法列出它们。',
        actions: [
          '想知道哪些应用可以使用你的代币，请打开钱包的授权管理页面，或 Tronscan（tronscan.org）上这个账户的授权列表，撤销你不认识的授权。',
          '如果有人要向这里付款，请对方选择波场（TRC-20）网络。',
        ],
      }
    },
    expert: (x, f) => ({
      title: `波场账户：${f.native(x.balance)}${x.energyAvailable === undefined ? '' : `，能量 ${f.count(x.energyAvailable)}`}${x.bandwidthAvailable === undefined ? '' : `，带宽 ${f.count(x.bandwidthAvailable)}`}`,
      body:
        `余额 ${f.nativeExact(x.balance)}` +
        (x.createdAt === undefined ? '' : `；创建于 ${inChinese(f.utc(x.createdAt))}`) +
        `。${resourcesExpert(x, f)}` +
        `TRC-20 持仓：${holdingsExpert(x, f)}。` +
        '未读取授权额度：全节点没有按所有者索引的授权（Approval）事件。',
      actions: ['从索引服务（Tronscan 授权页面）读取授权，或通过 /wallet/triggerconstantcontract 对已知被授权方逐个调用 allowance(owner, spender)；用 approve(spender, 0) 撤销。'],
    }),
  },
  ADDRESS_NOT_ACTIVATED: {
    novice: (x, f) => {
      const tokens = heldList(x.holdings, f)
      return {
        title: '这个波场地址还没有激活。',
        body:
          '波场上的账户在第一次收到 TRX 时才会被创建；在此之前，网络上没有它的任何记录。' +
          (x.activationFee ? `第一个向它转 TRX 的人要多付大约 ${rough(x.activationFee, f)} 来创建（激活）它。` : '') +
          (tokens.length ? `它已经持有 ${tokens.join('、')}，但在收到一些 TRX 支付手续费之前，无法把它们转出。` : ''),
        actions: [
          '如果你以为有钱已经转到这里，请和付款人确认对方用的正是这个地址，而且是波场网络。',
          '要开始使用它，请先收一些 TRX（例如从交易所提币，网络选择波场（TRC-20））。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: '账户未激活：/wallet/getaccount 返回 {}',
      body:
        `${x.address} 没有账户记录。它在第一次收到 TRX（或 TRC-10）转账时被创建` +
        (x.activationFee ? `；发送方除带宽外还需支付激活费 ${f.nativeExact(x.activationFee)}` : '') +
        '。' +
        (x.holdings.length ? `TRC-20 余额记录在代币合约中：${tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)}（${h.token}）`).join('；')}。` : '清单中的代币均无余额。'),
      actions: ['向它转入 TRX 即可激活；如果本应收到资金，请与付款方核对地址和网络。'],
    }),
  },
  ADDRESS_NO_ENERGY: {
    novice: (x, f) => {
      const first = heldFirst(x.holdings)
      const holding = first ? roughHeld(first, f) : '代币'
      return {
        title: `你持有 ${holding}，但转不出去：TRX 或能量不足。`,
        body:
          `在波场上，转出代币需要${energyWord}；没有能量时，网络会改为燃烧 TRX。` +
          `一笔 USDT 转账，转给已持有 USDT 的地址大约需要 ${need(x.needs.toHolder, f)}，转给从未持有过的地址大约需要 ${need(x.needs.toNewHolder, f)}。` +
          `你现在有 ${approx(x.balance, f)} 和 ${f.count(x.energyAvailable)} 能量。`,
        actions: [
          `往这个账户充入大约 ${rough(x.shortfall, f)}（如果收款人从未持有过 USDT，则需要更多，总共约 ${rough(x.needs.toNewHolder.trx, f)}），例如从交易所提币，网络选择波场（TRC-20）；或者在钱包里质押 TRX 或租用能量。`,
          '然后像平常一样转出代币。',
        ],
      }
    },
    expert: (x, f) => ({
      title: `能量 ${f.count(x.energyAvailable)} < 一笔 USDT 转账所需的 ${f.count(x.needs.toHolder.energy)}；余额 ${f.native(x.balance)}`,
      body:
        `余额 ${f.nativeExact(x.balance)}；可用能量 ${f.count(x.energyAvailable)}；可用带宽 ${f.count(x.bandwidthAvailable)} 字节。能量单价 ${f.count(x.energyPrice)} sun/能量。` +
        `USDT 的 transfer()：转给已持有者${needExact(x.needs.toHolder, f)}，转给首次持有者${needExact(x.needs.toNewHolder, f)}。` +
        `在没有能量的情况下转给已持有者，还差 ${f.nativeExact(x.shortfall)}。` +
        `持仓：${tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)}（${h.token}）`).join('；') || '（未读到）'}。`,
      actions: [`充入 ≥ ${f.nativeExact(x.shortfall)}（转给首次持有者总共需 ≥ ${f.native(x.needs.toNewHolder.trx)}），或质押（FreezeBalanceV2，ENERGY）或租用 ≥ ${f.count(x.needs.toHolder.energy)} 能量；手续费上限（fee_limit）要高于燃烧额。`],
    }),
  },
  ADDRESS_PERMISSION_OTHER_KEYS: {
    novice: (x, f) => {
      const v = permissionView(x)
      const keys = x.otherKeys.map((k) => f.short(k)).join('、')
      // 需要几个密钥一起签名时要说清楚，否则读起来像是每个密钥都能单独操作。
      const who = x.otherKeys.length === 1 ? `另一个密钥（${keys}）` : v.together ? `其他密钥（${keys}）一起签名，` : `其他密钥（${keys}）`
      const sweep = '把一切转到一个用新助记词创建的新钱包（不要只在同一助记词下新建账户）。'
      const order = '先转 USDT 和其他代币（转代币要用 TRX 付手续费），最后再转 TRX。为付手续费转进来的 TRX 可能会被立刻转走。'
      const onPurpose = '只有当你自己有意设置了这种共管时，其他密钥才是你的：请确认你认识其中每一个。'
      if (v.hijacked)
        return {
          title: '危险：别人已经控制了这个账户。',
          body:
            `${who}${x.othersAlone ? `现在就能转走这个账户里的资产${x.othersChangeKeys ? '，还能更改由谁控制这个账户' : ''}` : '现在就能更改由谁控制这个账户，随时可以拿走里面的资产'}` +
            `${v.ownAlone ? '' : v.ownMoves ? '；不过你自己的密钥暂时也还能转出资金' : '；而你自己的密钥已经无法单独操作'}。` +
            '这几乎总是意味着助记词或私钥已经泄露，小偷修改了账户的权限（多重签名设置），让自己控制了它。' +
            (v.ownAlone
              ? '你的密钥仍然控制着这个账户的设置，但如果你的助记词泄露了，小偷也有这个密钥，所以把设置改回来也保护不了你。请把一切转到新钱包。'
              : '没有人能撤销这一变更：你的钱包不能，波场不能，我们也不能。'),
          // 有意设置的多重签名钱包会保留所有者密钥：这种情况下，先问这是不是你自己设置的。
          actions: v.ownAlone
            ? [`除非这种共管是你自己有意设置的，并且你认识其中每一个密钥，否则请立刻${sweep}`, order, '不要再使用这个账户和它的助记词。', recoveryScam(v.ownChanges), zh.noRecoveryPhrase]
            : v.ownMoves
              ? [`立刻把你还能转的一切转到一个用新助记词创建的新钱包（不要只在同一助记词下新建账户）。`, order, '不要再使用这个账户和它的助记词。', recoveryScam(v.ownChanges), zh.noRecoveryPhrase, onPurpose]
              : ['不要再往这个账户转任何东西：其他密钥可以把它拿走。', '不要再使用这个账户和它的助记词。', recoveryScam(v.ownChanges), zh.noRecoveryPhrase, onPurpose],
        }
      return {
        title: '警告：有其他密钥共同控制这个账户。',
        body:
          `它的权限里除了它自己的地址，还列有其他密钥（${keys}）。没有你的密钥，它们无法转走资金，也无法更改账户设置${v.ownMoves ? '' : '；你自己的密钥也无法单独操作：需要其他密钥一起同意'}。` +
          '共管（多重签名）钱包就是这样有意设置的。如果不是你设置的，助记词或私钥可能已经泄露，有人修改了这个账户。',
        actions: [
          '如果这是你有意设置的共管钱包，其他密钥属于你或你的共同管理人：一切如你所愿。',
          v.ownMoves
            ? `如果不是你设置的：立刻${sweep}`
            : `如果不是你设置的：不要再往这个账户转任何东西${v.ownChanges ? '' : '；没有人能撤销这一变更'}。`,
          recoveryScam(v.ownChanges),
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const v = permissionView(x)
      const owner = v.permissions.find((p) => p.kind === 'owner')
      const firstActive = v.permissions.find((p) => p.kind === 'active')
      return {
        title: v.hijacked
          ? `权限被劫持：其他密钥无需账户自身密钥即可${[x.othersAlone && '转走资金', x.othersChangeKeys && '改写权限'].filter(Boolean).join('和')}`
          : '多重签名：所有者/活跃权限中有其他密钥',
        body:
          `账户 ${x.address}。` +
          v.permissions.map((p) => `${p.kind === 'owner' ? '所有者权限（owner）' : '活跃权限（active）'}${f.quote(p.name)}，阈值 ${p.threshold}：${p.keys.map((k) => `${k.address}（权重 ${k.weight}${k.own ? '，自身密钥' : ''}）`).join('、')}；${operations(p, p === firstActive)}`).join('。') +
          `。其他密钥可达到能转出资金的阈值：${x.othersAlone ? '是' : '否'}；可达到能修改权限的阈值：${x.othersChangeKeys ? '是' : '否'}。自身密钥满足所有者权限阈值：${x.ownAlone ? '是' : '否'}。`,
        actions: [
          controlExpert(v, owner, f),
          v.ownMoves
            ? '立即转移资产：用自身密钥签名，转到用新助记词生成的账户，先转 TRC-20 余额（每笔转账都要燃烧 TRX 支付能量），最后转 TRX。其他密钥也可能同时转走资金。'
            : '自身密钥无法单独转出资金：它签的任何交易都不会生效。',
          '提醒用户：任何“解锁”或“找回”服务都是后续骗局。',
        ],
      }
    },
  },
}

/** 判定为假代币的信号，括注代码名。 */
const scamSignal: Record<TronFacts['TX_SCAM_TOKEN']['reasons'][number], string> = {
  'imitates-known': '冒用清单内代币的符号（imitates-known）',
  link: '符号里带有网址（link）',
  'mixed-scripts': '符号混用了不同文字的字母（mixed-scripts）',
}

export const tronZh = Object.fromEntries(
  Object.entries(words).map(([code, t]) => [code, { novice: (x: never, f: Formatter) => tidy(t.novice(x, f)), expert: (x: never, f: Formatter) => tidy(t.expert(x, f)) }]),
) as TronCatalog

/** 签名时能做什么：所有者权限什么都能做；活跃权限看其可执行的操作（operations 位）。 */
function operations(p: PermissionLine, first: boolean): string {
  if (p.kind === 'owner') return '可执行所有合约类型（所有者权限）'
  // 英文字段名只在第一次出现时括注一次。
  const label = first ? '可执行的操作（operations）' : '可执行的操作'
  const allowed = [p.can.transfer && 'TransferContract（1）', p.can.callContracts && 'TriggerSmartContract（31）', p.can.changePermissions && 'AccountPermissionUpdateContract（46）'].filter(Boolean)
  return allowed.length ? `${label}包含 ${allowed.join('、')}` : `${label}不包含 TransferContract（1）、TriggerSmartContract（31）、AccountPermissionUpdateContract（46）中的任何一项`
}

/** 谁能修改权限（java-tron 对活跃权限只检查其可执行操作（operations）位）。 */
function controlExpert(v: PermissionView, owner: PermissionLine | undefined, f: Formatter): string {
  const weights = (p: PermissionLine) => `${p.otherWeights.join('+')} ≥ ${p.threshold}`
  const others = v.rewriters.map((p) =>
    p.kind === 'owner'
      ? `其他密钥满足所有者权限阈值（${weights(p)}）：可以改写所有权限。`
      : `权限 ${f.quote(p.name)} 可执行的操作包含 AccountPermissionUpdateContract（46）：其他密钥（${weights(p)}）也能改写所有者权限。`,
  )
  const dropped = v.droppable.map((p) => `权限 ${f.quote(p.name)}`)
  const own = v.ownAlone && owner
    ? `所有者权限 = 自身密钥（阈值 ${owner.threshold}），所以由它签名的权限更新（AccountPermissionUpdate）可以删除${dropped.length ? dropped.join('、') : '其他密钥'}；但如果密钥已泄露，这样做毫无意义。`
    : v.ownChanges
      ? '自身密钥满足某个可执行的操作包含 AccountPermissionUpdateContract（46）的活跃权限：它可以删除其他密钥；但如果密钥已泄露，这样做毫无意义。'
      : `没有其他密钥就无法逆转：自身密钥单独满足的权限中，没有一个允许 AccountPermissionUpdateContract（46）${owner ? `（所有者权限阈值 ${owner.threshold}）` : ''}。`
  return [own, ...others].join('')
}

/** 今天剩余的能量和带宽，或说明没有读到。 */
function resourcesExpert(x: TronFacts['ADDRESS_ACTIVITY'], f: Formatter): string {
  const [energy, bandwidth] = [x.energyAvailable, x.bandwidthAvailable]
  if (energy === undefined && bandwidth === undefined) return '能量和带宽：未读到。'
  return `当前可用：能量 ${energy === undefined ? '未读到' : f.count(energy)}，带宽 ${bandwidth === undefined ? '未读到' : `${f.count(bandwidth)} 字节`}（免费 + 质押；均在 24 小时内恢复）。`
}

/** 清单中持有的代币，以及读取失败的代币：“未读到”绝不等于“没有”。 */
function holdingsExpert(x: TronFacts['ADDRESS_ACTIVITY'], f: Formatter): string {
  const held = tokensFirst(x.holdings).map((h) => `${f.tokenExact(h.amount, h.decimals, h.symbol)}，合约 ${h.token}`).join('；')
  const unread = x.unreadTokens?.length ? `${x.unreadTokens.join('、')} 未读到（balanceOf 调用失败）` : ''
  return [held, unread].filter(Boolean).join('；') || '清单中的代币均无'
}

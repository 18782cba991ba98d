import type { TokenAmount, TokenRef, TxAction, TxSubject } from '../../core/facts.js'
import { approvalArg, tradeView, type AboutView, type AboutWords, type ApprovalsAboutWords, type Waited } from '../about-view.js'
import type { Formatter } from '../format.js'

type Action<kind extends TxAction['kind']> = Extract<TxAction, { kind: kind }>

const units: Record<Waited['unit'], string> = { minute: '分钟', hour: '小时', day: '天' }
const waited = ({ count, unit }: Waited) => `${count} ${units[unit]}`
const amount = (t: TokenAmount, f: Formatter) => f.token(t.amount, t.decimals, t.symbol)
const tokenName = (t: { token: string; symbol?: string }, f: Formatter) => (t.symbol ? f.quote(t.symbol) : `地址为 ${f.short(t.token)} 的代币`)
const minimum = (value: bigint, out: TokenRef | undefined, f: Formatter) =>
  out?.decimals === undefined ? `${value} 最小单位` : `${f.token(value, out.decimals, out.symbol)}（${value} 最小单位）`
const exactIn = (value: bigint, token: TokenRef | undefined, f: Formatter) =>
  token?.decimals === undefined ? `${value} 最小单位` : `${f.token(value, token.decimals, token.symbol)}（${value} 最小单位）`
const named = (address: string, label: string | undefined, f: Formatter) => (label ? `${label}（${f.short(address)}）` : f.short(address))
/** `2026-11-24 05:01:12 UTC` → `2026-11-24 05:01:12（协调世界时）`: the same digits, no English label. */
const stamp = (text: string) => text.replace(/ UTC$/, '（协调世界时）')

/** 兑换卖出和买入什么（以输入数据为准）：“用 1 «WETH» 换至少 3 «DAI»”。 */
function tradeNovice(a: Action<'swap'>, f: Formatter): string {
  const v = tradeView(a)
  if (v.kind === 'none') return ''
  if (v.kind === 'moved') return `：用 ${f.list(v.paid.map((t) => amount(t, f)))} 换得 ${f.list(v.received.map((t) => amount(t, f)))}`
  const sells = 'exact' in v.sells ? amount(v.sells.exact, f) : 'upTo' in v.sells ? `最多 ${amount(v.sells.upTo, f)}` : tokenName(v.sells.token, f)
  const buys = 'atLeast' in v.buys ? `至少 ${amount(v.buys.atLeast, f)}` : tokenName(v.buys.token, f)
  return `：用 ${sells} 换${'atLeast' in v.buys ? '' : ' '}${buys}`
}

/** 诱饵记录，照实说：伪装成受害者付款的假转账，或来自仿冒地址的粉尘转账。 */
function lureNovice(l: NonNullable<AboutView['lure']>, f: Formatter): string {
  const moved = f.token(l.amount, l.decimals, l.symbol)
  return l.direction === 'victim-to-lookalike'
    ? `一笔 ${moved} 的假转账，伪装成 ${f.short(l.victim)} 转给了 ${f.short(l.lookalike)}；它实际由 ${f.short(l.sentBy)} 发出`
    : `一笔从仿冒地址 ${f.short(l.lookalike)} 向 ${f.short(l.victim)} 转入 ${moved} 的小额转账，目的是把这个地址放进其记录`
}

/** 它做了什么，用新手能读懂的话说：“一笔从 … 向 … 转出 250 «TUSD» 的转账”。 */
function whatNovice(s: TxSubject, f: Formatter, v: AboutView): string {
  const a = s.action
  if (v.lure) return lureNovice(v.lure, f)
  switch (a.kind) {
    case 'native-transfer':
      return `一笔从 ${f.short(s.from)} 向 ${f.short(a.to)} 转出 ${f.native(a.value)} 的转账`
    case 'token-transfer':
      return a.standard === 'erc721'
        ? `一笔从 ${f.short(a.from)} 向 ${f.short(a.to)} 转出 ${tokenName(a, f)} 第 ${a.tokenId ?? '?'} 号物品的转账`
        : `一笔从 ${f.short(a.from)} 向 ${f.short(a.to)} 转出 ${amount(a, f)} 的转账`
    case 'approval':
      return approvalNovice(a, f)
    case 'swap': {
      const trade = tradeNovice(a, f)
      const paying = !a.paid.length && a.value.value > 0n ? `，付出 ${f.native(a.value)}` : ''
      return `一笔由 ${f.short(s.from)} 在兑换应用 ${named(a.router, a.routerLabel, f)} 上进行的兑换${trade}${paying}`
    }
    case 'delegation':
      return `一笔把${f.list(a.delegations.map((d) => `钱包 ${f.short(d.authority)} 的控制权交给程序 ${f.short(d.delegate)}`))} 的设置更改`
    case 'deployment':
      return `一笔由 ${f.short(s.from)} 创建新智能合约的交易`
    case 'bridge-deposit':
      return a.system ? '一条网络自动记录以太坊信息的消息' : `一笔从以太坊存入 ${a.to ? f.short(a.to) : f.short(s.from)} 的 ${f.native(a.mint)} 存款`
    case 'contract-call':
      return `一笔由 ${f.short(s.from)} 发给应用 ${f.short(a.contract)} 的请求${a.value.value > 0n ? `（附带 ${f.native(a.value)}）` : ''}`
  }
}

function approvalNovice(a: Action<'approval'>, f: Formatter): string {
  const spender = named(a.spender, a.spenderLabel, f)
  if (a.revoke) return `一笔撤销授权：钱包 ${f.short(a.owner)} 收回 ${spender} 动用 ${tokenName(a, f)} 的权限`
  const scope =
    a.method === 'setApprovalForAll'
      ? `转走 ${tokenName(a, f)} 系列中的全部物品`
      : a.unlimited || a.amount === undefined
        ? `花费任意数量的 ${tokenName(a, f)}`
        : `花费最多 ${f.token(a.amount, a.decimals, a.symbol)}`
  return `一笔授权：钱包 ${f.short(a.owner)} 允许 ${spender} ${scope}`
}

function whenNovice(s: TxSubject, v: AboutView): string {
  if (s.state === 'pending') return v.waited ? `，已等待至少 ${waited(v.waited)}` : '，尚未被处理'
  if (s.state === 'replaced' || s.state === 'dropped') return v.firstSeen ? `，最早于 ${v.firstSeen.day} ${v.firstSeen.time}（协调世界时）被发现在等待中` : ''
  const at = v.mined ? `于 ${v.mined.day} ${v.mined.time}（协调世界时）` : ''
  return s.state === 'succeeded' ? `，${at}${v.lure ? '被记录' : '完成'}` : `，${at}尝试执行，但失败了`
}

function whatExpert(s: TxSubject, f: Formatter): string {
  const a = s.action
  switch (a.kind) {
    case 'native-transfer':
      return `原生币转账 ${f.native(a.value)}（${a.value.value} wei）${f.short(s.from)} → ${f.short(a.to)}`
    case 'token-transfer': {
      const source = a.source === 'logs' ? '取自 Transfer 日志' : '由交易输入解码'
      return a.standard === 'erc721'
        ? `ERC-721 转账：${tokenName(a, f)}（${f.short(a.token)}）第 ${a.tokenId ?? '?'} 号 ${f.short(a.from)} → ${f.short(a.to)}，${source}`
        : `ERC-20 转账 ${amount(a, f)}（${a.amount} 最小单位，代币 ${f.short(a.token)}）${f.short(a.from)} → ${f.short(a.to)}，${source}`
    }
    case 'approval': {
      const v = approvalArg(a)
      const value = v.kind === 'flag' ? String(v.approved) : v.kind === 'zero' ? '0' : v.kind === 'unlimited' ? '无限额' : `${f.token(v.amount, a.decimals, a.symbol)}（${v.amount} 最小单位）`
      const call = v.call
      return `${call}（授权对象 ${named(a.spender, a.spenderLabel, f)}，${value}），代币 ${tokenName(a, f)}（${f.short(a.token)}），持有人 ${f.short(a.owner)}`
    }
    case 'swap':
      return (
        `路由合约调用 ${a.functionName}，合约 ${named(a.router, a.routerLabel, f)}` +
        (a.tokenIn && a.tokenOut ? `（${tokenName(a.tokenIn, f)} → ${tokenName(a.tokenOut, f)}）` : '') +
        `，附带 ${f.native(a.value)}` +
        (a.amountIn === undefined ? '' : `；卖出数量（amountIn）${exactIn(a.amountIn, a.tokenIn, f)}`) +
        (a.maximumIn === undefined ? '' : `；最多卖出（amountInMax）${exactIn(a.maximumIn, a.tokenIn, f)}`) +
        (a.paid.length ? `；付出 ${f.list(a.paid.map((t) => amount(t, f)))}` : '') +
        (a.received.length ? `；收到 ${f.list(a.received.map((t) => amount(t, f)))}` : '') +
        (a.minimumOut === undefined ? '' : `；最少接受 ${minimum(a.minimumOut, a.tokenOut, f)}`) +
        (a.deadline === undefined ? '' : `；截止时间 ${stamp(f.utc(a.deadline))}`)
      )
    case 'delegation':
      return `类型 4（EIP-7702）授权 ${a.delegations.map((d) => `${f.short(d.authority)} → ${f.short(d.delegate)}`).join('、')}`
    case 'deployment':
      return `创建合约${a.contract ? ` ${f.short(a.contract)}` : ''}，附带 ${f.native(a.value)}`
    case 'bridge-deposit':
      return a.system ? '系统存款（类型 0x7e，L1 属性）' : `来自 L1 的存款（类型 0x7e）：铸造 ${f.native(a.mint)}，向 ${a.to ? f.short(a.to) : '（创建合约）'} 转 ${f.native(a.value)}`
    case 'contract-call':
      return `调用 ${f.short(a.contract)}，函数选择器 ${a.selector ?? '（无）'}，附带 ${f.native(a.value)}`
  }
}

function whenExpert(s: TxSubject, v: AboutView, f: Formatter): string {
  const seen = v.firstSeen ? `首次发现于 ${stamp(v.firstSeen.stamp)}` : 'txdoctor 之前没有见过它'
  if (s.state === 'pending') return `等待中，${seen}${v.waited ? `，已等待 ≥ ${waited(v.waited)}` : ''}`
  if (s.state === 'replaced') return `已被替换（nonce ${s.nonce} 已被一笔已上链的交易使用），${seen}`
  if (s.state === 'dropped') return `已丢弃（我们询问的节点都没有它，nonce ${s.nonce} 未被使用），${seen}`
  const block = s.blockNumber === undefined ? '' : `，区块 ${f.count(s.blockNumber)}`
  return `${s.state === 'succeeded' ? '已上链' : '已回滚'}${block}${v.mined ? `，时间 ${stamp(v.mined.stamp)}` : ''}`
}

export const aboutZh: AboutWords = {
  novice: (s, v, f) => `这是${whatNovice(s, f, v)}${whenNovice(s, v)}。`,
  expert: (s, v, f) =>
    `交易：${whatExpert(s, f)}${v.lure ? `（地址投毒诱饵${v.lure.direction === 'victim-to-lookalike' ? `，并非由 ${f.short(v.lure.victim)} 发出` : ''}）` : ''}；交易发起方 ${f.short(s.from)}，nonce ${s.nonce}；${whenExpert(s, v, f)}。`,
}

export const approvalsAboutZh: ApprovalsAboutWords = {
  novice: (v, f) => `这是钱包 ${f.short(v.owner)} 给出的使用授权，在 ${v.scans.length} 个网络上检查：仍然有效的有 ${v.inForce} 项。`,
  expert: (v, f) => `${v.owner} 的授权：仍有效 ${f.count(v.inForce)} 项；扫描范围：${f.list(v.scans.map((s) => `链 ${s.chainId} 的区块 ${s.fromBlock}–${s.toBlock}`))}。`,
}


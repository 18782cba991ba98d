import type { TronAboutView, TronAboutWords } from '../about-view.js'
import type { Formatter } from '../format.js'
import { nodeName } from '../views/tron.js'
import { operationNovice } from './tron.js'

/** `2026-11-24 05:01:12 UTC` → `2026-11-24 05:01:12（协调世界时）`。 */
const stamp = (text: string) => text.replace(/ UTC$/, '（协调世界时）')

/** 波场交易是什么，给新手看：“从 TL24…tHre 向 TCB8…14RB 转 0.01 «USDT» 的转账”。 */
function whatNovice(v: TronAboutView, f: Formatter): string {
  const from = v.sender ? `从 ${f.short(v.sender)} ` : ''
  if (v.lure) return `一笔 ${f.token(v.lure.amount, v.lure.decimals, v.lure.symbol)} 的假转账，伪装成 ${f.short(v.lure.victim)} 转给了 ${f.short(v.lure.lookalike)}，实际由 ${f.short(v.lure.sentBy)} 发出`
  const a = v.attempt
  switch (a?.kind) {
    case 'trx': return `一笔${from}向 ${f.short(a.to)} 转 ${f.native(a.amount)} 的转账`
    case 'token': return `一笔${from}向 ${f.short(a.to)} 转 ${f.token(a.amount, a.decimals, a.symbol)} 的转账`
    case 'call': return `一笔${from}向地址为 ${f.short(a.contract)} 的应用发出的请求${a.callValue ? `（附带 ${f.native(a.callValue)}）` : ''}`
    case 'other': return `一项${from}发起的${operationNovice(a.contractType)}`
    case undefined: return `一笔${from ? `${from}发出的` : ''}交易`
  }
}

function whatExpert(v: TronAboutView, f: Formatter): string {
  const a = v.attempt
  switch (a?.kind) {
    case 'trx': return `转账合约（TransferContract）${f.nativeExact(a.amount)} → ${a.to}`
    case 'token': return `TRC-20 转账 ${f.tokenExact(a.amount, a.decimals, a.symbol)}，代币合约 ${a.token}，收款方 ${a.to}`
    case 'call': return `对 ${a.contract} 的合约调用（TriggerSmartContract）${a.callValue ? `，附带（call_value）${f.nativeExact(a.callValue)}` : ''}`
    case 'other': return nodeName(a.contractType, f)
    case undefined: return '未读到交易内容'
  }
}

const outcome = { succeeded: '完成', failed: '失败', recorded: '被记录' } as const

export const tronAboutZh: TronAboutWords = {
  novice: (v, f) => `这是波场（TRON）上${whatNovice(v, f)}，${v.mined ? `于 ${v.mined.day} ${v.mined.time}（协调世界时）` : ''}${v.lure ? '被记录' : outcome[v.outcome]}。`,
  expert: (v, f) =>
    `波场交易 ${v.id}：${whatExpert(v, f)}${v.lure ? `（地址投毒诱饵，并非由 ${v.lure.victim} 发出）` : ''}；发送方 ${v.sender ?? '未知'}；${v.outcome === 'failed' ? '执行失败' : v.outcome === 'succeeded' ? '执行成功' : '已打包'}${v.blockNumber === undefined ? '' : `，区块 ${f.count(v.blockNumber)}`}${v.mined ? `，${stamp(v.mined.stamp)}` : ''}${v.solidified ? '，已固化（不可逆）' : ''}。`,
}

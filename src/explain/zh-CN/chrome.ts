import type { ChromeWords } from '../catalog-types.js'
import { answerSeconds } from '../format.js'

export const chromeZh: ChromeWords = {
  severity: { ok: '正常', info: '提示', warning: '警告', danger: '危险' },
  kind: { transaction: '交易', address: '地址', approvals: '授权检查', rpc: '节点检查' },
  status: {
    pending: '等待中',
    success: '已完成',
    failed: '失败',
    replaced: '已被替换',
    dropped: '已被丢弃',
    not_found: '未找到',
    on_other_chain: '在另一个网络上',
    active: '使用中',
    unused: '尚未使用',
    non_evm: '属于另一类网络',
    bad_checksum: '可能输错了',
    checked: '已检查',
    healthy: '工作正常',
    unhealthy: '工作不正常',
  },
  chain: (name, id) => `${name}（${id}）`,
  next: '下一步',
  facts: '详细数据',
  colon: '：',
  checked: (n) => `检查了 ${n} 个网络`,
  answered: (ms) => `用时 ${answerSeconds(ms)} 秒`,
  saved: '已保存的答案',
  requests: (n, trips) => `${n} 次节点请求，${trips} 个往返`,
  partial: '不完整：部分网络没有回应',
  handoff: '如需向人工客服求助，请加上 --handoff 重新运行，并粘贴输出结果。',
}

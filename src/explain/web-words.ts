import type { Lang } from '../core/types.js'
import { answerSeconds } from './format.js'

/** The web form's own words — its labels and frame — with the rest of the catalog (the CLI's are in ./chrome.ts). */
export const ui = {
  en: {
    title: 'txdoctor — what happened to my transfer?',
    tagline: 'Paste a transaction hash, an address or an explorer link. We check the networks and explain, in plain words.',
    input: 'Transaction hash, address or link',
    placeholder: '0x…, T… or a link from Etherscan, Tronscan, BscScan…',
    level: 'Detail', novice: 'Plain words', expert: 'Expert',
    lang: 'Language', submit: 'Check',
    severity: { ok: 'OK', info: 'Info', warning: 'Warning', danger: 'Danger' },
    next: 'What to do', technical: 'Technical details', raw: 'Raw data (JSON, for tools)', handoff: 'Summary for a support agent',
    copy: 'Copy summary', copied: 'Copied', share: 'Link to this answer', untrusted: 'Text written on the blockchain by others (not verified):',
    meta: (chains: number, ms: number, saved: 'settled' | 'recent' | undefined) =>
      `Checked ${chains} network${chains === 1 ? '' : 's'} · ${saved === 'settled' ? 'a saved answer (a settled transfer does not change)' : saved === 'recent' ? 'an answer from the last few seconds' : `answered in ${answerSeconds(ms)} s`}`,
    partial: 'Some networks did not answer: this answer may be incomplete.',
    safety: 'txdoctor never asks for your recovery phrase or private key. Nobody legitimate ever will.',
    docs: 'API', codes: 'All findings',
    approvalsToggle: 'Check the wallet’s spending permissions (token approvals)',
    approvalsLink: 'Check this wallet’s spending permissions, one by one →',
    addressLink: '← Back to the overview of this address',
  },
  'zh-CN': {
    title: 'txdoctor — 我的转账怎么了？',
    tagline: '粘贴交易哈希、地址或区块浏览器链接。我们会检查各个网络，并用通俗的话解释。',
    input: '交易哈希、地址或链接',
    placeholder: '0x…、T… 或来自 Etherscan、Tronscan、BscScan 的链接',
    level: '详细程度', novice: '通俗说明', expert: '专业细节',
    lang: '语言', submit: '检查',
    severity: { ok: '正常', info: '提示', warning: '警告', danger: '危险' },
    next: '下一步', technical: '技术细节', raw: '原始数据（JSON 格式，供程序读取）', handoff: '给客服的摘要',
    copy: '复制摘要', copied: '已复制', share: '本答案的链接', untrusted: '他人写在区块链上的文字（未经验证）：',
    meta: (chains: number, ms: number, saved: 'settled' | 'recent' | undefined) =>
      `检查了 ${chains} 个网络 · ${saved === 'settled' ? '已保存的答案（已完成的转账不会再变）' : saved === 'recent' ? '几秒钟内的答案' : `用时 ${answerSeconds(ms)} 秒`}`,
    partial: '部分网络没有回应：这个答案可能不完整。',
    safety: 'txdoctor 绝不会索要你的助记词或私钥。任何正规服务都不会。',
    docs: 'API', codes: '全部发现代码',
    approvalsToggle: '检查钱包的使用授权（代币授权）',
    approvalsLink: '逐项查看这个钱包的使用授权 →',
    addressLink: '← 返回这个地址的概况',
  },
} satisfies Record<Lang, unknown>

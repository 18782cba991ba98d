import { inputHint, type InputReason } from '../../core/errors.js'
import type { Lang } from '../../core/types.js'
import { answerSeconds } from '../../explain/format.js'

/** The web form's own words (the answer's words come from the catalog). */
export const ui = {
  en: {
    title: 'txdoctor — what happened to my transfer?',
    tagline: 'Paste a transaction hash, an address or an explorer link. We check the networks and explain, in plain words.',
    input: 'Transaction hash, address or link',
    placeholder: '0x… or a link from Etherscan, BscScan, Basescan…',
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
    placeholder: '0x… 或来自 Etherscan、BscScan、Basescan 的链接',
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

type ErrorText = { detail: string; hint: string }
type ReasonWords = { [reason in InputReason['reason']]: (why: Extract<InputReason, { reason: reason }>) => Partial<ErrorText> & { detail: string } }

/**
 * What the web form says when there is no answer, in the reader's terms: never a setting, a flag or a node. By the
 * error's stable code; for a bad input in Chinese, by what was wrong with it (core/errors.ts InputReason). An
 * English bad input keeps the error's own words, which the API and the CLI give too (src/input/classify.ts).
 */
export const errorWords: { en: { codes: Record<WebErrorCode, ErrorText> }; 'zh-CN': { codes: Record<WebErrorCode, ErrorText>; reasons: ReasonWords } } = {
  en: {
    codes: {
      BAD_INPUT: { detail: 'This is not something txdoctor can check.', hint: inputHint },
      NO_NODE_REACHABLE: { detail: 'The networks did not answer in time, so there is no answer yet.', hint: 'Try again in a minute. Checking changes nothing in your wallet.' },
      RATE_LIMITED: { detail: 'Too many checks in a short time.', hint: 'Wait a minute, then try again.' },
      BAD_CONFIG: { detail: 'This txdoctor service is not set up correctly, so it cannot check anything right now.', hint: 'Try again later: the people who run this site have to fix it.' },
      INTERNAL: { detail: 'Something went wrong inside txdoctor.', hint: 'Try again. If it keeps happening, tell the people who run this site.' },
    },
  },
  'zh-CN': {
    codes: {
      BAD_INPUT: {
        detail: '这不是 txdoctor 能检查的内容。',
        hint: '请粘贴交易哈希（0x 加 64 个十六进制字符）、钱包或合约地址（0x 加 40 个十六进制字符）、ENS 名称（例如 vitalik.eth），或指向其中之一的区块浏览器链接。',
      },
      NO_NODE_REACHABLE: { detail: '各个网络没有及时回应，所以暂时还没有答案。', hint: '请过一分钟再试。检查不会改变你钱包里的任何东西。' },
      RATE_LIMITED: { detail: '短时间内检查的次数太多了。', hint: '请等一分钟再试。' },
      BAD_CONFIG: { detail: '这个 txdoctor 服务的设置有问题，现在无法检查。', hint: '请稍后再试：需要由运营这个网站的人来修复。' },
      INTERNAL: { detail: 'txdoctor 内部出了错。', hint: '请再试一次。如果一直出错，请告诉运营这个网站的人。' },
    },
    reasons: {
      empty: () => ({ detail: '没有可检查的内容：输入是空的。' }),
      'too-long': (x) => ({ detail: `输入有 ${x.length} 个字符；txdoctor 最多读取 ${x.max} 个。` }),
      several: (x) => ({ detail: `这段文字里有 ${x.candidates.length} 个 txdoctor 可以检查的内容：${x.candidates.join('、')}。`, hint: '只粘贴你想问的那一个。' }),
      shortened: (x) => ({
        detail: `“${x.text}”是缩短过的：中间部分被省略了，所以无法查询。`,
        hint: '请复制完整的交易哈希或地址（钱包和区块浏览器在它旁边有复制按钮），或者粘贴区块浏览器的链接。',
      }),
      'nothing-found': () => ({ detail: '这段文字里没有 txdoctor 能识别的交易哈希、地址或名称。' }),
      'link-without-target': () => ({ detail: '这个链接没有指向某一笔交易或某一个地址。' }),
      'hex-length': (x) => ({ detail: `0x 后面有 ${x.digits} 个十六进制字符；交易哈希应有 64 个，地址应有 40 个。`, hint: '请检查是否完整复制了交易哈希或地址，没有缺字，也没有多字。' }),
      unrecognised: (x) => ({ detail: `“${x.text}”不是 txdoctor 能识别的交易哈希、地址或名称。` }),
      'bad-ens': (x) => ({ detail: `“${x.text}”不是有效的 ENS 名称。`, hint: 'ENS 名称的样子类似 vitalik.eth。' }),
      'unknown-prefix': (x) => ({ detail: `“${x.prefix}”不是 txdoctor 认识的网络。`, hint: `已知的网络前缀包括 ${x.examples.join('、')}。` }),
      'bad-chain-id': (x) => ({ detail: `“${x.digits}”不是链 ID。`, hint: '链 ID 是整数，例如 1（以太坊）或 8453（Base）。' }),
      'unknown-network': (x) => ({ detail: `“${x.name}”不是 txdoctor 认识的网络。`, hint: `请用 ID 或名称指定网络，例如 ${x.examples.join('、')}。` }),
      'network-not-checked': (x) => ({ detail: `${x.network} 不在这个 txdoctor 检查的网络之中。`, hint: `它检查的网络有：${x.checked.join('、')}。` }),
    },
  },
}

/** The error codes a web page can meet; any other is shown as INTERNAL. */
export type WebErrorCode = 'BAD_INPUT' | 'NO_NODE_REACHABLE' | 'RATE_LIMITED' | 'BAD_CONFIG' | 'INTERNAL'

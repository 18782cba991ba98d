import { InputError, inputHint, type InputReason } from '../core/errors.js'
import type { Lang } from '../core/types.js'

type ErrorText = { detail: string; hint: string }
type ReasonWords = { [reason in InputReason['reason']]: (why: Extract<InputReason, { reason: reason }>) => Partial<ErrorText> & { detail: string } }

/**
 * What a reader is told when there is no answer, in their terms: never a setting, a flag or a node. By the error's
 * stable code; for a bad input in Chinese, by what was wrong with it (core/errors.ts InputReason). An English bad
 * input keeps the error's own words, which the API and the CLI give too (src/input/classify.ts).
 */
export const errorWords: { en: { codes: Record<ReaderErrorCode, ErrorText> }; 'zh-CN': { codes: Record<ReaderErrorCode, ErrorText>; reasons: ReasonWords } } = {
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
        hint: '请粘贴交易哈希（0x 加 64 个十六进制字符）、钱包或合约地址（0x 加 40 个十六进制字符）、波场（TRON）地址（T 加 33 个字符）或交易 ID、ENS 名称（例如 vitalik.eth），或指向其中之一的区块浏览器链接。',
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
      'tron-approvals': () => ({
        detail: '波场账户的代币授权无法在这里检查：波场的公共节点不能按账户列出授权。',
        hint: '请在钱包的授权管理页面或 Tronscan 上这个账户的授权列表中查看；不认识的授权请在那里撤销。去掉 approvals 可检查这个账户本身。',
      }),
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

/** The error codes a reader can meet (web form, CLI); any other is shown as INTERNAL. */
export type ReaderErrorCode = 'BAD_INPUT' | 'NO_NODE_REACHABLE' | 'RATE_LIMITED' | 'BAD_CONFIG' | 'INTERNAL'

const readerCodes = new Set<string>(['BAD_INPUT', 'NO_NODE_REACHABLE', 'RATE_LIMITED', 'BAD_CONFIG', 'INTERNAL'] satisfies ReaderErrorCode[])

/**
 * An error as a reader is told it: `detail` and `hint` in their language and terms. `error` is what was thrown,
 * when there was one: a bad input's reason picks the Chinese words; an English bad input keeps its own words.
 */
export function inReadersWords(code: string, own: { detail: string; hint?: string | undefined }, error: unknown, lang: Lang): { detail: string; hint: string } {
  const known = (readerCodes.has(code) ? code : 'INTERNAL') as ReaderErrorCode
  const general = errorWords[lang].codes[known]
  if (known === 'BAD_INPUT' && lang === 'en') return { detail: own.detail, hint: own.hint ?? general.hint }
  const why = known === 'BAD_INPUT' && lang === 'zh-CN' && error instanceof InputError ? error.why : undefined
  if (!why) return general
  const specific = (errorWords['zh-CN'].reasons[why.reason] as (why: InputReason) => { detail: string; hint?: string })(why)
  return { detail: specific.detail, hint: specific.hint ?? general.hint }
}

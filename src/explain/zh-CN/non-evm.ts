import type { CatalogPart, NonEvmTxCode, Text } from '../catalog-types.js'
import type { FindingFacts } from '../../core/facts.js'
import type { NonEvmTxNetwork } from '../../core/non-evm.js'
import { zh } from './common.js'

const networkNames: Record<NonEvmTxNetwork, string> = { solana: 'Solana', bitcoin: '比特币', 'bitcoin-testnet': '比特币测试网', tron: '波场（TRON）' }
/** 第一次提到之后用的简称。 */
const shortNames: Record<NonEvmTxNetwork, string> = { ...networkNames, tron: '波场' }

/** 只用文字说出浏览器的名字：读者自己打开并粘贴编号；不根据用户粘贴的内容生成链接。 */
const explorers: Record<NonEvmTxNetwork, string> = {
  solana: 'Solscan 或 Solana Explorer',
  bitcoin: 'Blockstream Explorer 或 Blockchair',
  'bitcoin-testnet': 'Blockstream Explorer（测试网）',
  tron: 'Tronscan',
}

const idFormat: Record<NonEvmTxNetwork, string> = {
  solana: 'Solana 交易签名（base58 编码，64 字节：交易的第一个 Ed25519 签名）',
  bitcoin: '比特币交易 ID（64 位十六进制：交易的双重 SHA-256，字节倒序）',
  'bitcoin-testnet': '比特币测试网交易 ID（64 位十六进制）',
  tron: '波场交易 ID（64 位十六进制：raw_data 的 SHA-256）',
}
const nodeLookup: Record<NonEvmTxNetwork, string> = {
  solana: '在 Solana RPC 节点上调用 getTransaction（确认状态用 getSignatureStatuses）',
  bitcoin: '在比特币节点上执行 getrawtransaction <txid> true，或调用 Esplora 接口 GET /tx/<txid>/status',
  'bitcoin-testnet': '在测试网节点上执行 getrawtransaction <txid> true，或调用 Esplora 测试网接口',
  tron: '在波场全节点上调用 /wallet/gettransactioninfobyid（看 receipt.result、fee、blockNumber）',
}

type Facts = FindingFacts['TX_NON_EVM']

const novice = (x: Facts): Text => {
  const name = shortNames[x.network]
  return {
    title: `这是一笔${networkNames[x.network]}上的转账，不是以太坊类网络上的。`,
    body:
      `这个编号代表${name}上的一笔转账${x.explorerName ? `（链接来自${name}的区块浏览器${x.explorerName}）` : ''}。` +
      `${name}是一个独立的网络：txdoctor 只检查以太坊类网络（以太坊、BNB Chain、Base、Polygon 等），所以无法判断这笔转账是已经到账、还在等待，还是失败了。`,
    actions: [
      `打开${name}的区块浏览器（例如${explorers[x.network]}），把这个编号粘贴到搜索框：它会显示转账是否成功、钱转到了哪里。`,
      '如果钱还没到账，请把这个编号交给你转出时使用的钱包或交易所的客服。在弄清楚之前不要重新转账：你可能会付两次钱。',
      zh.noRecoveryPhrase,
    ],
  }
}

const expert = (x: Facts): Text => ({
  title: `${networkNames[x.network]}交易 ID，不是 EVM 交易哈希`,
  body:
    `${x.id} 是${idFormat[x.network]}${x.explorerName ? `，取自${x.explorerName}的链接` : ''}。` +
    'txdoctor 只读取 EVM JSON-RPC 节点，因此没有查询任何节点：这里不知道它的状态、手续费和最终确认情况。',
  actions: [`查询方式：${nodeLookup[x.network]}，或在${explorers[x.network]}上查看。`],
})

/** 中文与拉丁字母、数字之间留一个空格（“一笔 Solana 上的转账”）；中文标点旁不留。 */
const spaced = (line: string) => line.replace(/([\u4e00-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9])([\u4e00-\u9fff])/g, '$1 $2')
const tidy = (text: Text): Text => ({ title: spaced(text.title), body: spaced(text.body), actions: text.actions.map(spaced) })

export const nonEvmZh: CatalogPart<NonEvmTxCode> = {
  TX_NON_EVM: { novice: (x) => tidy(novice(x)), expert: (x) => tidy(expert(x)) },
}

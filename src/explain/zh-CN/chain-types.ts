import type { ChainTxType, ChainTxTypeName } from '../../core/tx-types.js'

/** 每种链自有交易类型的说明，每个级别一句（见 core/tx-types.ts）。 */
const known: Record<ChainTxTypeName, { novice: string; expert: string }> = {
  'op-deposit': {
    novice: '它是从以太坊经由这个网络的跨链桥转过来的，所以在这里没有收取手续费。',
    expert: 'OP-stack 存款交易（类型 0x7e）：由 L1 上的存款生成，无签名，L2 上无手续费。',
  },
  'scroll-l1-message': {
    novice: '它是从以太坊经由这个网络的跨链桥转过来的，手续费已在以太坊上支付。',
    expert: 'Scroll L1 消息交易（类型 0x7e，带 queueIndex）：在以太坊上排队生成，无签名，L2 上无手续费。',
  },
  'zksync-eip712': {
    novice: '这是 zkSync 自有的一种交易，zkSync 上的钱包会使用它，属于正常情况。',
    expert: 'zkSync EIP-712 交易（类型 0x71）：以结构化数据签名；可以指定由 paymaster 代付手续费，这里显示的手续费是实际付款方被收取的金额。',
  },
  'zksync-priority': {
    novice: '它是从以太坊经由 zkSync 的跨链桥发过来的（例如一笔存入），手续费已在以太坊上支付。',
    expert: 'zkSync 优先交易（类型 0xff）：在以太坊上发起的 L1→L2 请求，其 L2 gas 已在 L1 上支付。',
  },
  'celo-cip64': {
    novice: '这是 Celo 自有的一种交易，允许用代币（例如美元稳定币）支付手续费。',
    expert: 'Celo CIP-64 交易（类型 0x7b）：EIP-1559 字段加上 feeCurrency，即支付手续费所用的代币（为空则用 CELO）。',
  },
  'celo-cip42': {
    novice: '这是 Celo 较旧的一种交易，允许用代币支付手续费。',
    expert: 'Celo CIP-42 交易（类型 0x7c，已停用）：EIP-1559 字段加上 feeCurrency 和网关费字段。',
  },
  'arbitrum-deposit': {
    novice: '它经由 Arbitrum 的跨链桥把资金从以太坊转了过来，手续费已在以太坊上支付。',
    expert: 'Arbitrum 存款交易（类型 0x64）：通过 L1 inbox 存入的 ETH，记入收款地址；L2 上无手续费。',
  },
  'arbitrum-unsigned': {
    novice: '它是从以太坊经由这个网络的跨链桥发过来的。',
    expert: 'Arbitrum 无签名交易（类型 0x65）：L1 账户通过 delayed inbox 发来的调用。',
  },
  'arbitrum-contract': {
    novice: '它是从以太坊经由这个网络的跨链桥发过来的。',
    expert: 'Arbitrum 合约交易（类型 0x66）：L1 合约通过 delayed inbox 发来的调用。',
  },
  'arbitrum-retry': {
    novice: '它执行了一条经由跨链桥从以太坊发来的消息（例如一笔存入）。',
    expert: 'Arbitrum 重试交易（类型 0x68）：对一张 retryable ticket 的兑付（自动或手动）。',
  },
  'arbitrum-submit-retryable': {
    novice: '这是一条经由跨链桥从以太坊发来的消息（例如一笔存入），会由另一笔相关联的交易来执行。',
    expert: 'Arbitrum 提交 retryable 交易（类型 0x69）：根据 L1 消息创建 retryable ticket；其兑付是另一笔类型 0x68 的交易。',
  },
  'arbitrum-internal': {
    novice: '这是网络在每个区块自动加入的内部记账交易：没有人发送它，也没有转任何钱。',
    expert: 'Arbitrum 内部交易（类型 0x6a）：ArbOS 在区块开头的记账交易（from 和 to 都是 0x…0A4B05），不是任何人提交的。',
  },
  'arbitrum-legacy': {
    novice: '这是 Arbitrum 在 2022 年升级之前的旧式交易。',
    expert: 'Arbitrum 旧式交易（类型 0x78）：Nitro 之前（Arbitrum Classic）的交易，保留在历史记录中。',
  },
}

/** 说明交易类型；对于 txdoctor 不认识的类型，如实说明不认识。 */
export function chainTypeZh(type: ChainTxType, chain: string, level: 'novice' | 'expert'): string {
  if (type.name) return known[type.name][level]
  return level === 'novice'
    ? `这是 ${chain} 自有的一种交易，我们不认识这种类型，所以只说明所有交易都有的部分。`
    : `类型 ${type.hex} 不属于以太坊的类型（0x0–0x4），txdoctor 也不认识：只解读通用字段（from、to、value、status、gas、日志）。`
}

import type { CatalogPart, ServiceCode } from '../catalog-types.js'
import { answeredBadly } from '../views/service.js'

/** 诊断时遇到的 txdoctor 自己的节点：问题不在用户的钱包设置。 */
const ours = (what: string, outcome: string) => ({
  title: `txdoctor 用来读取这个网络的某个服务器${what}。`,
  body: outcome,
  actions: ['你这边无需任何操作。如果答案提示不完整，请过一分钟再试。'],
})
const elsewhere = '我们改问了其他服务器，或用已有的信息作答。'
/** 给专业读者的一步：读答案的人无法改动服务器的配置。 */
const skipped = '这次回答已跳过这个节点：你这边无需任何操作。如果答案不完整，请过一分钟再试。'

export const serviceZh: CatalogPart<ServiceCode> = {
  RPC_HEALTHY: {
    novice: () => ({
      title: '这个网络服务器工作正常。',
      body: '它响应迅速，属于正确的网络，而且数据是最新的。',
      actions: ['如果你的钱包仍然无法连接，请检查钱包的网络设置，或重启钱包应用。'],
    }),
    expert: (x, f) => ({
      title: `正常：链 ${x.chainId}，最新区块 ${f.count(x.head)}`,
      body: `${x.endpoint} 在 ${x.latencyMs} 毫秒内响应；所有探测的方法均可用。`,
      actions: ['无需操作。'],
    }),
  },
  RPC_UNREACHABLE: {
    novice: (x) =>
      x.inDiagnosis ? (answeredBadly(x.error) ? ours('返回了错误', `我们没有采用这个回复。${elsewhere}`) : ours('没有响应', elsewhere)) : {
      title: '这个网络服务器没有响应。',
      body: `我们无法连接 ${x.endpoint}。钱包和应用都是通过这样的服务器读取网络信息的。`,
      actions: ['过一分钟再试。', '如果你的钱包在用这个服务器，请在网络设置里换一个。'],
    },
    expert: (x, f) => ({ title: `${answeredBadly(x.error) ? '节点出错' : '无法连接'}：${x.endpoint}`, body: `节点的回复：${f.quote(x.error)}`, actions: [x.inDiagnosis ? skipped : '为该链换用其他节点。'] }),
  },
  RPC_WRONG_CHAIN: {
    novice: (x) =>
      x.inDiagnosis
        ? ours('属于另一个网络', '我们没有采用它的回答，上面的答案不受它影响。')
        : { title: '这个服务器属于另一个网络，与预期不符。', body: '它的回答描述的是另一个网络，所以我们不使用它。', actions: ['检查钱包的网络设置：服务器地址和网络不匹配。'] },
    expert: (x) => ({
      title: `链不匹配：eth_chainId 为 ${x.actualChainId}，预期 ${x.expectedChainId}`,
      body: `${x.endpoint} 已被排除。`,
      actions: [x.inDiagnosis ? skipped : '修正 URL 配置（TXDOCTOR_RPC_<chainId> / --rpc）。'],
    }),
  },
  RPC_LAGGING: {
    novice: (x) =>
      x.inDiagnosis
        ? ours(`落后了约 ${x.secondsBehind} 秒`, '它还没看到的转账在它那里会显示为不存在，所以我们没有依赖它。')
        : {
            title: '这个服务器落后于网络的其他部分。',
            body: `它缺少最近约 ${x.secondsBehind} 秒的数据，所以最近的转账可能看起来像是不存在。`,
            actions: ['等一分钟，或在钱包的网络设置里换一个服务器。'],
          },
    expert: (x, f) => ({
      title: `落后 ${f.count(x.blocksBehind)} 个区块（约 ${x.secondsBehind} 秒）`,
      body: `${x.endpoint} 的最新区块比链上最新区块落后约 ${x.secondsBehind} 秒。在它追上之前，它还没看到的交易在它那里会显示为不存在或待处理，所以 txdoctor 不采信它的结果。`,
      actions: [x.inDiagnosis ? skipped : '在它追上之前优先使用其他节点（txdoctor 会跳过它，改用配置的下一个节点）。'],
    }),
  },
  RPC_RATE_LIMITED: {
    novice: (x) =>
      x.inDiagnosis ? ours('太忙，要求我们放慢速度', elsewhere) : { title: '这个服务器太忙，要求我们放慢速度。', body: '免费的公共服务器会限制回答的频率。', actions: ['过一分钟再试。'] },
    expert: (x) => ({
      title: `被限流：${x.endpoint}`,
      body: `HTTP 429${x.retryAfterSeconds === undefined ? '' : `，Retry-After ${x.retryAfterSeconds} 秒`}。`,
      actions: [x.inDiagnosis ? skipped : '退避重试，或用 TXDOCTOR_RPC_<chainId> 配置带密钥的节点。'],
    }),
  },
  RPC_METHOD_MISSING: {
    novice: () => ({
      title: '这个服务器没有提供完整检查所需的全部信息。',
      body: '有些关于转账的问题，只有提供更多信息的服务器才能回答。',
      actions: ['换一个服务器以获得完整的答案。'],
    }),
    expert: (x) => ({
      title: `不支持的方法：${x.methods.join(', ')}`,
      body: `${x.endpoint} 拒绝了这些方法。`,
      actions: ['使用支持这些方法的节点（追踪需要 archive/debug 节点）。'],
    }),
  },
  DIAGNOSIS_PARTIAL: {
    novice: (x) => ({
      title: '这次检查有一部分没能完成，答案可能不完整。',
      body: `部分网络的服务器没有回答我们提出的全部问题（${[...new Set(x.failed.map((f) => f.what))].join('、')}）。`,
      actions: ['过一分钟再试，以获得完整的答案。'],
    }),
    expert: (x, f) => ({ title: '部分诊断', body: x.failed.map((failure) => `${failure.what}：${f.quote(failure.why)}`).join('；'), actions: ['过一分钟重试：上面列出的内容这次没有读到，答案的其余部分仍然成立。'] }),
  },
}

/** 扫描现有授权时命令行在标准错误输出上显示的进度：每条链及其进度。 */
export const progressZh = { scanningApprovals: (chains: string[]) => `正在扫描授权：${chains.join(' · ')}` }

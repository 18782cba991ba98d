import type { CatalogPart, EvmFacts, TxCode } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import type { FindingFacts, Replacement, TokenTransfer } from '../../core/facts.js'
import { sourceCaveat as caveatOfSource, sourceNote as noteOfSource, type SourceWords } from '../failure-source.js'
import { failureAmount, tokenNamed } from '../failure-amounts.js'
import { allowanceView, balanceView, deadlineView, delegationView, outOfGasEvidence, poisoningView, reasonHeadOf, revertedView, scamTokenView, type AllowanceArg, type BalanceArg } from '../views/tx-risk.js'

type SourceFacts = EvmFacts<'TX_FAILED_REVERTED'>
import { panicMeaning } from '../panic.js'
import { zh } from './common.js'
import { txApprovalZh } from './approvals.js'
import { chainTypeZh } from './chain-types.js'
import { bridgeDepositView, feeTooLowView, nonceGapView, notFinalView, successView } from '../views/tx-status.js'
import { notFoundChains } from '../views/tron.js'

/** `… UTC` → `…（协调世界时）`: the same digits, no English label. */
const inChinese = (utc: string) => utc.replace(/ UTC$/, '（协调世界时）')

const replacementLine = (r: Replacement, f: Formatter) =>
  `用 nonce ${r.nonce} 发送替换交易：maxFeePerGas ≥ ${f.gwei(r.maxFeePerGas)}，maxPriorityFeePerGas ≥ ${f.gwei(r.maxPriorityFeePerGas)}` +
  '（基于 geth 的节点要求两者都至少提高 10% 才接受替换；费用上限同时为基础费用（base fee）上涨留出余量）。'

const cancelLine = (r: Replacement, f: Formatter) =>
  `或取消：用 nonce ${r.nonce}、相同的两项费用（${f.gwei(r.maxFeePerGas)} / ${f.gwei(r.maxPriorityFeePerGas)}）向自己的地址转 0。`

const transferLine = (t: TokenTransfer, f: Formatter) =>
  t.standard === 'erc20'
    ? `${f.token(t.amount, t.decimals, t.symbol)}，从 ${f.short(t.from)} 到 ${f.short(t.to)}`
    : `${t.standard === 'erc721' ? 'NFT' : `${f.count(t.amount)} 个`} ${t.symbol ? f.quote(t.symbol) : f.short(t.token)} #${t.tokenId ?? '?'}，从 ${f.short(t.from)} 到 ${f.short(t.to)}`

const standardName: Record<TokenTransfer['standard'], string> = { erc20: 'ERC-20 代币', erc721: 'ERC-721 藏品', erc1155: 'ERC-1155 代币' }

const reasonPart = (reason: string | undefined, f: Formatter) => (reason ? `合约给出的原因：${f.quote(reason)}。` : '')
const sourceWords: SourceWords = {
  names: { trace: '执行追踪', 'replay-parent': '前一个区块的状态', 'replay-block': '所在区块的状态', 'replay-latest': '当前状态' },
  how: {
    'replay-parent': '原因来自在前一个区块上用 eth_call 重新执行该调用（没有执行追踪可用），可能与当时的实际执行不同。',
    'replay-block': '原因来自在其所在区块上用 eth_call 重新执行该调用（没有执行追踪可用），仅供参考。',
    none: '无法从我们询问的节点找回失败原因。',
    calldata: (minedAt, deadline, late) => `仅从交易输入得出：block.timestamp ${minedAt} > deadline ${deadline}，晚了 ${late}。`,
    calldataAlone: '仅从交易输入得出。',
    latest: (block) => `我们询问的节点都无法在其所在区块重新执行它，因此这是按当前状态（区块 ${block}）重新执行的结果，可能与当时不同。`,
  },
  unavailable: (items) => `不可用：${items.join('；')}。`,
  item: (name, said) => `${name}（${said}）`,
  caveat: '这是我们今天重新检查这笔交易得出的结果；你发送时的情况可能不同。',
}
const sourceNote = (x: SourceFacts, f: Formatter) => noteOfSource(x, f, sourceWords)
/** 解码出的失败原因：自定义错误的名称，否则是合约给出的原因（加引号）。 */
const reasonHead = (x: SourceFacts, f: Formatter) => {
  const head = reasonHeadOf(x)
  return head.kind === 'error' ? head.name : head.kind === 'reason' ? `原因 ${f.quote(head.reason)}` : '原因（无）'
}
/** 授权错误携带的数值，按专家的读法。 */
const allowanceArg = (a: AllowanceArg, f: Formatter) =>
  a.kind === 'spender'
    ? `被授权方（spender）${a.address}${a.label ? `（${a.label}）` : ''}`
    : a.kind === 'allowance'
      ? `当前额度（allowance）${a.amount}`
      : a.kind === 'needed'
        ? `所需（needed）${a.amount}`
        : `到期 ${a.at}（${f.utc(a.at)}）`
/** 余额错误携带的数值，按专家的读法。 */
const balanceArg = (a: BalanceArg) => (a.kind === 'holder' ? `付款方（sender）${a.address}` : a.kind === 'held' ? `余额（balance）${a.amount}` : `所需（needed）${a.amount}`)
const sourceCaveat = (x: SourceFacts) => caveatOfSource(x, sourceWords)

export const txZh: CatalogPart<TxCode> = {
  TX_NOT_FOUND: {
    novice: (x, f) => ({
      title: '在我们检查的所有网络上都没有找到这笔转账。',
      body:
        `我们查了 ${f.chains(x.checkedChains)}。通常有四种可能：这笔转账从未从钱包发出；发出后在完成前被丢弃；复制时出了错；或者它发生在我们没有检查的网络上。` +
        (x.maybeNonEvm
          ? x.tronChecked
            ? '它也可能是比特币的转账：编号长得一样，而我们不检查比特币。'
            : '它也可能是比特币或波场（TRON）的转账：它们的编号长得一样，而我们只检查以太坊类网络。'
          : '') +
        (x.tronChecked ? `${notFoundChains(x).evm.length ? '我们也查了波场（TRON）：' : ''}在波场上，一笔转账如果在过期前（通常是签名后一分钟，最长不超过 24 小时）没有被记录，之后就永远不会再成功。` : ''),
      actions: [
        '直接从钱包的交易记录里重新复制交易编号，再粘贴到这里。',
        '如果钱包里能看到这笔转账，在钱包里打开它：那里会显示它用的是哪个网络。',
        '重新发送之前，先看钱包的交易记录：如果这笔转账还显示为等待中，不要再发一次——它仍可能成功，你会付两次钱。',
        ...(x.tronChecked ? ['在波场上，签名已超过一天的转账不可能再成功：重新发送之前，先确认收款人确实没有收到。'] : []),
        zh.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => {
      // TRON 有自己的查询方式：eth_getTransactionByHash 只对应以太坊类链。
      const { evm, tron } = notFoundChains(x)
      const expiry = 'TRON 交易若未在 raw_data.expiration（通常为签名时间 + 60 秒，最长 24 小时）之前被打包，就永久失效。'
      return {
        title: evm.length ? `在 ${x.checkedChains.length} 条链上均未找到该哈希` : `在 ${f.chains(x.checkedChains)} 上未找到该交易 ID`,
        body:
          (evm.length
            ? `eth_getTransactionByHash 在 ${f.chains(evm)} 上返回 null。可能原因：从未广播；被交易池驱逐且未上链（dropped）；哈希有误；或所在链未启用。`
            : `/wallet/gettransactionbyid 在 ${f.chains(x.checkedChains)} 上返回 {}。可能原因：从未广播；在打包前已过期；交易 ID 有误；或在其他网络上。`) +
          (x.maybeNonEvm ? (x.tronChecked ? '输入没有 0x 前缀：64 位十六进制也是比特币的交易 ID 格式（未检查）。' : '输入没有 0x 前缀：64 位十六进制也是比特币和 TRON 的交易 ID 格式。') : '') +
          (tron ? (evm.length ? `也查了 TRON（/wallet/gettransactionbyid 返回 {}）：${expiry}` : expiry) : ''),
        actions: ['与钱包历史记录核对哈希。', '用 --chains / TXDOCTOR_CHAINS 启用更多链，或用 --rpc ID=URL / TXDOCTOR_RPC_<id> 添加节点。'],
      }
    },
  },
  TX_ON_OTHER_CHAIN: {
    novice: (x) => ({
      title: `这笔转账在 ${x.foundChain.name} 上，而不是 ${x.askedChain.name}。`,
      body: `你问的是 ${x.askedChain.name}，但这笔转账发生在 ${x.foundChain.name}。钱包连接的网络和你以为的不一样时，常会这样。下面的说明针对它实际所在的网络。`,
      actions: [
        `把钱包切换到 ${x.foundChain.name}，就能看到这笔转账和资金。`,
        `如果有人在等这笔钱，告诉对方它是在 ${x.foundChain.name} 上发出的，请对方在那里查看。`,
      ],
    }),
    expert: (x) => ({
      title: `不在链 ${x.askedChain.id} 上；在链 ${x.foundChain.id}（${x.foundChain.name}）上找到`,
      body: `eth_getTransactionByHash 在 ${x.askedChain.name}（${x.askedChain.id}）上返回空（null），在 ${x.foundChain.name}（${x.foundChain.id}）上返回该交易。以下诊断针对链 ${x.foundChain.id}。`,
      actions: [`使用 --chain ${x.foundChain.id} 查询，或将钱包切换到链 ${x.foundChain.id}。`],
    }),
  },
  TX_SUCCESS: {
    novice: (x, f) => {
      const { moved, logged, coinsSent, tokenToAdd, otherPayer } = successView(x)
      const fee = x.fee ? f.native(x.fee) : undefined
      return {
        title: moved ? '这笔转账已经成功完成。' : logged ? '这笔交易已被记录，但它显示的转账数量为零。' : '这笔交易已经成功完成。',
        body:
          (moved || !logged ? `它在 ${x.chain.name} 上完成` : `它已记录在 ${x.chain.name} 上`) +
          (coinsSent ? `，转出 ${f.native(x.value)}` : '') +
          (logged ? `。${moved ? '转移的资产' : '记录显示'}：${f.list(x.transfers.map((t) => transferLine(t, f)))}` : moved ? '' : '，它没有附带币，也没有记录任何代币转账') +
          (otherPayer && fee
            ? `。它的网络手续费（${fee}）由发起这笔交易的 ${f.short(otherPayer.sender)} 支付，而不是 ${f.list(otherPayer.shownFrom.map((a) => f.short(a)))}。`
            : fee
              ? `。网络手续费为 ${fee}。`
              : `。网络手续费是用代币支付的，而不是 ${x.value.symbol}。`) +
          (x.txType ? chainTypeZh(x.txType, x.chain.name, 'novice') : '') +
          (moved ? '已完成的转账无法由网络撤回。' : ''),
        actions: moved
          ? [
              `如果收款人看不到，请对方在钱包里查看 ${x.chain.name} 网络（而不是其他网络）${tokenToAdd ? '；如果代币没有显示，请对方在钱包里添加该代币' : ''}。`,
              '如果转错了地址，只有那个地址的主人才能把钱退回。',
            ]
          : [zh.nothingToDo],
      }
    },
    expert: (x, f) => {
      const { record, otherPayer } = successView(x)
      return {
        title: `成功：区块 ${f.count(x.blockNumber)}，${f.count(x.confirmations)} 个确认`,
        body:
          `${x.chain.name} 上回执状态（status）为 1。交易附带 ${f.native(x.value)}；` +
          (x.fee
            ? `手续费 ${f.native(x.fee)}${otherPayer ? `，由交易发起方 ${otherPayer.sender} 支付（它不是下列任何一笔转账的一方）` : ''}。`
            : `手续费以 feeCurrency 代币 ${x.feeCurrency?.token} 支付：gasUsed × effectiveGasPrice = ${f.count(x.feeCurrency?.amount ?? 0n)} 个该币种单位（Celo 上这类交易的 gas 价格以该币种计价）。`) +
          (x.transfers.length ? `代币转移：${x.transfers.map((t) => `${standardName[t.standard]} ${transferLine(t, f)}（代币合约 ${t.token}）`).join('；')}。` : '没有代币转移日志。') +
          (x.txType ? chainTypeZh(x.txType, x.chain.name, 'expert') : ''),
        actions: [
          record === 'none'
            ? '没有附带币，日志中也没有非零的代币转账：无需对账。'
            : record === 'logs'
              ? `如收款方有异议，把交易哈希和区块号 ${f.count(x.blockNumber)} 给对方：上面列出的 Transfer 日志（代币、发送方、接收方、数量）就是凭证。`
              : `如收款方有异议，把交易哈希和区块号 ${f.count(x.blockNumber)} 给对方：该区块上链时，交易附带的 ${f.native(x.value)} 已计入收款方。`,
        ],
      }
    },
  },
  TX_BRIDGE_DEPOSIT: {
    novice: (x, f) => {
      const { outcome, coins, broughtOver, notPassedOn } = bridgeDepositView(x)
      if (outcome === 'system')
        return {
          title: `这是 ${x.chain.name} 自动记录以太坊最新情况的系统交易，不是转账。`,
          body: `${x.chain.name} 在每个区块开头都会自动加入一笔这样的交易，用来跟上以太坊的进度。它没有转任何钱，也没有人为它付手续费。`,
          actions: ['如果你在找自己的存入或转账，请确认复制的交易编号是否正确：不是这一笔。'],
        }
      const arrived = broughtOver.map((a) => ('coins' in a ? f.native(a.coins) : transferLine(a.token, f)))
      if (outcome === 'undelivered')
        return {
          title: `这笔从以太坊转入的存款已到达 ${x.chain.name}，但跨链桥还没能把它交付出去。`,
          body: `它在以太坊上发出并已到达 ${x.chain.name}，但最后一步（交付给收款方）失败了。资金没有丢失：${x.chain.name} 上的跨链桥保管着它，可以重新尝试交付。${x.chain.name} 上没有收取手续费。`,
          actions: [
            `打开你使用的跨链应用或网站，找找在 ${x.chain.name} 上完成或重试这笔存入的选项；如果没有，请联系它的客服并出示这个页面。`,
            '不要再存入一次：这一笔仍然可以完成，再存一次会把钱再转一次。',
            zh.noRecoveryPhrase,
          ],
        }
      if (outcome === 'arrived')
        return {
          title: arrived.length ? `这笔从以太坊转入的资金已经到达 ${x.chain.name}。` : `这条来自以太坊的消息已经到达 ${x.chain.name}。`,
          body:
            `它是在以太坊上发出的，由 ${x.chain.name} 的跨链桥转了过来` +
            (arrived.length ? `：${f.list(arrived)}` : '') +
            `。在 ${x.chain.name} 上没有人为它付手续费：手续费已在以太坊上发出时支付。如果你在等这笔存入，它已经到账了。`,
          actions: [
            `在钱包里切换到 ${x.chain.name} 网络（不是以太坊）查看；钱包可能需要一会儿才会显示。`,
            ...(x.transfers.length ? ['如果代币没有显示，请在钱包里为这个网络添加该代币。'] : []),
            '不要再存入一次：那样会把钱再转一次。',
          ],
        }
      return {
        title: `这笔从以太坊转入的存款已到达 ${x.chain.name}，但它在那里要执行的操作失败了。`,
        body:
          (coins ? `它带过来的 ${f.native(coins)} 仍然到账了：已记入发起这笔存入的地址（${f.short(x.from)}）在 ${x.chain.name} 上的账户。` : '') +
          '之后的一步没有完成' +
          (notPassedOn ? `，所以 ${f.native(notPassedOn.value)} 没有继续转给 ${f.short(notPassedOn.to)}` : '') +
          `。${x.chain.name} 上没有收取手续费。`,
        actions: [
          ...(coins ? [`把钱包切换到 ${x.chain.name}，查看 ${f.short(x.from)}：如果这笔存入是直接从钱包发起的，这就是你自己的地址，钱就在那里。`] : []),
          '如果你是通过某个应用或跨链网站操作的，请联系它的客服并出示这个页面：他们能看出失败的那一步原本要做什么。',
          `在确认之前不要再存入一次：这一笔的钱已经在 ${x.chain.name} 上了。`,
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const { outcome } = bridgeDepositView(x)
      return {
        title: outcome === 'system'
          ? `系统存款交易（类型 0x7e），区块 ${f.count(x.blockNumber)}：并非用户发起`
          : outcome === 'undelivered'
            ? `来自 L1 的存款交易（类型 0x7e）已执行，但消息未交付：FailedRelayedMessage ${x.relayFailed!.msgHash}`
            : outcome === 'arrived'
            ? `来自 L1 的存款交易（类型 0x7e），status 1：mint ${f.native(x.mint)}，区块 ${f.count(x.blockNumber)}`
            : `来自 L1 的存款在 L2 上失败（status 0）：mint ${f.native(x.mint)} 仍归 ${x.from}`,
        body:
          `${x.chain.name} 上的 OP-stack 存款交易，区块 ${f.count(x.blockNumber)}（${f.count(x.confirmations)} 个确认），status ${x.succeeded ? 1 : 0}：` +
          `from ${x.from}，to ${x.to ?? '（创建合约）'}；mint ${f.native(x.mint)} 记入 ${x.from}；value ${f.native(x.value)}。` +
          `sourceHash ${x.sourceHash ?? '（节点未提供）'}。` +
          (x.system
            ? '系统存款（来自 L1 属性存款账户 0xDeaD…0001，或 isSystemTx 为真）：由排序器加入，用于把 L1 数据带到 L2。'
            : `L2 上无手续费：存款交易不带 gas 价格，其 gas（已用 ${f.count(x.gasUsed)}，上限 ${f.count(x.gasLimit)}）已在 L1 的 OptimismPortal.depositTransaction 中支付。`) +
          (x.succeeded
            ? ''
            : `存款规则：mint 在执行前记入，执行失败也会保留；value 转账和对 ${x.to ?? '新合约'} 的调用被撤销；发送方的 nonce 仍然加一。`) +
          (x.relayFailed
            ? `L2CrossDomainMessenger ${x.relayFailed.messenger} 发出了 FailedRelayedMessage(${x.relayFailed.msgHash})：该消息已记录在 failedMessages 中，它携带的 ETH 留在 messenger 合约里，直到被重放。`
            : '') +
          (x.transfers.length ? `代币转移：${x.transfers.map((t) => `${t.standard.toUpperCase()} ${transferLine(t, f)}（代币 ${t.token}）`).join('；')}。` : '没有代币转移日志。'),
        actions: outcome === 'system'
          ? ['无需操作：请改为诊断用户自己的交易。']
          : [
              ...(x.relayFailed
                ? [
                    `重放：用原始消息（来自 L1 上的 SentMessage 和 SentMessageExtension1 事件）和更多 gas，在 ${x.relayFailed.messenger} 上调用 relayMessage(nonce, sender, target, value, minGasLimit, message)；任何人都可以重放失败的消息，msg.value 为 0。`,
                  ]
                : []),
              '查找 L1 端：用户存款的 sourceHash = keccak256(bytes32(0) ‖ keccak256(L1 区块哈希 ‖ bytes32(L1 日志索引)))，对应该链 OptimismPortal 发出的 TransactionDeposited 日志；区块浏览器会把它链接为 L1 交易。',
              ...(x.succeeded
                ? []
                : [
                    `这 ${f.native(x.mint)} 在 ${x.chain.name} 上的 ${x.from} 账户里：请在 L2 上用该账户重新执行原本要做的调用。如果 ${x.from} 是 L1 合约的别名地址（L1 地址 + 0x1111000000000000000000000000000000001111），只有那个 L1 合约能通过发送新的存款来操作它。`,
                  ]),
            ],
      }
    },
  },
  TX_NOT_FINAL: {
    novice: (x) => {
      const { minutes } = notFinalView(x)
      return {
        title: '已记录，但时间很近。',
        body:
          '极少数情况下，网络仍可能调整最新的几条记录。' +
          (minutes === undefined ? '随着网络在它之后继续记录新的内容，它会变成永久确定。' : `大约 ${minutes} 分钟后，它就会永久确定。`),
        actions: [`如果这笔交易涉及较大金额，请${minutes === undefined ? '过一段时间' : `大约 ${minutes} 分钟后`}在这里再查一次：一旦永久确定，这条提示就不会再出现。`],
      }
    },
    expert: (x, f) => ({
      title: `尚未最终确定：区块 ${f.count(x.blockNumber)} > 已最终确定（finalized）的区块 ${f.count(x.finalizedBlock)}`,
      body: `${f.count(x.confirmations)} 个确认；已最终确定（finalized）的区块为 ${f.count(x.finalizedBlock)}，比该交易落后 ${f.count(notFinalView(x).blocksAhead)} 个区块${x.secondsToFinal === undefined ? '' : `（按该链出块时间约 ${f.count(x.secondsToFinal)} 秒）`}。仍可能因重组被移除或重排。`,
      actions: ['大额入账前，等 finalized 块标签越过该区块。'],
    }),
  },
  TX_PENDING: {
    novice: () => ({
      title: '你的转账正在等待处理，目前没有发现问题。',
      body: `它给出的手续费足以应对当前的网络价格，而且在你的钱包里排在下一个。这样的转账通常几分钟内就会完成。${zh.moneyStillHere}`,
      actions: ['再等几分钟后查看。', zh.dontResend, zh.noRecoveryPhrase],
    }),
    expert: (x, f) => ({
      title: `等待中，状态正常：nonce ${x.nonce} 是下一个`,
      body: `maxFeePerGas ${f.gwei(x.maxFeePerGas)} ≥ 下一区块的基础费用（base fee）${f.gwei(x.nextBaseFeePerGas)}；maxPriorityFeePerGas ${f.gwei(x.maxPriorityFeePerGas)} 有竞争力。预计几个区块内被打包。`,
      actions: ['无需操作；几个区块后再查看。'],
    }),
  },
  TX_PENDING_FEE_TOO_LOW: {
    novice: (x) => {
      const { times } = feeTooLowView(x)
      return {
        title: '你的转账卡住了，因为它给出的手续费低于当前网络价格。',
        body: `它愿意支付的最高手续费低于网络现在的要价${times ? `（现在的要价大约是它出价的 ${times} 倍）` : ''}，所以除非网络价格降到它给出的水平，网络不会处理它，而没人能说准那是什么时候。${zh.moneyStillHere}`,
        actions: [
          '在钱包里打开这笔转账，点“加速”，并在加速页面选择最高（最快）的手续费：只提高一点仍会卡住。',
          '如果不想再发送，也可以点“取消”，同样选择最高（最快）的手续费：只提高一点的取消也会卡住。取消同样需要支付手续费。',
          zh.dontResend,
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => ({
      title: `费用过低：maxFeePerGas ${f.gwei(x.maxFeePerGas)} < 下一区块的基础费用（base fee）${f.gwei(x.nextBaseFeePerGas)}`,
      body: '在基础费用高于其费用上限（maxFeePerGas）期间，它无法被打包；它会留在交易池中，直到基础费用回落，或被节点驱逐。',
      actions: [replacementLine(x.replacement, f), cancelLine(x.replacement, f)],
    }),
  },
  TX_PENDING_TIP_TOO_LOW: {
    novice: () => ({
      title: '你的转账很慢，因为它给的小费偏低。',
      body: `它的手续费够付网络的基础价格，但用来优先处理的小费低于别人给的，所以别人的转账先被处理。它可能最终会完成，但也可能要等很久。${zh.moneyStillHere}`,
      actions: ['在钱包里对这笔转账点“加速”。', zh.dontResend],
    }),
    expert: (x, f) => ({
      title: `小费过低：${f.gwei(x.maxPriorityFeePerGas)}，常见水平 ${f.gwei(x.typicalPriorityFeePerGas)}`,
      body: `maxPriorityFeePerGas ${f.gwei(x.maxPriorityFeePerGas)} 远低于近期区块的中位优先费（${f.gwei(x.typicalPriorityFeePerGas)}，来自 eth_feeHistory）。出块者优先打包出价更高的交易。`,
      actions: [replacementLine(x.replacement, f), cancelLine(x.replacement, f)],
    }),
  },
  TX_PENDING_NONCE_GAP: {
    novice: (x) => {
      const { missing: n, size, atMost } = nonceGapView(x)
      const upTo = atMost ? '最多' : ''
      return {
        title: size === 'one' ? '你的转账在等一笔更早的、网络还没有收到的转账。' : `你的转账在等${upTo} ${n} 笔更早的、网络还没有收到的转账。`,
        body: `同一个钱包的转账必须严格按顺序处理。这个钱包有${upTo} ${n} 笔更早的转账还没有到达网络，所以这笔在等待。它没有丢失：缺少的转账一旦发出，它就会自动完成。${zh.moneyStillHere}`,
        actions: [
          size === 'one'
            ? '在钱包里找到那笔更早的、仍在等待中的转账，对它点“加速”；它完成后，这笔会自动跟上。如果钱包里找不到，请询问钱包的客服。'
            : `在钱包里找到那${atMost ? '些' : ` ${n} 笔`}更早的、仍在等待中的转账，对每一笔都点“加速”；${size === 'two' ? '两笔都' : '它们全部'}完成后，这笔会自动跟上。如果钱包里找不到，请询问钱包的客服。`,
          '不要把这笔转账重新发一遍：它仍在等待，之后会自动完成；如果再发一遍，你会付两次钱。',
          '如果你不想让它完成，在从这个钱包发出任何其他转账之前，先询问钱包的客服如何取消它。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x, f) => {
      const missing = x.missingNonces.join('、')
      const fill = x.fill
        ? `，每笔 maxFeePerGas ≥ ${f.gwei(x.fill.maxFeePerGas)}、maxPriorityFeePerGas ≥ ${f.gwei(x.fill.maxPriorityFeePerGas)}${x.nextBaseFeePerGas === undefined ? '' : `（下一区块的基础费用为 ${f.gwei(x.nextBaseFeePerGas)}）`}`
        : '，每笔的 maxFeePerGas 都要高于下一区块的基础费用'
      const stop = x.replacement
        ? `maxFeePerGas ≥ ${f.gwei(x.replacement.maxFeePerGas)}、maxPriorityFeePerGas ≥ ${f.gwei(x.replacement.maxPriorityFeePerGas)}（两者都 ≥ 本交易的 1.1 倍，费用上限高于下一区块的基础费用）`
        : '两项费用都 ≥ 本交易 1.1 倍'
      return {
        title: `nonce 断档：本交易 nonce ${x.nonce}，账户下一个 nonce 为 ${x.nextNonce}`,
        body: `缺少的 nonce：${missing}${x.poolUnknown ? '（该节点不公开交易池：其中有些可能已经发出、正在等待）' : ''}。在它们上链之前，本交易停留在排队（queued）池，而非待打包（pending）池中。`,
        actions: [
          ...(x.poolUnknown ? [`先在钱包里查看 nonce ${missing} 上是否已有等待中的转账：在这些 nonce 上发送会替换它们。`] : []),
          `要让它通过：发送 nonce 为 ${missing} 的交易（向自己转 0 即可）${fill}；本交易会紧接着上链。`,
          `要阻止它：先在断档仍在时，用一笔向自己转 0、${stop}的交易替换 nonce ${x.nonce}；节点接受之后，再补上 nonce ${missing}。先补断档会让本交易立刻上链。用 nonce ${x.nextNonce} 发一笔新转账并不能替换它：那只会补上断档，本交易也会上链。`,
        ],
      }
    },
  },
  TX_PENDING_QUEUED_BEHIND: {
    novice: () => ({
      title: '你的转账排在一笔更早的、也还在等待的转账后面。',
      body: `同一个钱包的转账必须严格按顺序处理。更早的一笔还没完成，这笔只能等它。${zh.moneyStillHere}`,
      actions: ['在钱包里找到最早的那笔等待中的转账，点“加速”（或“取消”）。', '它完成后，这笔会自动跟上。', zh.dontResend],
    }),
    expert: (x, f) => ({
      title: `被等待中的 nonce ${x.blockingNonce} 阻塞`,
      body: `nonce ${x.nonce} 必须在 nonce ${x.blockingNonce}${x.blockingHash ? `（${x.blockingHash}）` : ''} 之后才能上链，而后者仍在等待。`,
      actions: [
        `用一笔 maxFeePerGas 和 maxPriorityFeePerGas 都 ≥ 原交易 1.1 倍的交易替换 nonce ${x.blockingNonce}` +
          (x.nextBaseFeePerGas === undefined ? '' : `，并且 maxFeePerGas 还要高于下一个区块的基础费用（${f.gwei(x.nextBaseFeePerGas)}），否则替换交易也会卡住`) +
          `；nonce ${x.nonce} 随后跟上。`,
      ],
    }),
  },
  TX_PENDING_INSUFFICIENT_FUNDS: {
    novice: (x, f) => ({
      title: `钱包里的 ${x.balance.symbol} 不够支付这笔转账和手续费。`,
      body: `它最多需要 ${f.native(x.required)}，但钱包里只有 ${f.native(x.balance)}。余额不足时网络不会处理它。${zh.moneyStillHere}`,
      actions: [`在同一个网络上向这个钱包转入至少 ${f.native(x.shortfall)}，它就可以完成。`, '或者在钱包里点“取消”，然后发送较小的金额。'],
    }),
    expert: (x, f) => ({
      title: `余额不足：${f.native(x.balance)} < ${f.native(x.required)}`,
      body: `value + gasLimit × maxFeePerGas = ${f.native(x.required)}；缺口 ${f.native(x.shortfall)}。节点会让它保持不可执行（或丢弃）。`,
      actions: [`充值 ≥ ${f.native(x.shortfall)}，或以更低的金额或 gas 上限替换。`],
    }),
  },
  TX_REPLACED: {
    novice: (x, f) => ({
      title: '这笔转账已被同一钱包的另一笔转账替换。',
      body: '同一钱包的另一笔转账代替它完成了，所以这笔永远不会再完成。通常这是因为点了“加速”或“取消”。',
      actions: [
        `在钱包的交易记录里找到代替它完成的那笔${x.replacedBy ? `（编号以 ${f.short(x.replacedBy)} 开头）` : ''}。`,
        '如果那是“取消”，说明什么都没有发出；如仍需要，请重新发送。',
        '如果那是“加速”，转账已经完成，不要再发一次。',
      ],
    }),
    expert: (x, f) => ({
      title: `已被替换：nonce ${x.nonce} 已被另一笔交易使用`,
      body: x.replacedBy
        ? `nonce ${x.nonce} 被 ${x.replacedBy} 使用${x.replacedInBlock === undefined ? '' : `（区块 ${f.count(x.replacedInBlock)}）`}。该哈希永远不会上链。`
        : `发送方已上链的 nonce 已超过 ${x.nonce}；在查询预算内未能确定替换它的交易。`,
      actions: ['诊断替换交易的哈希，查看它做了什么。'],
    }),
  },
  TX_DROPPED: {
    novice: () => ({
      title: '这笔转账已被丢弃，不会再完成。',
      body: `网络已经不再保留它，它也从未被处理。我们无法得知它被丢弃的原因；最常见的是手续费长时间过低。没有任何扣款：${zh.moneyStillHere}`,
      actions: [
        '查看余额：应当没有变化。',
        '如果钱包仍显示它在等待，先在设置中使用“取消”或“清除活动记录”。',
        '然后用钱包的正常手续费重新发送。',
      ],
    }),
    expert: (x) => ({
      title: `已丢弃：节点不认识该交易，nonce ${x.nonce} 未被使用`,
      body: `账户下一个 nonce 仍为 ${x.nextNonce}，我们询问的节点都没有这笔交易。它已被驱逐或从未广播出去。`,
      actions: [`用 nonce ${x.nonce} 重新发送（仍显示等待的钱包需先重置本地 nonce）。`],
    }),
  },
  TX_FAILED_REVERTED: {
    novice: (x, f) => ({
      title: '交易失败：没有转出任何资产，但网络手续费已被扣除。',
      body:
        (revertedView(x).reasonUnknown
          ? '应用的合约拒绝了这笔交易，但我们查不到原因：我们询问的网络服务器已不再保存所需的信息。'
          : `应用的合约拒绝了这笔交易。${reasonPart(x.reason, f)}${sourceCaveat(x)}`) + `你的资产没有移动，只花掉了 ${f.native(x.fee)} 的手续费。`,
      actions: ['不要原样重试：它很可能再次失败并再扣一次手续费。', '在应用里确认你要做的操作，以及情况是否有变（例如活动已经结束）。', zh.noRecoveryPhrase],
    }),
    expert: (x, f) => {
      const v = revertedView(x)
      return {
        title: `执行回滚${v.error?.kind === 'named' ? `：${v.error.name}` : v.error?.kind === 'unknown' ? `：未知错误 ${v.error.selector}` : ''}`,
        body:
          'status 0。' +
          (x.reason ? `原因 ${f.quote(x.reason)}。` : '') +
          (v.panic ? `Panic ${v.panic.hex}：${panicMeaning(v.panic.code, 'zh-CN')}。` : '') +
          (v.args ? `参数：${v.args.map((a) => f.data(a)).join(', ')}。` : '') +
          (v.error?.kind === 'unknown' ? `选择器 ${v.error.selector} 不在我们的错误集中：未知，不做猜测。` : '') +
          (v.noRevertData ? '没有回滚数据。' : '') +
          `手续费 ${f.native(x.fee)}。` +
          sourceNote(x, f),
        actions: ['重发前先用当前状态模拟调用（eth_call / eth_estimateGas）。'],
      }
    },
  },
  TX_FAILED_OUT_OF_GAS: {
    novice: (x, f) => ({
      title: '交易失败，因为钱包给它设定的工作量上限太低。',
      body: `每笔交易都带有网络可为它做多少工作的上限。这笔需要更多，于是中途停止，没有转出任何资产。已完成部分的手续费（${f.native(x.fee)}）仍被扣除。`,
      actions: ['重新发送，让钱包自动设置手续费；如果你改过高级设置，请恢复钱包的建议值。'],
    }),
    expert: (x, f) => ({
      title: `Gas 耗尽：用了 ${f.count(x.gasUsed)} / ${f.count(x.gasLimit)}`,
      body: `${{ trace: '执行追踪以“out of gas”结束。', gas: 'gasUsed 达到 gasLimit，且没有回滚数据。', replay: '重新执行（eth_call，没有执行追踪可用）时 gas 耗尽。' }[outOfGasEvidence(x)]}手续费 ${f.native(x.fee)}。`,
      actions: [`以 gasLimit ≥ ${f.count(x.suggestedGasLimit)} 重试（或按当前状态重新估算）。`],
    }),
  },
  TX_FAILED_SLIPPAGE: {
    novice: (x, f) => {
      const minimum = failureAmount(x, 'minimumOut', f)?.plain
      return {
        title: `兑换被中止：你能收到的数量会低于你设定的最低值${minimum ? `（${minimum}）` : ''}。`,
        body: `这个最低值是为了保护你；没有达到它，通常是因为从报价到兑换被处理之间价格变动了。你的代币没有移动，只花掉了网络手续费（${f.native(x.fee)}）。${sourceCaveat(x)}`,
        actions: ['再试一次兑换。如果一直失败，把“滑点”设置稍微调高（例如从 0.5% 调到 1%）。', '不要把滑点设得很高：那会让别人利用你的交易获利。'],
      }
    },
    expert: (x, f) => {
      const minimum = failureAmount(x, 'minimumOut', f)?.exact
      const token = tokenNamed(x, f)
      return {
        title: '因最低输出（滑点）回滚',
        body:
          `${reasonHead(x, f)}：输出低于 ${minimum === undefined ? 'amountOutMin / 价格限制' : `amountOutMin ${minimum}`}。` +
          (token ? `输出代币 ${token}（取自输入数据中的兑换路径）。` : '') +
          `手续费 ${f.native(x.fee)}。${sourceNote(x, f)}`,
        actions: [
          '重新报价后发送，amountOutMin = 新报价 × (1 − 容忍度)：例如 0.5% 失败时改为 1%（报价 × 0.99）；只有波动大或流动性浅的池子才需要更高。',
          '仅当路径中的某个代币在转账时收取费用时：改用路由函数的 …SupportingFeeOnTransferTokens 版本。',
        ],
      }
    },
  },
  TX_FAILED_DEADLINE: {
    novice: (x, f) => {
      const { late } = deadlineView(x, f)
      return {
        title: '兑换失败，因为它完成得太晚了。',
        body: `兑换带有时间限制，以免按过时的价格成交。这笔${late ? `在时限过后 ${late}` : '在时限之后'}才被处理，所以被中止了。你的代币没有移动，只花掉了网络手续费（${f.native(x.fee)}）。${sourceCaveat(x)}`,
        actions: ['用钱包的正常（而不是偏低的）手续费再试一次，让它尽快完成。'],
      }
    },
    expert: (x, f) => {
      const v = deadlineView(x, f)
      return {
        title: '回滚：已过截止时间',
        body:
          v.fromInput
            ? `${sourceNote(x, f)}手续费 ${f.native(x.fee)}。`
            : `${reasonHead(x, f)}：block.timestamp > deadline。` +
              (v.deadline === undefined
                ? ''
                : `输入数据中的截止时间 ${v.deadline}（${f.utc(v.deadline)}）` +
                  (v.includedAt === undefined ? '' : `；打包时间 ${v.includedAt}（${f.utc(v.includedAt)}）${v.late ? `，晚了 ${v.late}` : ''}`) +
                  '。') +
              `手续费 ${f.native(x.fee)}。${sourceNote(x, f)}`,
        actions: ['用新的截止时间和能及时打包的手续费重新发送。'],
      }
    },
  },
  TX_FAILED_ALLOWANCE: {
    novice: (x, f) => {
      const v = allowanceView(x, f)
      const { needed, shortfall } = v
      const app = `应用${x.spender ? `（${x.spenderLabel ? `${x.spenderLabel}，` : ''}${f.short(x.spender)}）` : ''}`
      const numbers =
        shortfall.kind === 'both'
          ? `${app}获得的授权额度是 ${shortfall.allowed}，但它需要 ${shortfall.needed}。`
          : shortfall.kind === 'needed'
            ? `${app}需要你授权 ${shortfall.needed}，但额度不够。`
            : '这项授权缺失或额度不够。'
      return {
        title: '交易失败，因为应用还没有获得使用你代币的授权。',
        body:
          `应用在移动你的代币之前，需要你在单独的一步中给予授权。${numbers}` +
          (x.expiration === undefined ? '' : `你之前给它的授权已于 ${f.utc(x.expiration)} 到期。`) +
          `没有资产移动，只花掉了网络手续费（${f.native(x.fee)}）。${sourceCaveat(x)}`,
        actions: [
          `从应用的官方网站打开它（不要用别人发来的链接），先完成它的“授权”步骤${needed ? `（额度 ${needed}）` : ''}，等它完成后再重试。`,
          ...(v.unknownApp ? [`我们不认识地址为 ${f.short(v.unknownApp)} 的应用：只有当它就是你从官方网站打开的那个应用时，才给它授权。`] : []),
          '只授权你需要的数量，不要授权无限额度。',
        ],
      }
    },
    expert: (x, f) => {
      const { fix, spender, token, ...v } = allowanceView(x, f)
      const args = v.args.map((a) => allowanceArg(a, f))
      return {
        title: '回滚：授权额度不足',
        body:
          `${reasonHead(x, f)}：${args.length ? `${args.join('，')}。` : '该错误没有携带数值（授权额度和所需数量未知）。'}` +
          (token ? `代币 ${token}（取自输入数据）。` : '') +
          `手续费 ${f.native(x.fee)}。${sourceNote(x, f)}`,
        actions: [
          fix === 'permit2'
            ? `为 ${spender} 续期 Permit2 授权（签署新的 permit，或调用 Permit2.approve(${x.token ?? 'token'}, ${spender}, amount, expiration)），再重试。`
            : fix === 'nft'
              ? `在 ${x.token ?? '该藏品合约'} 上授权操作方：approve(${spender}, tokenId) 或 setApprovalForAll(${spender}, true)，等待上链后再重试。`
              : `在 ${x.token ?? '该代币合约'} 上发送 approve(${spender}, ${x.needed ?? 'amount'})（或签署 permit）并等待上链，再重试。`,
        ],
      }
    },
  },
  TX_FAILED_BALANCE: {
    novice: (x, f) => {
      const { held, shortfall } = balanceView(x, f)
      return {
        title: '交易失败，因为钱包里的这种代币不够。',
        body:
          (shortfall ? `它试图转出 ${shortfall.needed}，但钱包${x.holder ? `（${f.short(x.holder)}）` : ''}里只有 ${shortfall.held}。` : '它试图转出比钱包持有更多的数量。') +
          `没有资产移动，只花掉了网络手续费（${f.native(x.fee)}）。${sourceCaveat(x)}`,
        actions: ['在同一个网络上查看钱包里这种代币的余额。', `用你实际持有的数量重试${held ? `（最多 ${held}）` : ''}；有些代币每次转账会扣一点费用，请留些余量。`],
      }
    },
    expert: (x, f) => {
      const v = balanceView(x, f)
      const args = v.args.map(balanceArg)
      const token = v.token
      return {
        title: '回滚：代币余额不足',
        body:
          `${reasonHead(x, f)}：${args.length ? `${args.join('，')}。` : 'balanceOf(from) < amount；该错误没有携带数值。'}` +
          (token ? `代币 ${token}（取自输入数据）。` : '') +
          `手续费 ${f.native(x.fee)}。${sourceNote(x, f)}`,
        actions: [`在最新区块读取 ${x.token ?? '该代币合约'} 上的 balanceOf(${x.holder ?? 'from'})，以其可覆盖的数量重新发送。`],
      }
    },
  },
  TX_TOKEN_TO_CONTRACT: {
    novice: (x, f) => ({
      title: '代币被转到了该代币自己的地址，通常无法找回。',
      body: `${f.token(x.amount, x.decimals, x.symbol)} 被转到了代币本身的地址，而不是某个人或交易所。大多数情况下，这个地址无法把代币退回。`,
      actions: [
        '通过代币项目的官方网站联系其团队：少数代币可以退回这类转账。',
        '以后请从收款人的钱包或交易所充值页面复制收款地址，不要从代币页面复制。',
        '警惕任何声称收费帮你找回代币的人。' + zh.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => ({
      title: '代币被转入代币合约本身',
      body: `${f.token(x.amount, x.decimals, x.symbol)} 被转入 ${x.token}（代币合约）。只有合约提供了由所有者调用的 rescue/sweep 函数时才能找回。`,
      actions: [
        `检查 ${x.token} 的已验证源码中是否有找回函数（rescueTokens、recoverERC20、sweep）以及谁能调用它（owner()、管理员角色）；部署者就是区块浏览器上该合约页面显示的“合约创建者”。请通过项目的官方渠道联系他们。`,
      ],
    }),
  },
  TX_RECIPIENT_NOT_ON_CHAIN: {
    novice: (x, f) => ({
      title: `收款地址在 ${f.chains(x.codeOnChains)} 上是一个程序，但在 ${x.chain.name} 上不是。`,
      body: `在 ${f.chains(x.codeOnChains)} 上，这个地址是一个程序（合约），通常是智能钱包，例如多人共管的“多签”钱包。在 ${x.chain.name} 上这个地址目前还没有程序，所以转到那里的资金暂时没有人能动用。`,
      actions: [
        `立即告知收款地址的主人：如果它是智能钱包，他们通常可以在 ${x.chain.name} 上创建同样的钱包并取回资金。`,
        `不要再在 ${x.chain.name} 上向这个地址转任何东西。`,
        zh.noRecoveryPhrase,
      ],
    }),
    expert: (x, f) => ({
      title: `收款地址在 ${x.chain.name} 上没有代码`,
      body: `${x.recipient} 在 ${f.chains(x.codeOnChains)} 上有合约代码，在 ${x.chain.name} 上没有。资金会一直卡住，直到在该链同一地址部署合约：需要相同的工厂合约、盐值（salt）和初始化代码（Safe 需相同的单例合约（singleton）、工厂合约、初始化（setup）数据和盐值序号（salt nonce））。`,
      actions: ['在任何人再转入资金之前，让所有者在此链上重放部署。'],
    }),
  },
  TX_APPROVAL: txApprovalZh,
  TX_EIP7702_DELEGATION: {
    novice: (x) => {
      const v = delegationView(x)
      return v.known
        ? {
            title: `这笔交易为钱包开启了智能功能${x.delegateLabel ? `（${x.delegateLabel}）` : ''}。`,
            body: '有些钱包这样做来提供用其他代币付手续费、一次完成多个步骤等功能。如果是你在自己的钱包应用里开启的，就没有问题。',
            actions: ['如果你没有预料到这一点，请检查钱包应用中的智能账户设置。'],
          }
        : {
            title: '危险：这笔交易把钱包的控制权交给了一个未知程序。',
            body:
              '骗子会诱导人签署这种交易，之后钱包收到的任何资产都会被自动转走。我们不认识接手的这个程序。' +
              (v.everyChain ? '这次交出控制权的签名对所有网络都有效，不只是这一个。' : ''),
            actions: [
              '如果这不是你有意为之，请把这个钱包视为不安全：新建一个使用新助记词的钱包（不要用同一助记词下的另一个账户），把剩余资产转过去。',
              '不要向这个钱包转入任何东西，哪怕是用来付手续费的少量 ETH：那个程序可能一到账就把它转走。',
              '要收回控制权，钱包需要签署一项移除该程序的更改。请询问钱包应用的客服能否帮你做到（有些应用称之为关闭智能账户）。',
              zh.noRecoveryPhrase,
            ],
          }
    },
    expert: (x) => {
      const v = delegationView(x)
      return {
        title: `EIP-7702 委托：${x.authority} → ${x.delegate}${x.delegateLabel ? `（${x.delegateLabel}）` : ''}`,
        body:
          (v.known ? '类型 4 授权，委托给已知的合约。' : '类型 4 授权，委托给未识别的合约。实际中这类委托多数是会转走所有到账资产的清扫合约。') +
          `授权的 chainId 为 ${x.authorizationChainId}${v.everyChain ? '（对所有链有效：只要该账户的 nonce 相符，在任何链上都可重放）' : ''}，nonce 为 ${x.authorizationNonce}。` +
          `除非之后的授权替换了它，否则它仍然有效：有效期间 eth_getCode(${x.authority}) = 0xef0100‖${v.delegateInCode}。`,
        actions: [
          `撤销：由 ${x.authority} 签署委托给 address(0) 的新授权（chainId 为 ${v.everyChain ? '0 或各条链' : x.authorizationChainId}，使用账户当前的 nonce），并由另一个支付 gas 的账户提交，这样无需向 ${x.authority} 转入 ETH；若私钥可能已泄露，请把资产迁移到使用新私钥的账户。`,
        ],
      }
    },
  },
  TX_SCAM_TOKEN: {
    novice: (x, f) => {
      const v = scamTokenView(x)
      return {
        title: '警告：这笔交易中的一个代币看起来是骗局。',
        body:
          (v.posesAs === undefined ? '' : `它自称 ${f.quote(v.posesAs)}，但并不是真正的那个代币：它一文不值。`) +
          (v.advertises === undefined ? '' : `它的名称里宣传了一个网站（${f.quote(v.advertises)}）。正规代币从不这样做：这类代币是为了把人引到会掏空钱包的网站。`) +
          (v.mixedScripts ? '它的名称混用了不同文字的字母，冒充真实的代币。' : ''),
        actions: ['不要访问代币里提到的任何网站，也不要尝试出售、兑换或“领取”它：那正是陷阱。', '你可以直接忽略它；如果钱包支持，把它隐藏起来。', zh.noRecoveryPhrase],
      }
    },
    expert: (x, f) => ({
      title: `可疑代币 ${x.token}`,
      body: `symbol ${x.symbol ? f.quote(x.symbol) : '（无）'}，name ${x.name ? f.quote(x.name) : '（无）'}。信号：${x.reasons.join(', ')}。${x.imitates ? `冒用了 ${x.imitates} 的 symbol。` : ''}`,
      actions: ['不要对它授权、转账或兑换；在钱包界面中隐藏它。其“领取”网站要求的授权就是盗币合约。'],
    }),
  },
  TX_ADDRESS_POISONING: {
    novice: (x, f) => {
      const v = poisoningView(x)
      const outgoing = v.outgoing
      const moved = f.token(x.amount, x.decimals, x.symbol)
      return {
        title: outgoing ? '警告：一笔假转账把仿冒地址放进了你的记录。' : '警告：这是一笔来自仿冒地址的假转账。',
        body:
          (outgoing
            ? `有人让这笔转账出现在你的账户（${f.short(x.victim)}）的记录里，看起来就像你向仿冒地址转了 ${moved}。` +
              `这笔转账不是你发出的${v.tokensTaken ? `，但确实有 ${moved} 从你的钱包转出` : '，你的钱包也没有转出任何东西'}。`
            : `一个仿冒地址向你的账户（${f.short(x.victim)}）转了 ${moved}，好让它出现在你的记录里。它没有从你这里拿走任何东西。`) +
          `真实地址（你以前真正打过交道的那个）：${x.genuine}。仿冒地址${outgoing ? '' : '（发送方）'}：${x.lookalike}。` +
          `两者开头和结尾相同，但中间有 ${v.differing} 个字符不同。骗子希望你下次付款时从记录里复制到这个假地址。` +
          (x.minedAt === undefined ? '' : `它记录于 ${inChinese(f.utc(x.minedAt))}。`) +
          (v.manyLures ? `这一笔交易里就有 ${f.count(x.lures)} 笔这样的假转账：骗子会一次在许多人的记录里投放。` : ''),
        actions: [
          '永远不要从交易记录里复制地址：这个假地址就是为了让你复制而放进去的。',
          '付款时从钱包的地址簿里选取地址（把真实地址保存在那里），或者重新向对方确认，并逐个字符核对，不要只看开头和结尾。',
          '不要向仿冒地址转任何东西。如果已经转了，网络无法撤回：请联系你的钱包客服，并且不要理会任何声称收费帮你追回的人。',
          ...(v.tokensTaken ? ['有东西能够转走你的代币：请检查哪些应用有权使用你的代币，并撤销你不认识的授权。'] : []),
        ],
      }
    },
    expert: (x, f) => {
      const v = poisoningView(x)
      const { outgoing, relayed } = v
      return {
        title: outgoing ? '地址投毒：第三方伪造了受害者向仿冒地址的转账' : '地址投毒：仿冒地址发来的粉尘转账',
        body:
          (outgoing
            ? `转账记录：${f.tokenExact(x.amount, x.decimals, x.symbol)}从受害者 ${x.victim} 转到仿冒地址 ${x.lookalike}，所在交易由 ${x.sentBy} 发送，并非受害者本人` +
              (v.tokensTaken ? '（金额非零的 transferFrom：发送方或它调用的合约持有受害者的授权额度）。' : '（金额为 0 的 transferFrom 不需要授权额度；假代币可以记录任意 Transfer 事件）。')
            : `转账记录：${f.tokenExact(x.amount, x.decimals, x.symbol)}从仿冒地址 ${x.lookalike} 转到受害者 ${x.victim}${relayed ? `（交易由 ${x.sentBy} 发送）` : ''}。`) +
          (x.token ? `代币合约 ${x.token}。` : '') +
          `真实对手方（受害者以往的转账对象）：${x.genuine}。` +
          `两者在 40 个十六进制位中有 ${v.differing} 位不同（0x 之后从 0 起算，不区分大小写）：${v.differingRuns.join('、')}。` +
          (x.minedAt === undefined ? '' : `区块时间 ${inChinese(f.utc(x.minedAt))}。`) +
          `本交易中的诱饵转账：${f.count(x.lures)} 笔。`,
        actions: [
          `把 ${x.lookalike} 标记为诈骗地址；收款地址只从地址簿选取，绝不从交易记录复制，并核对全部 40 个十六进制字符。`,
          v.tokensTaken
            ? '检查受害者对该代币的授权：金额非零的 transferFrom 说明有某个授权对象持有额度；用 approve(spender, 0) 撤销。'
            : '无需撤销任何授权：这种诱饵不需要受害者的签名或授权。',
        ],
      }
    },
  },
}

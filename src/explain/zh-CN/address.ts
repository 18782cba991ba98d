import type { AddressCode, CatalogPart } from '../catalog-types.js'
import type { NonEvmNetwork } from '../../core/non-evm.js'
import type { Formatter } from '../format.js'
import { badChecksumView, noGasView, nonEvmAddressView, pendingView, tokensHeld as held, type NonEvmAddressView } from '../views/address.js'
import { zh } from './common.js'
import { riskyApprovalsZh } from './approvals.js'

const networkNames: Record<NonEvmNetwork, string> = {
  tron: '波场（TRON）',
  bitcoin: '比特币（Bitcoin）',
  'bitcoin-testnet': '比特币测试网',
  litecoin: '莱特币（Litecoin）',
  dogecoin: '狗狗币（Dogecoin）',
  solana: 'Solana',
  xrp: '瑞波（XRP Ledger）',
  cosmos: 'Cosmos Hub',
  ton: 'TON',
}

const networkNotes: Partial<Record<NonEvmNetwork, string>> = {
  tron: '波场上的 USDT（常标为 TRC-20）与以太坊上的 USDT（ERC-20）或 BNB Chain 上的 USDT（BEP-20）是分开的：同一个币名，不同的网络。',
  xrp: '交易所充值 XRP 时通常还需要填写“标签”（Destination Tag），否则交易所可能无法识别这笔钱属于你。',
  cosmos: '在这个网络上向交易所充值时，通常还需要填写“备注”（Memo）。',
  ton: '向交易所充值 TON 时，通常还需要填写“备注”（Comment/Memo）。',
  bitcoin: '比特币地址只能接收在比特币网络上发送的比特币。',
}

const nameOf = (v: NonEvmAddressView) => ('cosmosFamily' in v.name ? `Cosmos 系网络（“${v.name.cosmosFamily}”）` : networkNames[v.name.network])
/** 第一次提到（标题）之后用的简称：“比特币（Bitcoin）”之后只说“比特币”。 */
const shortOf = (v: NonEvmAddressView) => ('cosmosFamily' in v.name ? nameOf(v) : networkNames[v.name.network].replace(/（[^）]*）$/, ''))
const checks: Record<NonEvmAddressView['check'], string> = {
  key: '解码为 32 字节公钥（该格式没有校验和）',
  raw: '符合原始 workchain:hash 格式',
  checksum: '校验和已验证',
}

/** 持有的代币及数量（不可信的代币符号加引号）；事实里没有数量时只列符号。 */
const tokensHeld = (c: Parameters<typeof held>[0], f: Formatter) => held(c, f).join('、')

export const addressZh: CatalogPart<AddressCode> = {
  ADDRESS_NON_EVM: {
    novice: (x) => {
      const v = nonEvmAddressView(x)
      const [full, name] = [nameOf(v), shortOf(v)]
      return {
        // txdoctor 也检查波场：其他网络的地址也不是波场地址（波场地址保持原来的说法）。
        title: `这是一个${full}地址，不是以太坊类网络${v.tron ? '' : '或波场'}的地址。`,
        body:
          `${name}是一个独立的网络，有自己的地址格式。以太坊、BNB Chain、Base、Polygon 等网络${v.tron ? '' : '以及波场都'}无法向它转账，必须在正确的网络上转账。` +
          `txdoctor 不查看${name}，所以无法判断这是谁的地址：个人的、交易所的，还是某个程序的。` +
          (networkNotes[x.network] ?? ''),
        actions: [
          `我们无法检查${name}：付款前，请先与收款人确认这是他们在${name}上的收款地址；确认后再在${name}网络上发送，从交易所提币时网络选择${name}。`,
          x.network === 'tron'
            ? '如果你本想在以太坊类网络上转账，请向收款人要一个以 0x 开头的地址。'
            : '如果你本想在别的网络上转账，请向收款人要一个该网络上的地址（以太坊类网络以 0x 开头，波场以 T 开头）。',
          '如果你转出的资金没有到账，请带着转账详情联系你转出时使用的钱包或交易所。',
          zh.noRecoveryPhrase,
        ],
      }
    },
    expert: (x) => {
      const v = nonEvmAddressView(x)
      const [full, name] = [nameOf(v), shortOf(v)]
      return {
        title: `有效的${full}地址（${checks[v.check]}）`,
        body:
          (v.evmTwin
            ? `${x.address} 是 0x41 加 20 字节账户编号的 base58check 编码（十六进制形式 ${v.evmTwin.hex}）。这 20 字节写成 EVM 链上的 0x 地址（0x${v.evmTwin.start}…${v.evmTwin.end}）是那条链上的另一个账户：转到那里的资金会留在那条链上，不会到达波场。`
            : `${x.address} 不是 EVM ${v.tron ? '' : '或波场'}地址：EVM ${v.tron ? '' : '和波场的'}钱包及合约都无法向它转账。`) +
          `只能通过${name}交易、跨链桥或在交易所选择${name}网络提币到达。txdoctor 不查询任何${name}节点，因此` +
          (v.tron ? '无法得知它是用户账户、交易所账户还是合约（例如 TRC-20 代币合约）。' : '无法得知它属于谁（个人、交易所还是某个程序）。'),
        actions: [`付款前在${name}区块浏览器上查询它，并与收款人确认；只在${name}上付款，不要把它转换或截断成 0x 地址。`],
      }
    },
  },
  ADDRESS_BAD_CHECKSUM: {
    novice: () => ({
      title: '这个地址很可能有输入错误：大小写对不上。',
      body: '以太坊类地址用大小写字母的组合隐藏了一道安全校验。这个地址没有通过校验，几乎总是说明有字符被改动或打错了。不要向它转任何东西，也不要只是把大小写改对：那并不能说明其余字符是对的。',
      actions: ['从来源（收款人的钱包或交易所充值页面）重新复制地址，不要手动输入。', '通过你信任的渠道与收款人核对完整地址。'],
    }),
    expert: (x) => {
      const v = badChecksumView(x)
      const n = v.differing
      return {
        title: 'EIP-55 校验和不匹配',
        body:
          `输入为 ${x.address}。同样 40 位十六进制数字的 EIP-55 形式是 ${x.checksummed}：其中 ${x.letters} 个字母里有 ${n} 个大小写不同` +
          `${n ? `（0x 之后第 ${v.positions.join('、')} 位）` : ''}。` +
          '如果改动的是某个十六进制数字，大约一半字母的大小写都会对不上（每个字母应有的大小写取决于全部 40 位数字的哈希）；' +
          (v.caseOnly ? `这里只有 ${n} 个不同，更像是有人手动改了大小写，而不是数字打错。` : '这里正是如此：某个数字本身可能有误。') +
          '无论哪种情况，校验和都无法确认这些就是想要的数字：重新计算校验和得到的形式并不是更正后的地址。',
        actions: ['从来源重新获取地址，核对全部 40 位十六进制字符；在确认之前，不要向重新计算校验和后的形式转账。'],
      }
    },
  },
  ADDRESS_ACTIVITY: {
    novice: (x, f) => ({
      title: `这个地址在 ${x.chains.length} 个网络上有使用记录。`,
      body: x.chains.map((c) => `${c.chain.name}：${f.native(c.balance)}${tokensHeld(c, f) ? `，代币 ${tokensHeld(c, f)}` : ''}，已发出 ${f.count(c.transactionCount)} 笔交易${c.isContract ? '，智能合约' : ''}。`).join(''),
      actions: ['如果你要向这个地址付款，请在这里列出的网络中选择收款人要求的那一个。'],
    }),
    expert: (x, f) => ({
      title: '各链活动情况',
      body: x.chains.map((c) => `${c.chain.name}（${c.chain.id}）：余额 ${f.native(c.balance)}，已发出交易数（nonce）${c.transactionCount}，${c.isContract ? '有合约代码' : '无合约代码'}${tokensHeld(c, f) ? `，代币 ${tokensHeld(c, f)}` : ''}`).join('；'),
      actions: ['用 --chain 对单条链做详细诊断。'],
    }),
  },
  ADDRESS_UNUSED: {
    novice: (x, f) => ({
      title: '这个地址在我们检查的网络上从未被使用过。',
      body: `它在 ${f.chains(x.checkedChains)} 上没有任何资产，也从未发出过转账。全新的钱包就是这样；如果你以为它应该在使用中，地址可能有输入错误。`,
      actions: ['如果这是你的新钱包，一切正常。', '如果你准备向它转账，请先与收款人核对完整地址。'],
    }),
    expert: (x, f) => ({
      title: '未使用：余额为 0、nonce 为 0、无代码',
      body: `检查范围：${f.chains(x.checkedChains)}。向新地址转入代币不会改变这些值；代币情况见 ADDRESS_NO_GAS。`,
      actions: ['大额转账前通过其他渠道核实地址；先发一笔小额测试。'],
    }),
  },
  ADDRESS_IS_CONTRACT: {
    novice: (x, f) => ({
      title: '这个地址是智能合约（应用或智能钱包），不是普通钱包。',
      body: `它存在于 ${f.chains(x.chains)}。`,
      actions: ['只有在你清楚它是什么时才向它转账，例如你自己的智能钱包或应用指定的地址。', '不要在其他网络上向它转账：它在那里可能不存在。'],
    }),
    expert: (x, f) => ({ title: '合约账户', body: `在 ${f.chains(x.chains)} 上有字节码。`, actions: ['交互前在浏览器上查看已验证的源码。'] }),
  },
  ADDRESS_IS_TOKEN: {
    novice: (x, f) => ({
      title: '这是一个代币的地址，不是个人或交易所的地址。',
      body: `转到代币自身地址的代币通常会永久丢失。${x.symbol ? `这个代币自称 ${f.quote(x.symbol)}。` : ''}`,
      actions: ['不要向这个地址转任何东西。', '请收款人提供他自己的钱包地址或交易所充值地址。'],
    }),
    expert: (x, f) => ({
      title: `${x.chain.name} 上的 ${x.standard.toUpperCase()} 代币合约`,
      body: `响应 ${x.standard.toUpperCase()} 接口${x.symbol ? `；symbol 为 ${f.quote(x.symbol)}` : ''}。转入代币合约的资产通常无法找回。`,
      actions: ['不要用作收款地址。'],
    }),
  },
  ADDRESS_CONTRACT_NOT_ON_CHAIN: {
    novice: (x, f) => ({
      title: `这个智能钱包存在于 ${f.chains(x.contractOn)}，但在 ${f.chains(x.missingOn)} 上不存在。`,
      body: `在 ${f.chains(x.missingOn)} 上转到这个地址的任何资产，在钱包主人于那里创建同样的钱包之前，谁都无法动用，而这并不总是可行。`,
      actions: [`只在 ${f.chains(x.contractOn)} 上向它转账。`, `如果已经在 ${f.chains(x.missingOn)} 上转了资金，请立即告知钱包主人：他们也许能在那里创建钱包并取回资金。`],
    }),
    expert: (x, f) => ({
      title: '部分链上缺少该合约',
      body: `${f.chains(x.contractOn)} 上有代码；${f.chains(x.missingOn)} 上没有。找回需要在同一地址部署（相同的部署者或工厂、salt 和初始化代码）。`,
      actions: ['在资金转入前，在缺失的链上重放部署。'],
    }),
  },
  ADDRESS_NO_GAS: {
    novice: (x, f) => ({
      title: `你在 ${x.chain.name} 上有代币，但 ${x.balance.symbol} 不够支付网络手续费。`,
      body: `在 ${x.chain.name} 上每次转账都要用 ${x.balance.symbol} 支付一小笔手续费，即使你转的是别的代币。钱包里有 ${f.list(noGasView(x, f).holds)}；按现在的价格，转出一次代币大约需要 ${f.native(x.estimatedFee)}。`,
      actions: [`在 ${x.chain.name} 上获取少量 ${x.balance.symbol}：至少 ${f.native(x.estimatedFee)}，再多留一点以防手续费上涨（例如从交易所提币，网络选择 ${x.chain.name}）。`, '然后照常转出你的代币。'],
    }),
    expert: (x, f) => ({
      title: `${x.chain.name} 上原生币余额低于一次转账手续费`,
      body:
        `余额 ${f.nativeExact(x.balance)} < 估算的 ERC-20 转账手续费 ${f.native(x.estimatedFee)} = ${f.count(x.transferGas)} 单位燃料（一笔典型的 ERC-20 转账）× ${f.gwei(x.gasPrice)}（检查时 eth_gasPrice 的值）。` +
        `持有：${noGasView(x, f).exact.map((h) => `${h.amount}，合约 ${h.token}`).join('；') || '（未读取）'}。`,
      actions: [`在 ${x.chain.name} 上充值 ≥ ${f.native(x.estimatedFee)}；如果该代币转账用的燃料超过 ${f.count(x.transferGas)} 单位，或燃料单价上涨，需要更多。`],
    }),
  },
  ADDRESS_PENDING_TXS: {
    novice: (x) => ({
      title: `这个钱包在 ${x.chain.name} 上有 ${pendingView(x).waiting} 笔转账在等待。`,
      body: '它们会按顺序完成。如果已经等了很久，最早的那笔可能卡住了，挡住了后面的。',
      actions: [`在钱包里打开 ${x.chain.name} 的交易记录，对最早那笔等待中的转账点“加速”。`, zh.dontResend],
    }),
    expert: (x) => {
      const v = pendingView(x)
      return {
        title: `pending nonce ${x.pendingNonce} > latest nonce ${x.minedNonce}`,
        body: `${x.chain.name} 节点交易池中有 ${v.waiting} 笔交易；最低的等待 nonce 为 ${v.oldest}。`,
        actions: [`先诊断或替换 nonce ${v.oldest}。`],
      }
    },
  },
  ADDRESS_EIP7702_DELEGATED: {
    novice: (x) =>
      x.known
        ? {
            title: `这个钱包开启了智能功能${x.delegateLabel ? `（${x.delegateLabel}）` : ''}。`,
            body: `在 ${x.chain.name} 上它运行一个已知的智能钱包程序。如果是你在钱包应用里开启的，就没有问题。`,
            actions: ['如果你没有预料到这一点，请检查钱包应用中的智能账户设置。'],
          }
        : {
            title: '危险：这个钱包被一个未知程序控制。',
            body: `在 ${x.chain.name} 上，这个钱包被交给了一个我们不认识的程序。骗子这样做是为了自动转走所有到账的资产。`,
            actions: [
              '不要向这个钱包转任何东西。',
              '如果这是你的钱包，请把剩余资产转到一个用新助记词创建的新钱包（不要只在同一助记词下新建账户）。为支付手续费转进来的币可能会被立刻转走。',
              zh.noRecoveryPhrase,
            ],
          },
    expert: (x) => ({
      title: `EIP-7702 已委托给 ${x.delegate}${x.delegateLabel ? `（${x.delegateLabel}）` : ''}`,
      body: `${x.chain.name} 上的代码为 0xef0100 ‖ ${x.delegate}。${x.known ? '已知委托合约。' : '未知委托合约：在证明无害前按清扫合约对待。'}`,
      actions: ['用委托给 address(0) 的授权撤销；若私钥已泄露，请迁移资产。'],
    }),
  },
  ADDRESS_RISKY_APPROVALS: riskyApprovalsZh,
  ADDRESS_POISONING_SEEN: {
    novice: (x) => ({
      title: '骗子向这个钱包发送过仿冒地址的假转账。',
      body: `我们在 ${x.chain.name} 上发现 ${x.lookalikes.length} 笔来自仿冒地址的转账，这些地址被做得很像这个钱包真正用过的地址。骗子希望你从记录里复制到假地址。`,
      actions: ['永远不要从交易记录里复制地址。', '常用收款人请保存在钱包的地址簿里，并核对完整地址。'],
    }),
    expert: (x, f) => ({
      title: `${x.chain.name} 上有 ${x.lookalikes.length} 笔投毒转账`,
      body: x.lookalikes.map((l) => `${l.lookalike} 仿冒 ${l.genuine}（交易 ${f.short(l.hash)}）`).join('；'),
      actions: ['标记仿冒地址；发送前核对完整地址。'],
    }),
  },
}

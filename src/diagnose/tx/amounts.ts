import type { TransactionReceipt } from 'viem'
import type { ChainSpec } from '../../core/chain-spec.js'
import type { NativeAmount } from '../../core/facts.js'

export const nativeAmount = (chain: ChainSpec, value: bigint): NativeAmount => ({
  value,
  symbol: chain.nativeCurrency.symbol,
  decimals: chain.nativeCurrency.decimals,
})

/** What the sender paid: gas used × effective price, plus the L1 data fee that OP Stack receipts report. */
export function feePaid(chain: ChainSpec, receipt: TransactionReceipt): NativeAmount {
  return nativeAmount(chain, receipt.gasUsed * receipt.effectiveGasPrice + l1FeeOf(receipt))
}

/** viem's receipt formatter leaves OP Stack's `l1Fee` as the node's hex string. */
function l1FeeOf(receipt: TransactionReceipt): bigint {
  const l1Fee = (receipt as { l1Fee?: unknown }).l1Fee
  if (typeof l1Fee === 'bigint') return l1Fee
  return typeof l1Fee === 'string' && /^0x[0-9a-f]{1,64}$/i.test(l1Fee) ? BigInt(l1Fee) : 0n
}

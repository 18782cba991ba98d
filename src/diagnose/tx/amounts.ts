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
  const l1Fee = (receipt as { l1Fee?: bigint | null }).l1Fee ?? 0n
  return nativeAmount(chain, receipt.gasUsed * receipt.effectiveGasPrice + (typeof l1Fee === 'bigint' ? l1Fee : 0n))
}

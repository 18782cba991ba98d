import { formatUnits } from 'viem'
import type { ChainRef, NativeAmount } from '../core/facts.js'
import type { Lang } from '../core/types.js'
import { sanitizeUntrusted } from '../core/untrusted.js'

/** Number and list formatting for one language; templates receive it so they never format by hand. */
export type Formatter = {
  lang: Lang
  /** `0.0421 ETH` — amounts rounded to what a person reads, never in scientific notation. */
  native(amount: NativeAmount): string
  /** A token amount in human units; no decimals known → base units with a note. */
  token(amount: bigint, decimals: number | undefined, symbol: string | undefined): string
  /** Wei as gwei, with enough decimals to tell small L2 fees apart. */
  gwei(wei: bigint): string
  /** `0xd8dA…6045`: enough to recognise, short enough to read aloud. */
  short(address: string): string
  count(value: bigint | number): string
  chains(chains: ChainRef[]): string
  list(items: string[]): string
  /** An on-chain string, sanitized and visibly quoted as someone else's words. */
  quote(value: string): string
  /** A value decoded from chain data (an error's argument): numbers and hex as they are, anything else quoted. */
  data(value: string): string
  /** Unix seconds as `2026-11-24 03:10:44 UTC`; a time past any calendar (Permit2's "never expires") as "never". */
  utc(seconds: bigint | number): string
}

export function formatter(lang: Lang): Formatter {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US'
  const list = (items: string[]) => {
    if (items.length <= 1) return items[0] ?? ''
    if (lang === 'zh-CN') return `${items.slice(0, -1).join('、')}和${items.at(-1)}`
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
  }
  const quote = (value: string) => `«${sanitizeUntrusted(value)}»`
  return {
    lang,
    native: ({ value, symbol, decimals }) => `${humanUnits(value, decimals, locale)} ${symbol}`,
    token: (amount, decimals, symbol) => {
      const label = symbol === undefined ? (lang === 'zh-CN' ? '个代币' : 'tokens') : quote(symbol)
      if (decimals === undefined) return `${amount.toLocaleString(locale)} ${lang === 'zh-CN' ? '最小单位' : 'base units of'} ${label}`
      return `${humanUnits(amount, decimals, locale)} ${label}`
    },
    gwei: (wei) => `${humanUnits(wei, 9, locale, 4)} gwei`,
    short: (address) => (address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address),
    count: (value) => value.toLocaleString(locale),
    chains: (chains) => list(chains.map((c) => c.name)),
    list,
    quote,
    data: (value) => (/^(?:0x[0-9a-fA-F]*|-?\d+)$/.test(value) ? value : quote(value)),
    utc: (seconds) => {
      const ms = Number(seconds) * 1000
      // JavaScript dates end at ±8.64e15 ms; Permit2 writes 2^48 − 1 for "no expiry".
      if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return lang === 'zh-CN' ? '永不' : 'never'
      return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
    },
  }
}

/** Rounds to `significant` digits after the leading zeros of the fraction, so 0.000012345 stays readable. */
function humanUnits(value: bigint, decimals: number, locale: string, significant = 6): string {
  const [whole = '0', fraction = ''] = formatUnits(value, decimals).split('.')
  const leadingZeros = fraction.match(/^0*/)![0].length
  const kept = fraction.slice(0, whole === '0' || whole === '-0' ? leadingZeros + significant : significant).replace(/0+$/, '')
  const wholeText = BigInt(whole).toLocaleString(locale)
  return kept ? `${wholeText}.${kept}` : wholeText
}

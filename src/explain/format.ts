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
  /** For experts: the amount in the coin, then exactly, in its base unit (`2 ETH (2000000000000000000 wei)`). */
  nativeExact(amount: NativeAmount): string
  /** For experts: a token amount in units, then exactly, in base units; decimals unknown → base units, said so. */
  tokenExact(amount: bigint, decimals: number | undefined, symbol: string | undefined): string
  /** For experts: a fee per gas in gwei, then exactly, in wei (`1.5 gwei (1500000000 wei)`). */
  gweiExact(wei: bigint): string
  /** A span of time in the largest unit that keeps it readable: `42 seconds`, `7 minutes`, `3 hours`. */
  duration(seconds: bigint | number): string
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

/**
 * `whole`: addresses never shortened in this answer. A look-alike and the address it imitates share their first and
 * last characters, so shortened they read the same: in an answer about poisoning both are shown in full everywhere.
 */
export function formatter(lang: Lang, { whole }: { whole?: ReadonlySet<string> } = {}): Formatter {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US'
  const list = (items: string[]) => {
    if (items.length <= 1) return items[0] ?? ''
    if (lang === 'zh-CN') {
      // “和” takes a space on a side where Latin letters or digits meet it: “Local devnet 和 Base”.
      const [head, last] = [items.slice(0, -1).join('、'), items.at(-1)!]
      return `${head}${/[A-Za-z0-9»)]$/.test(head) ? ' ' : ''}和${/^[A-Za-z0-9«(]/.test(last) ? ' ' : ''}${last}`
    }
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
  }
  const quote = (value: string) => `«${sanitizeUntrusted(value)}»`
  const units = unitWords[lang]
  return {
    lang,
    native: ({ value, symbol, decimals }) => `${humanUnits(value, decimals, locale)} ${symbol}`,
    token: (amount, decimals, symbol) => {
      const label = symbol === undefined ? units.token : quote(symbol)
      if (decimals === undefined) return `${amount.toLocaleString(locale)} ${lang === 'zh-CN' ? '最小单位' : 'base units of'} ${label}`
      return `${humanUnits(amount, decimals, locale)} ${label}`
    },
    gwei: (wei) => `${humanUnits(wei, 9, locale, 4)} gwei`,
    nativeExact: ({ value, symbol, decimals }) => units.aside(`${humanUnits(value, decimals, locale)} ${symbol}`, `${value} ${baseUnitOf(symbol, decimals) ?? units.base}`),
    tokenExact: (amount, decimals, symbol) => {
      if (decimals === undefined) return units.unknownDecimals(`${amount}`, symbol === undefined ? units.theToken : quote(symbol))
      return units.aside(`${humanUnits(amount, decimals, locale)} ${symbol === undefined ? units.token : quote(symbol)}`, `${amount} ${units.base}`)
    },
    gweiExact: (wei) => units.aside(`${humanUnits(wei, 9, locale, 4)} gwei`, `${wei} wei`),
    duration: (seconds) => {
      const s = Math.round(Number(seconds))
      if (Math.abs(s) < 120) return units.seconds(s)
      if (Math.abs(s) < 2 * 3600) return units.minutes(Math.round(s / 60))
      return units.hours(Math.round(s / 3600))
    },
    short: (address) => (address.length > 14 && !whole?.has(address.toLowerCase()) ? `${address.slice(0, 6)}…${address.slice(-4)}` : address),
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

/** A coin's smallest unit where it has a name people use: wei for 18 decimals, sun for TRX (1 TRX = 1,000,000 sun). */
const baseUnitOf = (symbol: string, decimals: number): string | undefined => (decimals === 18 ? 'wei' : symbol === 'TRX' && decimals === 6 ? 'sun' : undefined)

/** The few unit words amounts carry, per language. */
const unitWords: Record<Lang, { base: string; token: string; theToken: string; aside: (text: string, note: string) => string; unknownDecimals: (raw: string, label: string) => string; seconds: (n: number) => string; minutes: (n: number) => string; hours: (n: number) => string }> = {
  en: {
    base: 'base units',
    token: 'tokens',
    theToken: 'the token',
    aside: (text, note) => `${text} (${note})`,
    unknownDecimals: (raw, label) => `${raw} base units of ${label} (its decimals are unknown)`,
    seconds: (n) => `${n} second${Math.abs(n) === 1 ? '' : 's'}`,
    minutes: (n) => `${n} minute${Math.abs(n) === 1 ? '' : 's'}`,
    hours: (n) => `${n} hour${Math.abs(n) === 1 ? '' : 's'}`,
  },
  'zh-CN': {
    base: '最小单位',
    token: '个代币',
    theToken: '该代币',
    aside: (text, note) => `${text}（${note}）`,
    unknownDecimals: (raw, label) => `${raw} 个最小单位的${label}（小数位数未知）`,
    seconds: (n) => `${n} 秒`,
    minutes: (n) => `${n} 分钟`,
    hours: (n) => `${n} 小时`,
  },
}

/** Rounds to `significant` digits after the leading zeros of the fraction, so 0.000012345 stays readable. */
function humanUnits(value: bigint, decimals: number, locale: string, significant = 6): string {
  const [whole = '0', fraction = ''] = formatUnits(value, decimals).split('.')
  const leadingZeros = fraction.match(/^0*/)![0].length
  const kept = fraction.slice(0, whole === '0' || whole === '-0' ? leadingZeros + significant : significant).replace(/0+$/, '')
  const wholeText = BigInt(whole).toLocaleString(locale)
  return kept ? `${wholeText}.${kept}` : wholeText
}

/** Bigints, and the decimal strings a diagnosis read back from JSON (a cached one) holds instead. */
export function toBigint(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value))
  if (typeof value === 'string' && /^-?\d{1,80}$/.test(value)) return BigInt(value)
  return undefined
}

/** How long an answer took, in seconds, for the footers: "< 0.01", two decimals under a second ("0.04"), else one ("2.3"). */
export const answerSeconds = (ms: number): string => (ms < 10 ? '< 0.01' : (ms / 1000).toFixed(ms < 1000 ? 2 : 1))

import type { Formatter } from './format.js'

/** A failure's facts that carry token amounts (TX_FAILED_SLIPPAGE, _ALLOWANCE, _BALANCE), all in `token`'s units. */
type AmountFacts = {
  token?: string
  symbol?: string
  decimals?: number
  minimumOut?: bigint
  allowance?: bigint
  needed?: bigint
  held?: bigint
}
type AmountKey = 'minimumOut' | 'allowance' | 'needed' | 'held'

/**
 * One amount of a failure, formatted once for both languages (each language's tx.ts writes only the sentences):
 * `plain` for people, only when the token gave its decimals (a base-unit count would mislead a newcomer by
 * a factor of a billion and more); `exact` for experts, in units with the base units beside them.
 *
 * @example failureAmount({ needed: 10n ** 18n, decimals: 18, symbol: 'WETH' }, 'needed', f) // { plain: '1 «WETH»', exact: '1 «WETH» (1000000000000000000 base units)' }
 */
export function failureAmount(x: AmountFacts, key: AmountKey, f: Formatter): { plain?: string; exact: string } | undefined {
  const value = x[key]
  if (value === undefined) return undefined
  return { ...(x.decimals === undefined ? {} : { plain: f.token(value, x.decimals, x.symbol) }), exact: f.tokenExact(value, x.decimals, x.symbol) }
}

/** The token the amounts are in, for experts: its quoted symbol and full address. */
export const tokenNamed = (x: AmountFacts, f: Formatter): string | undefined =>
  x.token === undefined ? undefined : x.symbol === undefined ? x.token : `${f.quote(x.symbol)} ${x.token}`

/** How long after its deadline a transaction was included, when both times are known and it was late. */
export const lateBy = (x: { deadline?: bigint; minedAt?: bigint }, f: Formatter): string | undefined =>
  x.deadline !== undefined && x.minedAt !== undefined && x.minedAt > x.deadline ? f.duration(x.minedAt - x.deadline) : undefined

/**
 * The expert's details: the subject's key numbers (`Diagnosis.facts`), each with a label in the reader's language
 * and its unit — fees per gas in gwei, amounts in the coin or the token with the exact base units beside them,
 * gas as counts, the node's latest block with what it means. Made once here; the CLI and the web form only draw
 * `Answer.details`, and the raw facts stay in `Answer.facts` for agents.
 */
import type { ChainRef, TxAction } from '../core/facts.js'
import type { Detail, Diagnosis, Lang } from '../core/types.js'
import { tronDetails, type TronDetailWords } from './details-tron.js'
import { detailsEn } from './en/details.js'
import { formatter, toBigint, type Formatter } from './format.js'
import { detailsZh } from './zh-CN/details.js'

/**
 * How each top-level fact is shown, in the vocabulary of the hand-off's kinds (./handoff-facts.ts) where they
 * mean the same, plus the few only the subject has. `consumed`: said with a sibling; `skip`: told elsewhere.
 */
export const detailKinds = {
  // Transactions (src/diagnose/tx/diagnose-tx.ts, vanished.ts)
  hash: 'hash', chainId: 'chain', from: 'address', to: 'address', nonce: 'nonce', value: 'native', coin: 'consumed',
  type: 'txType', typeHex: 'consumed', mint: 'native', sourceHash: 'hash', feeCurrency: 'address',
  gasLimit: 'gas', gasUsed: 'gasUsed', maxFeePerGas: 'gwei', maxPriorityFeePerGas: 'gwei', gasPrice: 'gwei', effectiveGasPrice: 'gwei',
  blockNumber: 'count', fee: 'fee', head: 'head', explorer: 'link', seenPendingAt: 'isoTime',
  // What the transaction did: the answer's words say it (src/diagnose/tx/subject.ts).
  subject: 'skip',
  // Addresses and approvals (src/diagnose/address, src/diagnose/approvals)
  address: 'address', ensName: 'plain', holdings: 'holdings', owner: 'address', approvals: 'approvals', scans: 'scans',
  // Nodes (src/diagnose/rpc/check-node.ts)
  endpoint: 'plain', latencyMs: 'ms', secondsBehind: 'duration', methodsMissing: 'list',
  // A TRON transaction (src/diagnose/tron): one row per number that matters, by ./details-tron.ts.
  tron: 'tron',
} as const

export type DetailKey = keyof typeof detailKinds
/** Keys shown under a label of their own. */
export type LabelledDetail = { [key in DetailKey]: (typeof detailKinds)[key] extends 'consumed' | 'skip' | 'tron' ? never : key }[DetailKey]

/** The words one language gives the details: labels and the few phrases values carry (../{en,zh-CN}/details.ts). */
export type DetailWords = {
  labels: Record<LabelledDetail, string>
  chain(name: string, id: number): string
  chainId(id: number): string
  gas(count: string): string
  gasShare(count: string, percent: string): string
  /** The fee, and how it was made: gas used × effective gas price (+ the L1 data fee on rollups). */
  feeProduct(fee: string, gasUsed: string, price: string): string
  feeWithL1(fee: string, gasUsed: string, price: string): string
  head(block: string, confirmations: string | undefined): string
  noRecipient: string
  /** `to` and `value` of a transaction that called a contract: not a recipient, not an amount paid to anyone. */
  contractCalled: string
  valueWithCall(symbol: string): string
  ms(n: number): string
  approval: { unlimited: string; everyItem: string; item(id: string): string; grantedIn(block: string): string; expires(time: string): string; revoke(call: string): string }
  scan(chain: string, from: string, to: string, requests: string, splits: string): string
  /** A value with a note on it: `eip1559 (0x2)`. */
  aside(text: string, note: string): string
  /** Between the parts of one line. */
  separator: string
  /** A TRON transaction's rows (./details-tron.ts). */
  tron: TronDetailWords
}

const words: Record<Lang, DetailWords> = { en: detailsEn, 'zh-CN': detailsZh }

type Facts = Record<string, unknown>
/** `creation`: a TRON transaction that created its receiver's account (its TX_SUCCESS finding has an activation fee). */
type Context = { w: DetailWords; f: Formatter; facts: Facts; chain: ChainRef | undefined; creation: boolean }

/**
 * The details of a diagnosis, in its facts' order: one labelled value per fact, one line per item of a list.
 * A fact this table does not know is shown as it is, under its own name, rather than hidden.
 *
 * @example details(diagnosis, 'en')[0] // { key: 'hash', label: 'Transaction', value: '0x2f5b…' }
 */
export function details(diagnosis: Pick<Diagnosis, 'facts' | 'chain'> & Partial<Pick<Diagnosis, 'findings'>>, lang: Lang): Detail[] {
  const creation = (diagnosis.findings ?? []).some((x) => x.code === 'TX_SUCCESS' && 'activationFee' in x.facts && x.facts.activationFee !== undefined)
  const ctx: Context = { w: words[lang], f: formatter(lang), facts: diagnosis.facts, chain: diagnosis.chain, creation }
  const call = callsContract(diagnosis.facts.subject)
  return Object.entries(diagnosis.facts).flatMap(([key, value]) => {
    // A contract creation has no recipient: said, not left out.
    if (key === 'to' && value === null) return [{ key, label: ctx.w.labels.to, value: ctx.w.noRecipient }]
    const shown = value === undefined || value === null ? [] : detailsOf(key, value, ctx)
    // A token transfer's or a swap's `to` is the contract it called, and its `value` the coin sent along with the call.
    if (call && key === 'to') return shown.map((d) => ({ ...d, label: ctx.w.contractCalled }))
    if (call && key === 'value') return shown.map((d) => ({ ...d, label: ctx.w.valueWithCall(coinSymbol(ctx.facts) ?? '') }))
    return shown
  })
}

/** The subject's (`facts.subject`) call went to a contract doing the work (a token, a router, an app), not to the one paid. */
export function callsContract(subject: unknown): boolean {
  const kind = isObject(subject) && isObject(subject.action) ? subject.action.kind : undefined
  return (['token-transfer', 'approval', 'swap', 'contract-call'] satisfies TxAction['kind'][] as string[]).includes(String(kind))
}

const coinSymbol = (facts: Facts) => (isObject(facts.coin) && typeof facts.coin.symbol === 'string' ? facts.coin.symbol : undefined)

function detailsOf(key: string, value: unknown, ctx: Context): Detail[] {
  const kind = (detailKinds as Record<string, string>)[key]
  if (kind === 'consumed' || kind === 'skip') return []
  if (kind === 'tron') return tronDetails(value, ctx.w.tron, ctx.f, ctx.creation)
  const label = kind === undefined ? key : ctx.w.labels[key as LabelledDetail]
  if (kind === 'holdings' || kind === 'approvals' || kind === 'scans') {
    if (!Array.isArray(value)) return []
    return value.filter(isObject).map((item) => ({ key, label, value: itemLine(kind, item, ctx) }))
  }
  if (kind === 'link' && typeof value === 'string') {
    // txdoctor's own chain registry made this address, so it may be a link; anything else stays text.
    return [{ key, label, value, ...(/^https:\/\/\S+$/.test(value) ? { link: value } : {}) }]
  }
  const shown = kind === undefined ? plain(value) : valueOf(kind, value, ctx)
  return shown === undefined ? [] : [{ key, label, value: shown }]
}

/** One value with its unit. */
function valueOf(kind: string, value: unknown, { w, f, facts, chain }: Context): string | undefined {
  const n = toBigint(value)
  const coin = isObject(facts.coin) && typeof facts.coin.symbol === 'string' && typeof facts.coin.decimals === 'number' ? { symbol: facts.coin.symbol, decimals: facts.coin.decimals } : undefined
  switch (kind) {
    case 'hash': case 'address': case 'plain': return typeof value === 'string' ? value : undefined
    case 'nonce': case 'count': return n === undefined ? undefined : f.count(n)
    case 'chain': return n === undefined ? undefined : chain?.id === Number(n) ? w.chain(chain.name, chain.id) : w.chainId(Number(n))
    case 'native': {
      if (isObject(value) && typeof value.symbol === 'string' && typeof value.decimals === 'number') {
        const units = toBigint(value.value)
        return units === undefined ? undefined : f.nativeExact({ value: units, symbol: value.symbol, decimals: value.decimals })
      }
      if (n === undefined) return undefined
      return coin ? f.nativeExact({ value: n, ...coin }) : `${n} wei`
    }
    case 'gwei': return n === undefined ? undefined : f.gweiExact(n)
    case 'gas': return n === undefined ? undefined : w.gas(f.count(n))
    case 'gasUsed': {
      const limit = toBigint(facts.gasLimit)
      if (n === undefined) return undefined
      return limit ? w.gasShare(f.count(n), percent(n, limit)) : w.gas(f.count(n))
    }
    case 'fee': {
      if (!isObject(value)) return undefined
      const paid = toBigint(value.value)
      if (paid === undefined || typeof value.symbol !== 'string' || typeof value.decimals !== 'number') return undefined
      const text = f.nativeExact({ value: paid, symbol: value.symbol, decimals: value.decimals })
      const [gasUsed, price] = [toBigint(facts.gasUsed), toBigint(facts.effectiveGasPrice)]
      if (gasUsed === undefined || price === undefined) return text
      // Rollups add what posting the transaction to Ethereum cost: the product alone would be less than paid.
      return (paid === gasUsed * price ? w.feeProduct : w.feeWithL1)(text, f.count(gasUsed), f.gwei(price))
    }
    case 'head': {
      const block = toBigint(facts.blockNumber)
      return n === undefined ? undefined : w.head(f.count(n), block !== undefined && n >= block ? f.count(n - block + 1n) : undefined)
    }
    case 'txType': {
      const hex = typeof facts.typeHex === 'string' ? facts.typeHex : undefined
      return typeof value === 'string' ? (hex ? w.aside(value, hex) : value) : hex
    }
    case 'isoTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN
      return Number.isNaN(ms) ? undefined : f.utc(Math.floor(ms / 1000))
    }
    case 'ms': return n === undefined ? undefined : w.ms(Number(n))
    case 'duration': return n === undefined ? undefined : f.duration(n)
    case 'list': return Array.isArray(value) ? (value.length ? value.map(String).join(', ') : undefined) : plain(value)
    default: return plain(value)
  }
}

/** One line per holding, permission or scanned chain: what a support engineer reads first comes first. */
function itemLine(kind: 'holdings' | 'approvals' | 'scans', item: Facts, ctx: Context): string {
  const { w, f } = ctx
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
  const decimals = typeof item.decimals === 'number' ? item.decimals : undefined
  const symbol = text(item.symbol)
  const chainName = isObject(item.chain) && typeof item.chain.name === 'string' ? item.chain.name : typeof item.chain === 'number' ? chainNameOf(item.chain, ctx) : undefined
  if (kind === 'scans') {
    const count = (v: unknown) => f.count(toBigint(v) ?? 0n)
    return w.scan(chainName ?? '', count(item.fromBlock), count(item.toBlock), count(item.logRequests), count(item.rangeSplits))
  }
  const token = symbol ? `${f.quote(symbol)} ${text(item.token) ?? ''}`.trim() : text(item.token)
  const amount = toBigint(item.amount)
  if (kind === 'holdings') return [amount === undefined ? undefined : f.tokenExact(amount, decimals, symbol), text(item.token), chainName].filter(Boolean).join(w.separator)
  // An approval: one permission, how far it reaches, where it was granted, and the call that removes it.
  const permission = text(item.permission) ?? text(item.kind)
  const tokenId = toBigint(item.tokenId)
  const reach =
    permission === 'for-all'
      ? w.approval.everyItem
      : permission === 'nft'
        ? w.approval.item(tokenId === undefined ? '?' : tokenId.toString())
        : amount === undefined
          ? w.approval.unlimited
          : f.tokenExact(amount, decimals, symbol)
  const expiration = toBigint(item.expiration)
  const grantedIn = isObject(item.grantedIn) ? toBigint(item.grantedIn.blockNumber) : undefined
  return [
    chainName,
    token,
    text(item.spenderLabel) ? `${text(item.spenderLabel)} ${text(item.spender) ?? ''}`.trim() : text(item.spender),
    reach,
    expiration === undefined ? undefined : w.approval.expires(f.utc(expiration)),
    grantedIn === undefined ? undefined : w.approval.grantedIn(f.count(grantedIn)),
    text(item.revoke) ? w.approval.revoke(text(item.revoke)!) : undefined,
  ]
    .filter(Boolean)
    .join(w.separator)
}

/** A chain named only by its id (holdings, scans): its name where the diagnosis names it elsewhere. */
function chainNameOf(id: number, { w, facts, chain }: Context): string {
  if (chain?.id === id) return chain.name
  const named = Array.isArray(facts.approvals) ? facts.approvals.filter(isObject).map((a) => a.chain).find((c) => isObject(c) && c.id === id && typeof c.name === 'string') : undefined
  return isObject(named) ? String(named.name) : w.chainId(id)
}

const percent = (part: bigint, whole: bigint) => `${Number((part * 1000n) / whole) / 10}%`
const plain = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) : String(value)
const isObject = (value: unknown): value is Facts => typeof value === 'object' && value !== null && !Array.isArray(value)

import type { ChainRef, NativeAmount } from '../core/facts.js'
import { severityRank } from '../core/codes.js'
import type { TronFacts } from '../core/tron-facts.js'
import type { Diagnosis, Finding, Lang } from '../core/types.js'
import { callsContract } from './details.js'
import { handoffEn } from './en/handoff.js'
import { formatter, type Formatter } from './format.js'
import { factKinds, groupedFacts, skippedGroupedFacts, type FactKind, type GroupedFact, type HandoffWords } from './handoff-facts.js'
import { panicMeaning } from './panic.js'
import { outOfEnergyView, retryMarginPercent } from './views/tron.js'
import { handoffZh } from './zh-CN/handoff.js'

const words: Record<Lang, HandoffWords> = { en: handoffEn, 'zh-CN': handoffZh }

/**
 * What the reader is told first: the most important finding's novice title and novice actions (from the catalog),
 * and the novice sentence saying which transaction it is (what moved, between whom, when).
 */
export type HandoffLead = { title: string; actions: string[]; about?: string }

/** Lists of objects longer than this end with "… and N more". */
/** Lists in a hand-off (approvals, chains): enough for a wallet's worth of risky permissions, bounded for a page. */
const maxItems = 12

/**
 * A plain-text summary a user can paste to a human support agent, in the user's language: one or two sentences
 * (what happened, the first step to take), then one labelled fact per line — the network, the full hash or
 * address, the status in words, every finding code, the facts of the most important finding with their units —
 * and when it was checked, by which version. `lead` comes from explain(), which owns the catalog.
 */
export function handoff(diagnosis: Diagnosis, ordered: Finding[], lang: Lang, lead?: HandoffLead, now = new Date()): string {
  const w = words[lang]
  const f = formatter(lang)
  const facts = diagnosis.facts
  const subject = subjectOf(diagnosis)
  // A TRON transfer that created its receiver's account: its `net_fee` paid for the creation, not for bytes.
  const creation = ordered.some((x) => x.code === 'TX_SUCCESS' && 'activationFee' in x.facts && x.facts.activationFee !== undefined)
  const ctx: Context = { w, f, lang, code: ordered[0]?.code, chainId: diagnosis.chain?.id, known: new Set([subject, diagnosis.input]), creation }

  const step = lead?.actions.find((action) => !w.reminders.includes(action))
  const lines: string[] = [w.summary(lead?.title ?? w.status[diagnosis.status], step), ...(lead?.about ? [lead.about] : []), '']
  if (diagnosis.chain) lines.push(`${w.labels.network}${w.colon}${w.chain(diagnosis.chain.name, diagnosis.chain.id)}`)
  lines.push(`${w.labels.input[diagnosis.kind]}${w.colon}${subject}`)
  // An ENS name, or an explorer link, that became the hash or address above.
  if (!diagnosis.input.includes(subject)) lines.push(`${w.labels.entered}${w.colon}${f.quote(diagnosis.input)}`)
  lines.push(`${w.labels.status}${w.colon}${statusOf(diagnosis, ctx)}`)
  if (diagnosis.kind === 'transaction') lines.push(...transactionLines(diagnosis, ctx))
  const tron = diagnosis.kind === 'transaction' && isObject(facts.tron) ? facts.tron : undefined
  if (tron) lines.push(...tronTransactionLines(tron, ordered[0]?.facts as Facts | undefined, ctx))
  if (ordered.length) lines.push(`${w.labels.codes}${w.colon}${ordered.map((x) => w.codeWithSeverity(x.code, w.severity[x.severity])).join(w.comma)}`)
  if (ordered[0]) lines.push(...render(pieces(withoutRepeats(ordered[0].facts as Facts, facts), ctx), ctx))
  if (ordered[0]?.code === 'TX_FAILED_OUT_OF_ENERGY') lines.push(...retryLines(ordered[0].facts as TronFacts['TX_FAILED_OUT_OF_ENERGY'], ctx))
  // Where a danger or a warning leads, the block it went into and the fee still matter to an agent.
  const mined = ordered.find((x) => x.code === 'TX_SUCCESS')
  if (mined && mined !== ordered[0]) lines.push(...render(pieces(pick(mined.facts as Facts, ['blockNumber', 'confirmations', 'fee']), ctx), ctx))
  // Where a danger or a warning leads an account's answer (a TRON account others control), what it holds is at risk.
  const held = diagnosis.kind === 'address' && ordered[0] && severityRank(ordered[0].severity) >= severityRank('warning') ? ordered.find((x) => x.code === 'ADDRESS_ACTIVITY') : undefined
  if (held) lines.push(...render(pieces(pick(held.facts as Facts, ['balance', 'holdings', 'unreadTokens']), ctx), ctx))
  // An approvals check: every other risky permission too, one line each, so the agent sees all that must go.
  const otherRisks = diagnosis.kind === 'approvals' ? ordered.slice(1).filter((x) => severityRank(x.severity) >= severityRank('warning')) : []
  if (otherRisks.length) lines.push(...render(items('approvals', otherRisks.map((x) => pick(x.facts as Facts, approvalLineKeys)), ctx), ctx))
  if (typeof facts.explorer === 'string' && /^https:\/\/\S+$/.test(facts.explorer)) lines.push(`${w.labels.explorer}${w.colon}${facts.explorer}`)
  lines.push(`${w.labels.checkedAt}${w.colon}${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}`)
  lines.push(`${w.labels.version}${w.colon}${diagnosis.meta.version}`)
  // One fact once: a deposit's sender is also the transaction's.
  return lines.filter((line, i) => line === '' || lines.indexOf(line) === i).join('\n')
}

type Facts = Record<string, unknown>

/**
 * Who sent the transaction, and what it was sent to: the contract it called (a token, a router, an app) is not a
 * recipient, and its sender is not always the wallet the answer is about (a lure's sender is the scammer).
 */
function transactionLines(diagnosis: Diagnosis, ctx: Context): string[] {
  const { w } = ctx
  const { from, to, nonce } = diagnosis.facts
  const call = callsContract(diagnosis.facts.subject)
  const line = (label: string, value: unknown) => (typeof value === 'string' && value ? [`${label}${w.colon}${value}`] : [])
  return [...line(w.labels.sentBy, from), ...line(call ? w.labels.contractCalled : w.facts.to, to), ...render(pieces({ nonce }, ctx), ctx)]
}

/**
 * The status in words; a failed TRON transaction says the fee it actually charged (often nothing: staked energy and
 * bandwidth paid), not that "the network fee was charged".
 */
function statusOf(diagnosis: Diagnosis, { w, f }: Context): string {
  const costs = isObject(diagnosis.facts.tron) ? diagnosis.facts.tron.costs : undefined
  if (diagnosis.status !== 'failed' || !isObject(costs) || !isNative(costs.fee)) return w.status[diagnosis.status]
  const staked = big(costs.energyFromStake)
  return w.failedWithFee(f.native({ ...costs.fee, value: big(costs.fee.value)! }), staked ? f.count(staked) : undefined)
}

/**
 * A TRON transaction's sender, recipient and amount in full, from what it asked (`facts.tron.action`): a failed
 * transfer logged nothing, so this is the only place they are said. A success's Transfer logs say a token transfer
 * already (the leading finding's `transfers`).
 */
function tronTransactionLines(tron: Facts, leading: Facts | undefined, ctx: Context): string[] {
  const { w } = ctx
  const a = isObject(tron.action) ? tron.action : undefined
  const sender = typeof tron.sender === 'string' ? tron.sender : undefined
  const line = (label: string, value: unknown) => (typeof value === 'string' && value ? [`${label}${w.colon}${value}`] : [])
  switch (a?.kind) {
    case 'token-transfer': {
      if (Array.isArray(leading?.transfers) && leading.transfers.length) return []
      const transfer = { amount: a.amount, token: a.token, symbol: a.symbol, decimals: a.decimals, from: sender, to: a.to }
      return render(items('transfers', [Object.fromEntries(Object.entries(transfer).filter(([, v]) => v !== undefined))], ctx), ctx)
    }
    case 'trx-transfer': return [...line(w.labels.tronSender, sender), ...line(w.facts.to, a.to), ...render(pieces({ value: a.amount }, ctx), ctx)]
    case 'contract-call': {
      const sent = isNative(a.callValue) && big(a.callValue.value) ? { callValue: a.callValue } : {}
      return [...line(w.labels.tronSender, sender), ...line(w.labels.contractCalled, a.contract), ...render(pieces(sent, ctx), ctx)]
    }
    case 'other': return [...line(w.labels.tronSender, sender), ...render(pieces({ contractType: a.contractType }, ctx), ctx)]
    default: return line(w.labels.tronSender, sender)
  }
}

/**
 * A failed TRON send: what a retry needs, the same numbers the cards give (./views/tron.ts), and what was not read
 * that they rest on (the recipient's USDT balance).
 */
function retryLines(x: TronFacts['TX_FAILED_OUT_OF_ENERGY'], { w, f }: Context): string[] {
  const v = outOfEnergyView(x)
  const line = (label: string, value: string) => `${label}${w.colon}${value}`
  const notRead = v.needed && !v.needed.certain ? [w.retry.holdsNotRead] : []
  const p = v.plan
  if (!p || !v.needed) return notRead
  return [
    ...notRead,
    line(w.retry.energy(f.count(v.needed.energy), retryMarginPercent), f.count(p.energy)),
    line(w.retry.feeLimit, f.native(p.feeLimit)),
    line(w.retry.balance(f.count(p.energyHeld)), f.native(p.balance)),
    ...(p.topUp ? [line(w.retry.topUp, f.native(p.topUp))] : []),
    w.retry.onlyUsed,
  ]
}

/** A finding's sender or recipient says again what the transaction's own "Sent by" and "To" lines say: once is enough. */
function withoutRepeats(facts: Facts, tx: Facts): Facts {
  const same = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()
  return Object.fromEntries(Object.entries(facts).filter(([key, value]) => !(key === 'sentBy' && same(value, tx.from)) && !(key === 'recipient' && same(value, tx.to))))
}

/** What identifies a permission on one line: where, who may spend, which token, how much. */
const approvalLineKeys = ['chain', 'spender', 'spenderLabel', 'token', 'symbol', 'permission', 'tokenId', 'amount', 'decimals', 'risks']

const pick = (facts: Facts, keys: string[]): Facts => Object.fromEntries(keys.filter((key) => key in facts).map((key) => [key, facts[key]]))
type Context = { w: HandoffWords; f: Formatter; lang: Lang; code: Finding['code'] | undefined; chainId: number | undefined; known: Set<string>; creation: boolean }
/** One fact, labelled, or a sentence of its own (a boolean, a line per item of a list). */
type Piece = { label: string; value: string } | { sentence: string }

/** The hash or address the answer is about, in full: what a support agent looks up. */
function subjectOf({ kind, input, facts }: Diagnosis): string {
  const id = kind === 'transaction' ? facts.hash : kind === 'address' ? facts.address : kind === 'approvals' ? facts.owner : undefined
  if (typeof id === 'string' && /^0x[0-9a-fA-F]+$/.test(id)) return id
  // TRON: the transaction's id as TRON writes it (64 hex, no 0x), or the account's T… address.
  const tronId = kind === 'transaction' && isObject(facts.tron) ? facts.tron.id : undefined
  if (typeof tronId === 'string' && /^[0-9a-fA-F]{64}$/.test(tronId)) return tronId
  if (kind === 'address' && typeof id === 'string' && /^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(id)) return id
  return input
}

function render(list: Piece[], { w }: Context): string[] {
  return list.map((p) => ('sentence' in p ? p.sentence : `${p.label}${w.colon}${p.value}`))
}

/** The facts of one object as pieces, in their order; `path` names the group they sit in. */
function pieces(facts: Facts, ctx: Context, path?: string, inItem = false): Piece[] {
  const { w } = ctx
  const out: Piece[] = []
  // In a list's line, the amount comes first: what moved, then where.
  const entries = Object.entries(facts).sort(([a], [b]) => (inItem ? Number(b === 'amount') - Number(a === 'amount') : 0))
  // A permission without an amount is unlimited (or, for a collection, covers every item).
  if (isAllowance(facts) && facts.amount === undefined && !('amount' in facts)) entries.push(['amount', undefined])
  for (const [key, value] of entries) {
    const at = path ? `${path}.${key}` : key
    if (skippedGroupedFacts.includes(at)) continue
    const kind: FactKind = (factKinds as Record<string, FactKind>)[key] ?? 'skip'
    if (kind === 'skip' || kind === 'consumed') continue
    if (kind === 'flag') {
      const sentence = typeof value === 'boolean' ? w.flags[key as keyof HandoffWords['flags']][`${value}`] : undefined
      if (sentence) out.push({ sentence })
      continue
    }
    if (kind === 'group') {
      if (isObject(value)) out.push(...pieces(value, ctx, key))
      continue
    }
    if (kind === 'items' && Array.isArray(value) && value.some((item) => isObject(item) && !isChain(item))) {
      if (!inItem) out.push(...items(key, value.filter(isObject), ctx))
      continue
    }
    const label = labelOf(key, at, facts, ctx)
    const shown = format(key, kind, value, facts, ctx, inItem)
    if (shown !== undefined) out.push({ label, value: shown })
  }
  return out
}

function labelOf(key: string, at: string, facts: Facts, { w, creation }: Context): string {
  if (key === 'amount' && isAllowance(facts)) return w.labels.allowance
  if (key === 'bandwidthBurned' && creation) return w.labels.creationBurned
  if (key === 'name' && 'threshold' in facts) return w.labels.permissionName
  const labels = w.facts as Record<string, string>
  return (groupedFacts as readonly string[]).includes(at) ? labels[at as GroupedFact]! : (labels[key] ?? key)
}

/** A list of objects, one line each: a chain's line starts with the chain, others with the list's label. */
function items(key: string, list: Facts[], ctx: Context): Piece[] {
  const { w } = ctx
  const lines = list.slice(0, maxItems).map((item): Piece => {
    const { chain, ...rest } = item
    const head = isChain(chain) ? w.chain(chain.name, chain.id) : labelOf(key, key, {}, ctx)
    const parts = pieces(isChain(chain) ? rest : item, ctx, undefined, true).map((p) =>
      'sentence' in p ? w.inline(p.sentence) : [w.inline(p.label), p.value].filter(Boolean).join(' '),
    )
    return { sentence: `${head}${w.colon}${parts.join(w.separator)}` }
  })
  if (list.length > maxItems) lines.push({ sentence: w.more(list.length - maxItems) })
  return lines
}

/** One value for people: units on amounts, words for enumerations, quotes on what the chain said. */
function format(key: string, kind: FactKind, value: unknown, siblings: Facts, ctx: Context, inItem: boolean): string | undefined {
  const { w, f, lang } = ctx
  if (kind === 'amount') return amount(value, siblings, ctx)
  if (value === undefined || value === null) return undefined
  if (isNative(value)) {
    // A token transfer or a contract call sends no coin: "0 ETH sent" is no news.
    const units = big(value.value)!
    return key === 'value' && units === 0n ? undefined : f.native({ ...value, value: units })
  }
  if (isChain(value)) return !inItem && value.id === ctx.chainId ? undefined : w.chain(value.name, value.id)
  if (Array.isArray(value) && value.length && value.every(isChain)) return value.map((c) => w.chain(c.name, c.id)).join(w.comma)
  const list = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null)
  if (list.length === 0) return undefined
  const join = (shown: (string | undefined)[]) => {
    const kept = shown.filter((s): s is string => s !== undefined)
    return kept.length ? kept.join(w.comma) : undefined
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
  switch (kind) {
    case 'gwei': return join(list.map((v) => opt(big(v), f.gwei)))
    case 'count': return join(list.map((v) => opt(big(v), f.count)))
    case 'nonce': case 'plain': return join(list.map((v) => (typeof v === 'string' && ctx.known.has(v) ? undefined : String(v))))
    case 'address': case 'hash': {
      const shown = join(list.map((v) => (typeof v !== 'string' || ctx.known.has(v) ? undefined : v)))
      // A label from txdoctor's registry, or a token's symbol (quoted: the token chose it), names the address.
      const name = typeof siblings[`${key}Label`] === 'string' ? (siblings[`${key}Label`] as string) : key === 'token' && typeof siblings.symbol === 'string' ? f.quote(siblings.symbol) : undefined
      return shown && name ? w.aside(name, shown) : shown
    }
    case 'quote':
      // The symbol is said with its token's address, or with the amount; `Error` and `Panic` name no more than the reason.
      if (key === 'symbol' && ('token' in siblings || 'amount' in siblings)) return undefined
      if (key === 'errorName' && (value === 'Error' || value === 'Panic')) return undefined
      return join(list.map((v) => opt(text(v), f.quote)))
    case 'data': return join(list.map((v) => opt(text(v), f.data)))
    case 'name': return join(list.map(text))
    case 'time': return join(list.map((v) => opt(big(v), (s) => (s > 253_402_300_799n ? w.neverExpires : new Date(Number(s) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')))))
    case 'duration': return join(list.map((v) => opt(big(v), (s) => duration(Number(s), w))))
    case 'ms': return join(list.map((v) => opt(big(v), (ms) => w.milliseconds(Number(ms)))))
    case 'panic': return join(list.map((v) => (typeof v === 'number' ? w.aside(`0x${v.toString(16)}`, panicMeaning(v, lang)) : undefined)))
    case 'reasonSource': return join(list.map((v) => w.reasonSource[v as keyof HandoffWords['reasonSource']]))
    case 'source': return join(list.map((v) => w.source[v as keyof HandoffWords['source']]))
    case 'scamReason': return join(list.map((v) => w.scamReason[v as keyof HandoffWords['scamReason']]))
    // The answer's own network line names it already (a TRON finding's `network: 'tron'`).
    case 'network': return ctx.chainId !== undefined ? undefined : join(list.map((v) => w.network[v as keyof HandoffWords['network']]))
    case 'enum': return join(list.map((v) => w.enums[v as keyof HandoffWords['enums']]))
    case 'standard': return join(list.map((v) => opt(text(v), (s) => s.toUpperCase().replace(/^ERC/, 'ERC-'))))
    case 'method': return join(list.map((v) => opt(text(v), (m) => (m === 'permit2' ? 'Permit2' : `${m}()`))))
    case 'codes': return join(list.map(text))
    default: return undefined
  }
}

/** A token amount with its siblings' decimals and symbol; a permission without one is unlimited. */
function amount(value: unknown, siblings: Facts, { w, f, code }: Context): string | undefined {
  if (value === undefined || value === null) {
    // One NFT is named by its tokenId; a risky-approvals summary line carries no amount at all.
    if (!isAllowance(siblings) || siblings.permission === 'nft') return undefined
    return siblings.permission === 'for-all' || code === 'APPROVAL_FOR_ALL' || siblings.method === 'setApprovalForAll' ? w.everyItem : w.unlimited
  }
  const units = big(value)
  if (units === undefined) return undefined
  const symbol = typeof siblings.symbol === 'string' ? siblings.symbol : undefined
  if (siblings.standard === 'erc721') return undefined
  if (siblings.standard === 'erc1155') return `${f.count(units)} ${symbol ? f.quote(symbol) : ''}`.trim()
  // Without decimals an amount is only base units, which read as a number a thousand billion times too big.
  if (typeof siblings.decimals !== 'number') return w.unknownDecimals
  return f.token(units, siblings.decimals, symbol)
}

function duration(seconds: number, w: HandoffWords): string {
  if (seconds < 120) return w.seconds(Math.round(seconds))
  if (seconds < 2 * 3600) return w.minutes(Math.round(seconds / 60))
  return w.hours(Math.round(seconds / 3600))
}

// A failed call's allowance names what was needed: it is not a permission granted (and never "unlimited").
const isAllowance = (facts: Facts) => 'spender' in facts && 'token' in facts && !('needed' in facts)
const isObject = (value: unknown): value is Facts => typeof value === 'object' && value !== null && !Array.isArray(value)
const isChain = (value: unknown): value is ChainRef => isObject(value) && typeof value.id === 'number' && typeof value.name === 'string'
const isNative = (value: unknown): value is NativeAmount =>
  isObject(value) && 'value' in value && typeof value.symbol === 'string' && typeof value.decimals === 'number' && big(value.value) !== undefined
const opt = <value, result>(value: value | undefined, fn: (value: value) => result): result | undefined => (value === undefined ? undefined : fn(value))

/** Bigints, and the decimal strings a diagnosis read back from JSON would hold. */
function big(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value))
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value)
  return undefined
}

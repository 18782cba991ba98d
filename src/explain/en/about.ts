import type { TokenAmount, TokenRef, TxAction, TxSubject } from '../../core/facts.js'
import { approvalArg, tradeView, type AboutView, type AboutWords, type ApprovalsAboutWords, type Waited } from '../about-view.js'
import type { Formatter } from '../format.js'

type Action<kind extends TxAction['kind']> = Extract<TxAction, { kind: kind }>

const waited = ({ count, unit }: Waited) => `${count} ${unit}${count === 1 ? '' : 's'}`
const amount = (t: TokenAmount, f: Formatter) => f.token(t.amount, t.decimals, t.symbol)
const tokenName = (t: { token: string; symbol?: string }, f: Formatter) => (t.symbol ? f.quote(t.symbol) : `the token at ${f.short(t.token)}`)
const minimum = (value: bigint, out: TokenRef | undefined, f: Formatter) =>
  out?.decimals === undefined ? `${value} base units` : `${f.token(value, out.decimals, out.symbol)} (${value} base units)`
const exactIn = (value: bigint, token: TokenRef | undefined, f: Formatter) =>
  token?.decimals === undefined ? `${value} base units` : `${f.token(value, token.decimals, token.symbol)} (${value} base units)`
const named = (address: string, label: string | undefined, f: Formatter) => (label ? `${label} (${f.short(address)})` : f.short(address))

/** What a swap sells and buys, as far as its input says: "1 «WETH» for at least 3 «DAI»". */
function tradeNovice(a: Action<'swap'>, f: Formatter): string {
  const v = tradeView(a)
  if (v.kind === 'none') return ''
  if (v.kind === 'moved') return ` of ${f.list(v.paid.map((t) => amount(t, f)))} for ${f.list(v.received.map((t) => amount(t, f)))}`
  const sells = 'exact' in v.sells ? amount(v.sells.exact, f) : 'upTo' in v.sells ? `up to ${amount(v.sells.upTo, f)}` : tokenName(v.sells.token, f)
  const buys = 'atLeast' in v.buys ? `at least ${amount(v.buys.atLeast, f)}` : tokenName(v.buys.token, f)
  return ` of ${sells} for ${buys}`
}

/** A lure's entry, said for what it is: a fake payment from the victim, or dust from the look-alike. */
function lureNovice(l: NonNullable<AboutView['lure']>, f: Formatter): string {
  const moved = f.token(l.amount, l.decimals, l.symbol)
  return l.direction === 'victim-to-lookalike'
    ? `a fake transfer of ${moved}, made to look as if ${f.short(l.victim)} had sent it to ${f.short(l.lookalike)}; it was sent by ${f.short(l.sentBy)}`
    : `a tiny transfer of ${moved} from the look-alike address ${f.short(l.lookalike)} to ${f.short(l.victim)}, sent to plant that address in its history`
}

/** What it did, as a noun phrase a newcomer reads: "a transfer of 250 «TUSD» from … to …". */
function whatNovice(s: TxSubject, f: Formatter, v: AboutView): string {
  const a = s.action
  if (v.lure) return lureNovice(v.lure, f)
  switch (a.kind) {
    case 'native-transfer':
      return `a transfer of ${f.native(a.value)} from ${f.short(s.from)} to ${f.short(a.to)}`
    case 'token-transfer':
      return a.standard === 'erc721'
        ? `a transfer of item #${a.tokenId ?? '?'} of ${tokenName(a, f)} from ${f.short(a.from)} to ${f.short(a.to)}`
        : `a transfer of ${amount(a, f)} from ${f.short(a.from)} to ${f.short(a.to)}`
    case 'approval':
      return approvalNovice(a, f)
    case 'swap': {
      const trade = tradeNovice(a, f)
      const paying = !a.paid.length && a.value.value > 0n ? `, paying ${f.native(a.value)}` : ''
      return `a swap${trade} on the exchange app at ${named(a.router, a.routerLabel, f)}, from ${f.short(s.from)}${paying}`
    }
    case 'delegation':
      return `a change that hands control of ${f.list(a.delegations.map((d) => `wallet ${f.short(d.authority)} to the program at ${f.short(d.delegate)}`))}`
    case 'deployment':
      return `the creation of a new app contract by ${f.short(s.from)}`
    case 'bridge-deposit':
      return a.system ? "the network's own automatic update about Ethereum" : `a deposit from Ethereum of ${f.native(a.mint)} to ${a.to ? f.short(a.to) : f.short(s.from)}`
    case 'contract-call':
      return `a request from ${f.short(s.from)} to the app at ${f.short(a.contract)}${a.value.value > 0n ? `, sending ${f.native(a.value)}` : ''}`
  }
}

function approvalNovice(a: Action<'approval'>, f: Formatter): string {
  const spender = named(a.spender, a.spenderLabel, f)
  if (a.revoke) return `the removal of the permission of ${spender} to use ${tokenName(a, f)} from wallet ${f.short(a.owner)}`
  const scope =
    a.method === 'setApprovalForAll'
      ? `move every item of ${tokenName(a, f)}`
      : a.unlimited || a.amount === undefined
        ? `spend any amount of ${tokenName(a, f)}`
        : `spend up to ${f.token(a.amount, a.decimals, a.symbol)}`
  return `a permission from wallet ${f.short(a.owner)} for ${spender} to ${scope}`
}

function whenNovice(s: TxSubject, v: AboutView): string {
  if (s.state === 'pending') return v.waited ? `, waiting for at least ${waited(v.waited)}` : ', not processed yet'
  if (s.state === 'replaced' || s.state === 'dropped') return v.firstSeen ? `, first seen waiting on ${v.firstSeen.day} at ${v.firstSeen.time} UTC` : ''
  const at = v.mined ? ` on ${v.mined.day} at ${v.mined.time} UTC` : ''
  return s.state === 'succeeded' ? `, ${v.lure ? 'recorded' : 'completed'}${at}` : `; it was tried${at} and failed`
}

/** Exact terms: method, amounts with and without decimals, addresses, nonce, block, time. */
function whatExpert(s: TxSubject, f: Formatter): string {
  const a = s.action
  const wei = (v: { value: bigint }) => `${v.value} wei`
  switch (a.kind) {
    case 'native-transfer':
      return `native transfer of ${f.native(a.value)} (${wei(a.value)}) ${f.short(s.from)} → ${f.short(a.to)}`
    case 'token-transfer': {
      const source = a.source === 'logs' ? 'from its Transfer log' : 'decoded from the input'
      return a.standard === 'erc721'
        ? `ERC-721 transfer of token #${a.tokenId ?? '?'} of ${tokenName(a, f)} (${f.short(a.token)}) ${f.short(a.from)} → ${f.short(a.to)}, ${source}`
        : `ERC-20 transfer of ${amount(a, f)} (${a.amount} base units, token ${f.short(a.token)}) ${f.short(a.from)} → ${f.short(a.to)}, ${source}`
    }
    case 'approval': {
      const v = approvalArg(a)
      const value = v.kind === 'flag' ? String(v.approved) : v.kind === 'zero' ? '0' : v.kind === 'unlimited' ? 'unlimited' : `${f.token(v.amount, a.decimals, a.symbol)} (${v.amount} base units)`
      const call = v.call
      return `${call}(spender ${named(a.spender, a.spenderLabel, f)}, ${value}) on ${tokenName(a, f)} (${f.short(a.token)}), owner ${f.short(a.owner)}`
    }
    case 'swap':
      return (
        `router call ${a.functionName} on ${named(a.router, a.routerLabel, f)}` +
        (a.tokenIn && a.tokenOut ? ` (${tokenName(a.tokenIn, f)} → ${tokenName(a.tokenOut, f)})` : '') +
        `, value ${f.native(a.value)}` +
        (a.amountIn === undefined ? '' : `; amountIn ${exactIn(a.amountIn, a.tokenIn, f)}`) +
        (a.maximumIn === undefined ? '' : `; amountInMax ${exactIn(a.maximumIn, a.tokenIn, f)}`) +
        (a.paid.length ? `; paid ${f.list(a.paid.map((t) => amount(t, f)))}` : '') +
        (a.received.length ? `; received ${f.list(a.received.map((t) => amount(t, f)))}` : '') +
        (a.minimumOut === undefined ? '' : `; minimum accepted ${minimum(a.minimumOut, a.tokenOut, f)}`) +
        (a.deadline === undefined ? '' : `; deadline ${f.utc(a.deadline)}`)
      )
    case 'delegation':
      return `type-4 (EIP-7702) authorization ${a.delegations.map((d) => `${f.short(d.authority)} → ${f.short(d.delegate)}`).join(', ')}`
    case 'deployment':
      return `contract creation${a.contract ? ` of ${f.short(a.contract)}` : ''}, value ${f.native(a.value)}`
    case 'bridge-deposit':
      return a.system ? 'system deposit (type 0x7e, L1 attributes)' : `deposit from L1 (type 0x7e): mint ${f.native(a.mint)}, value ${f.native(a.value)} to ${a.to ? f.short(a.to) : '(contract creation)'}`
    case 'contract-call':
      return `call to ${f.short(a.contract)}, selector ${a.selector ?? '(none)'}, value ${f.native(a.value)}`
  }
}

function whenExpert(s: TxSubject, v: AboutView, f: Formatter): string {
  const seen = v.firstSeen ? `first seen ${v.firstSeen.stamp}` : 'not seen by txdoctor before'
  if (s.state === 'pending') return `pending, ${seen}${v.waited ? `, waiting ≥ ${waited(v.waited)}` : ''}`
  if (s.state === 'replaced') return `replaced (nonce ${s.nonce} used by a mined transaction), ${seen}`
  if (s.state === 'dropped') return `dropped (unknown to the nodes asked, nonce ${s.nonce} unused), ${seen}`
  const block = s.blockNumber === undefined ? '' : ` in block ${f.count(s.blockNumber)}`
  return `${s.state === 'succeeded' ? 'mined' : 'reverted'}${block}${v.mined ? ` at ${v.mined.stamp}` : ''}`
}

export const aboutEn: AboutWords = {
  novice: (s, v, f) => `This is ${whatNovice(s, f, v)}${whenNovice(s, v)}.`,
  expert: (s, v, f) =>
    `Tx: ${whatExpert(s, f)}${v.lure ? ` (address-poisoning lure${v.lure.direction === 'victim-to-lookalike' ? `, not sent by ${f.short(v.lure.victim)}` : ''})` : ''}; sender ${f.short(s.from)}, nonce ${s.nonce}; ${whenExpert(s, v, f)}.`,
}

export const approvalsAboutEn: ApprovalsAboutWords = {
  novice: (v, f) =>
    `These are the spending permissions wallet ${f.short(v.owner)} has given, checked on ${v.scans.length} network${v.scans.length === 1 ? '' : 's'}: ${v.inForce} still in force.`,
  expert: (v, f) =>
    `Approvals of ${v.owner}: ${f.count(v.inForce)} in force; scanned ${f.list(v.scans.map((s) => `chain ${s.chainId} blocks ${s.fromBlock}–${s.toBlock}`))}.`,
}


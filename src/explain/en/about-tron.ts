import type { TronAboutView, TronAboutWords } from '../about-view.js'
import type { Formatter } from '../format.js'
import { nodeName } from '../views/tron.js'
import { operationNovice } from './tron.js'

/** What a TRON transaction was, for a newcomer: "a transfer of 0.01 «USDT» from TL24…tHre to TCB8…14RB". */
function whatNovice(v: TronAboutView, f: Formatter): string {
  const from = v.sender ? ` from ${f.short(v.sender)}` : ''
  if (v.lure) return `a fake transfer of ${f.token(v.lure.amount, v.lure.decimals, v.lure.symbol)}, made to look as if ${f.short(v.lure.victim)} had sent it to ${f.short(v.lure.lookalike)}; it was sent by ${f.short(v.lure.sentBy)}`
  const a = v.attempt
  switch (a?.kind) {
    case 'trx': return `a transfer of ${f.native(a.amount)}${from} to ${f.short(a.to)}`
    case 'token': return `a transfer of ${f.token(a.amount, a.decimals, a.symbol)}${from} to ${f.short(a.to)}`
    case 'call': return `a request${from} to the app at ${f.short(a.contract)}${a.callValue ? `, sending ${f.native(a.callValue)}` : ''}`
    case 'other': return `an ${operationNovice(a.contractType)}${from}`
    case undefined: return `a transaction${from}`
  }
}

function whatExpert(v: TronAboutView, f: Formatter): string {
  const a = v.attempt
  switch (a?.kind) {
    case 'trx': return `TransferContract ${f.nativeExact(a.amount)} → ${a.to}`
    case 'token': return `TRC-20 transfer of ${f.tokenExact(a.amount, a.decimals, a.symbol)} (token ${a.token}) → ${a.to}`
    case 'call': return `TriggerSmartContract on ${a.contract}${a.callValue ? `, call_value ${f.nativeExact(a.callValue)}` : ''}`
    case 'other': return nodeName(a.contractType, f)
    case undefined: return 'contract not read'
  }
}

const outcome = { succeeded: 'completed', failed: 'failed', recorded: 'recorded' } as const

export const tronAboutEn: TronAboutWords = {
  novice: (v, f) => `This is ${whatNovice(v, f)} on TRON, ${v.lure ? 'recorded' : outcome[v.outcome]}${v.mined ? ` on ${v.mined.day} at ${v.mined.time} UTC` : ''}.`,
  expert: (v, f) =>
    `TRON tx ${v.id}: ${whatExpert(v, f)}${v.lure ? ` (address-poisoning lure, not sent by ${v.lure.victim})` : ''}; sender ${v.sender ?? 'unknown'}; ${v.outcome === 'failed' ? 'failed' : v.outcome === 'succeeded' ? 'succeeded' : 'included'}${v.blockNumber === undefined ? '' : ` in block ${f.count(v.blockNumber)}`}${v.mined ? ` at ${v.mined.stamp}` : ''}${v.solidified ? ', solidified (irreversible)' : ''}.`,
}

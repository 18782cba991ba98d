import { NoNodeReachableError } from '../../core/errors.js'
import type { TronSpec } from '../../core/tron-spec.js'
import type { DiagnoseContext, Failure, Outcome } from '../context.js'
import { failureOf } from '../failure.js'
import type { TronAccountEvidence } from './account-evidence.js'
import { checkTronAccount } from './account-checks.js'
import { addressWord, wordValue } from './decode.js'
import { tolerant } from './tolerant.js'

/**
 * A TRON account in one round trip: the account (and its permissions), its bandwidth and energy, the network's
 * prices, and its balance of each token txdoctor lists (USDT first). Only the account itself is essential: without
 * it nothing can be said (NoNodeReachableError); any other read that fails makes the answer partial.
 */
export async function diagnoseTronAddress(ctx: DiagnoseContext, spec: TronSpec, address: string): Promise<Outcome> {
  const client = ctx.session.tron(spec)
  const failures: Failure[] = []
  const tolerate = tolerant(spec, failures)
  const [account, resource, parameters, ...balances] = await Promise.all([
    client.account(address).then((a) => a ?? null).catch((error: unknown) => {
      throw new NoNodeReachableError([spec.name], failureOf(spec, error))
    }),
    tolerate(client.accountResource(address)),
    tolerate(client.chainParameters()),
    ...spec.tokens.map((t) => tolerate(client.call(t.address, 'balanceOf(address)', addressWord(address), address).then(wordValue))),
  ])
  const evidence: TronAccountEvidence = {
    spec,
    address,
    account,
    ...(resource ? { resource } : {}),
    ...(parameters ? { parameters } : {}),
    balances: new Map(spec.tokens.flatMap((t, i) => (balances[i] === undefined ? [] : [[t.address, balances[i]!] as const]))),
  }
  const findings = checkTronAccount(evidence)
  return {
    kind: 'address',
    status: account ? 'active' : 'unused',
    chain: spec,
    findings,
    facts: { address, explorer: `${spec.explorers[0]}/#/address/${address}` },
    checkedChains: [spec],
    failures,
  }
}

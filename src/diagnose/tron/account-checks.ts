import { finding } from '../../core/finding.js'
import type { TronFacts, TronPermission } from '../../core/tron-facts.js'
import type { Finding } from '../../core/types.js'
import type { TronAccount } from '../../rpc/tron-replies.js'
import { trx } from './decode.js'
import type { TronAccountEvidence } from './account-evidence.js'
import { bandwidthAvailable, energyAvailable } from './resources.js'

/** Bytes of bandwidth a TRC-20 transfer takes (the recorded USDT transfers used 345). */
const tokenTransferBandwidth = 345

/**
 * Pure: a TRON account's findings. Not activated (with any tokens it holds); else its activity, who controls it
 * (keys other than its own in its owner or active permission), and whether it can pay for a USDT transfer.
 */
export function checkTronAccount(e: TronAccountEvidence): Finding[] {
  const chain = { id: e.spec.id, name: e.spec.name }
  const holdings = holdingsOf(e)
  if (!e.account) {
    const activationFee = activationFeeOf(e)
    return [finding('ADDRESS_NOT_ACTIVATED', { network: 'tron', chain, address: e.address, holdings, ...(activationFee ? { activationFee } : {}) })]
  }
  const balance = trx(e.spec, e.account.balance ?? 0)
  const unread = e.spec.tokens.filter((t) => !e.balances.has(t.address)).map((t) => t.symbol)
  const resource = e.resource
  // A contract's account (USDT's own address, an app): tokens sent to it are usually lost, and it has no keys to hijack.
  if (e.account.type === 'Contract') {
    const listed = e.spec.tokens.find((t) => t.address === e.address)
    return [finding('ADDRESS_IS_CONTRACT', { chains: [chain] }), ...(listed ? [finding('ADDRESS_IS_TOKEN', { chain, standard: 'trc20', symbol: listed.symbol })] : [])]
  }
  const findings: Finding[] = [
    finding('ADDRESS_ACTIVITY', {
      network: 'tron',
      chain,
      address: e.address,
      balance,
      holdings,
      ...(e.account.create_time ? { createdAt: BigInt(Math.floor(e.account.create_time / 1000)) } : {}),
      ...(resource ? { bandwidthAvailable: bandwidthAvailable(resource), energyAvailable: energyAvailable(resource) } : {}),
      ...(unread.length ? { unreadTokens: unread } : {}),
      approvalsChecked: false,
    }),
    ...checkPermissions(e.address, e.account, chain),
  ]
  const noEnergy = resource && noEnergyFacts(e, balance, holdings, resource)
  if (noEnergy) findings.push(finding('ADDRESS_NO_ENERGY', noEnergy))
  return findings
}

function holdingsOf(e: TronAccountEvidence): TronFacts['ADDRESS_ACTIVITY']['holdings'] {
  return e.spec.tokens.flatMap((t) => {
    const amount = e.balances.get(t.address)
    return amount !== undefined && amount > 0n ? [{ token: t.address, symbol: t.symbol, decimals: t.decimals, amount }] : []
  })
}

/** Sending TRX to a new account: the network's fee for creating it, plus the bandwidth a creation takes when burned. */
function activationFeeOf(e: TronAccountEvidence) {
  const create = e.parameters?.get('getCreateNewAccountFeeInSystemContract')
  const bandwidth = e.parameters?.get('getCreateAccountFee')
  return create === undefined ? undefined : trx(e.spec, create + (bandwidth ?? 0))
}

/**
 * Keys other than the account's own in its owner permission, or in an active permission that can move funds or
 * change the permissions: whoever holds them can act for the account. Weights are summed per permission, so two
 * other keys that together meet a threshold of 2 count as acting without the account's own key.
 */
export function checkPermissions(address: string, account: TronAccount, chain: { id: number; name: string }): Finding[] {
  const permissions: TronPermission[] = [
    ...(account.owner_permission ? [toPermission('owner', account.owner_permission)] : []),
    ...(account.active_permission ?? []).map((p) => toPermission('active', p)).filter((p) => p.can.transfer || p.can.callContracts || p.can.changePermissions),
  ]
  const otherKeys = [...new Set(permissions.flatMap((p) => p.keys.map((k) => k.address)).filter((a) => a !== address))]
  if (otherKeys.length === 0) return []
  const reach = (p: TronPermission, own: boolean) => p.keys.filter((k) => (k.address === address) === own).reduce((sum, k) => sum + k.weight, 0) >= p.threshold
  const othersAlone = permissions.some((p) => (p.can.transfer || p.can.callContracts) && reach(p, false))
  const othersChangeKeys = permissions.some((p) => p.can.changePermissions && reach(p, false))
  // Without an owner permission listed, the account's own key is the owner (java-tron's default).
  const owner = permissions.find((p) => p.kind === 'owner')
  const ownAlone = owner ? reach(owner, true) : true
  const danger = othersAlone || othersChangeKeys
  return [finding('ADDRESS_PERMISSION_OTHER_KEYS', { network: 'tron', chain, address, permissions, othersAlone, othersChangeKeys, ownAlone, otherKeys }, danger ? 'danger' : 'warning')]
}

type RawPermission = NonNullable<TronAccount['owner_permission']>

function toPermission(kind: TronPermission['kind'], p: RawPermission): TronPermission {
  const keys = p.keys.map((k) => ({ address: k.address, weight: k.weight ?? 1 }))
  return { kind, name: p.permission_name ?? kind, threshold: p.threshold ?? 1, keys, can: kind === 'owner' ? everything : abilities(p.operations) }
}

const everything = { transfer: true, callContracts: true, changePermissions: true }

/**
 * An active permission's `operations`: a 32-byte bit mask of contract types, lowest bit of the first byte first
 * (java-tron's TransactionCapsule.checkPermission). Without a mask it allows everything.
 */
function abilities(mask: string | undefined): TronPermission['can'] {
  if (!mask || !/^[0-9a-f]{64}$/i.test(mask)) return everything
  const bit = (type: number) => ((parseInt(mask.slice(2 * Math.floor(type / 8), 2 * Math.floor(type / 8) + 2), 16) >> (type % 8)) & 1) === 1
  return { transfer: bit(1), callContracts: bit(31), changePermissions: bit(46) }
}

/**
 * Holds a listed token but cannot pay for sending it: the energy it has, and the TRX it could burn for the rest
 * (plus bandwidth, when its free and staked bandwidth do not cover the bytes), fall short of a USDT transfer to a
 * holder at today's price of energy. Needs that price; without it, nothing is claimed.
 */
function noEnergyFacts(
  e: TronAccountEvidence,
  balance: TronFacts['ADDRESS_NO_ENERGY']['balance'],
  holdings: TronFacts['ADDRESS_NO_ENERGY']['holdings'],
  resource: NonNullable<TronAccountEvidence['resource']>,
): TronFacts['ADDRESS_NO_ENERGY'] | undefined {
  const price = e.parameters?.get('getEnergyFee')
  if (holdings.length === 0 || !price) return undefined
  const energy = energyAvailable(resource)
  const bandwidth = bandwidthAvailable(resource)
  const perByte = BigInt(e.parameters?.get('getTransactionFee') ?? 0)
  const bandwidthCost = bandwidth >= tokenTransferBandwidth ? 0n : BigInt(tokenTransferBandwidth) * perByte
  const { toHolder, toNewHolder } = e.spec.usdtTransferEnergy
  const needed = BigInt(Math.max(0, toHolder - energy)) * BigInt(price) + bandwidthCost
  if (balance.value >= needed) return undefined
  const cost = (energyNeeded: number) => ({ energy: energyNeeded, trx: trx(e.spec, BigInt(energyNeeded) * BigInt(price)) })
  return {
    network: 'tron',
    chain: { id: e.spec.id, name: e.spec.name },
    address: e.address,
    balance,
    holdings,
    energyAvailable: energy,
    bandwidthAvailable: bandwidth,
    energyPrice: BigInt(price),
    needs: { toHolder: cost(toHolder), toNewHolder: cost(toNewHolder) },
    shortfall: trx(e.spec, needed - balance.value),
  }
}

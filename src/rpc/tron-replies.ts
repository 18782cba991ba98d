import * as z from 'zod'
import { hexToTron } from '../core/tron-address.js'

/*
 * What a TRON full node answers (java-tron's HTTP API), checked where it enters, like the EVM replies (replies.ts):
 * only the fields txdoctor reads, and only their shape; a node may add fields. An unknown transaction or account
 * is `{}`, which every schema here accepts as "none" (the client turns it into undefined).
 */

const hex = (digits?: number) => z.string().regex(digits ? new RegExp(`^[0-9a-f]{${digits}}$`, 'i') : /^([0-9a-f]{2})*$/i, 'not hex')
/** Sun, energy, bandwidth, block numbers and times: whole numbers a JSON reply can carry. */
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
const tronAddress = z.string().regex(/^T[1-9A-HJ-NP-Za-km-z]{33}$/, 'not a TRON address')
/** Transaction replies name accounts in hex (`41…`), unless asked with `visible`. */
const hexAddress = z.string().regex(/^41[0-9a-f]{40}$/i, 'not a TRON hex address')
/** java-tron's names: contract types (TransferContract …) and results (SUCCESS, OUT_OF_ENERGY …), nothing else. */
const contractType = z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'not a contract type')
const verdict = z.string().regex(/^[A-Z_]{1,40}$/, 'not a result code')

const contract = z.object({
  type: contractType,
  parameter: z.object({
    value: z.object({
      owner_address: hexAddress.optional(),
      to_address: hexAddress.optional(),
      contract_address: hexAddress.optional(),
      amount: count.optional(),
      call_value: count.optional(),
      data: hex().optional(),
    }),
  }),
})

export const tronTransaction = z.object({
  txID: hex(64),
  ret: z.array(z.object({ contractRet: verdict.optional() })).max(10).optional(),
  /** More than one signature: a multi-signature transaction, which pays a fee of its own. */
  signature: z.array(z.string().max(200)).max(40).optional(),
  raw_data: z.object({
    contract: z.array(contract).min(1).max(10),
    expiration: count.optional(),
    timestamp: count.optional(),
    fee_limit: count.optional(),
    /** A memo, which pays a fee of its own. */
    data: z.string().max(10_000).optional(),
  }),
})
export type TronTransaction = z.infer<typeof tronTransaction>

const log = z.object({
  // A log's address is the 20-byte account id, without TRON's 41 prefix.
  address: hex(40),
  topics: z.array(hex(64)).max(4).optional(),
  data: hex().optional(),
})

export const tronTransactionInfo = z.object({
  id: hex(64),
  fee: count.optional(),
  blockNumber: count,
  blockTimeStamp: count,
  contractResult: z.array(hex()).max(10).optional(),
  contract_address: hexAddress.optional(),
  receipt: z.object({
    energy_usage: count.optional(),
    energy_fee: count.optional(),
    origin_energy_usage: count.optional(),
    energy_usage_total: count.optional(),
    net_usage: count.optional(),
    net_fee: count.optional(),
    result: verdict.optional(),
  }),
  log: z.array(log).max(1_000).optional(),
  result: verdict.optional(),
  resMessage: hex().optional(),
})
export type TronTransactionInfo = z.infer<typeof tronTransactionInfo>

/**
 * A TRON address in either form a node may use: base58 (`visible: true`) or hex (`41…`), given back as base58.
 * Node versions and gateways differ in which they honour, so both are read.
 */
const anyAddress = z.union([tronAddress, hexAddress.transform((hex, ctx) => hexToTron(hex) ?? (ctx.addIssue({ code: 'custom', message: 'not a TRON address' }), z.NEVER))])

const permission = z.object({
  permission_name: z.string().max(64).optional(),
  threshold: count.optional(),
  /** Which contract types an active permission may sign (a 32-byte bit mask); the owner's has none (everything). */
  operations: hex(64).optional(),
  keys: z.array(z.object({ address: anyAddress, weight: count.optional() })).max(10),
})

/** `/wallet/getaccount` (asked with `visible: true`; a node answering in hex is read too). */
export const tronAccount = z.object({
  address: anyAddress,
  /** `Contract` for a smart contract's account (a token, an app); absent (Normal) for a wallet's. */
  type: z.string().regex(/^[A-Za-z]{1,20}$/).optional(),
  balance: count.optional(),
  create_time: count.optional(),
  owner_permission: permission.optional(),
  active_permission: z.array(permission).max(8).optional(),
})
export type TronAccount = z.infer<typeof tronAccount>

/** `/wallet/getaccountresource`: the node omits every field whose value is 0. */
export const tronAccountResource = z.object({
  freeNetUsed: count.optional(),
  freeNetLimit: count.optional(),
  NetUsed: count.optional(),
  NetLimit: count.optional(),
  EnergyUsed: count.optional(),
  EnergyLimit: count.optional(),
})
export type TronAccountResource = z.infer<typeof tronAccountResource>

export const tronChainParameters = z.object({
  chainParameter: z.array(z.object({ key: z.string().max(100), value: z.number().int().optional() })).max(500),
})

export const tronConstantCall = z.object({
  result: z.object({ result: z.boolean().optional(), message: z.string().max(2_000).optional() }),
  constant_result: z.array(hex()).max(4).optional(),
  /** A call that reverted still answers `result.result: true`: its echoed transaction says FAILED. */
  transaction: z.object({ ret: z.array(z.object({ ret: z.string().max(40).optional() })).max(4).optional() }).optional(),
})

/** `{}`: what a node answers for a transaction or an account it does not have. */
export const isEmptyReply = (reply: unknown): boolean => typeof reply === 'object' && reply !== null && !Array.isArray(reply) && Object.keys(reply).length === 0

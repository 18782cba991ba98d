import type { CatalogPart, NonEvmTxCode } from '../catalog-types.js'
import type { NonEvmTxNetwork } from '../../core/non-evm.js'
import { en } from './common.js'

const networkNames: Record<NonEvmTxNetwork, string> = { solana: 'Solana', bitcoin: 'Bitcoin', 'bitcoin-testnet': 'Bitcoin testnet', tron: 'TRON' }

/** Explorers named in words: the reader opens one and pastes the id; no link is built from what was pasted. */
const explorers: Record<NonEvmTxNetwork, string> = {
  solana: 'Solscan or Solana Explorer',
  bitcoin: 'Blockstream Explorer or Blockchair',
  'bitcoin-testnet': 'Blockstream Explorer (testnet)',
  tron: 'Tronscan',
}

/** What the id is, for an expert, and how to read it off that network's own nodes. */
const idFormat: Record<NonEvmTxNetwork, string> = {
  solana: 'a Solana transaction signature (base58, 64 bytes: the first Ed25519 signature of the transaction)',
  bitcoin: 'a Bitcoin txid (64 hex: the double SHA-256 of the transaction, byte-reversed)',
  'bitcoin-testnet': 'a Bitcoin testnet txid (64 hex)',
  tron: 'a TRON transaction id (64 hex: the SHA-256 of its raw_data)',
}
const nodeLookup: Record<NonEvmTxNetwork, string> = {
  solana: 'getTransaction (and getSignatureStatuses for confirmation) on a Solana RPC node',
  bitcoin: 'getrawtransaction <txid> true on a Bitcoin node, or GET /tx/<txid>/status on an Esplora API',
  'bitcoin-testnet': 'getrawtransaction <txid> true on a testnet node, or an Esplora testnet API',
  tron: '/wallet/gettransactioninfobyid on a TRON full node (receipt.result, fee, blockNumber)',
}

export const nonEvmEn: CatalogPart<NonEvmTxCode> = {
  TX_NON_EVM: {
    novice: (x) => {
      const name = networkNames[x.network]
      return {
        title: `This is a ${name} transfer, not one on an Ethereum-style network.`,
        body:
          `This code names a transfer on ${name}${x.explorerName ? ` (the link is from ${x.explorerName}, a ${name} explorer)` : ''}. ` +
          `${name} is a separate network: txdoctor checks only Ethereum-style networks (Ethereum, BNB Chain, Base, Polygon and similar), ` +
          'so it cannot tell whether this transfer went through, is still waiting or failed.',
        actions: [
          `Open a ${name} explorer such as ${explorers[x.network]}, and paste the code into its search box: it shows whether the transfer went through and where the money went.`,
          "If the money has not arrived, contact the wallet or exchange you sent it from and give them this code. Don't send it again until you know what happened: you could pay twice.",
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x) => ({
      title: `${networkNames[x.network]} transaction id, not an EVM transaction hash`,
      body:
        `${x.id} is ${idFormat[x.network]}${x.explorerName ? `, taken from a ${x.explorerName} link` : ''}. ` +
        'txdoctor reads EVM JSON-RPC nodes only, so no node was queried: its status, fee and finality are not known here.',
      actions: [`Look it up with ${nodeLookup[x.network]}, or on ${explorers[x.network]}.`],
    }),
  },
}

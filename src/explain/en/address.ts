import type { AddressCode, CatalogPart } from '../catalog-types.js'
import type { NonEvmNetwork } from '../../core/non-evm.js'
import type { Formatter } from '../format.js'
import { badChecksumView, noGasView, nonEvmAddressView, pendingView, tokensHeld, type NonEvmAddressView } from '../views/address.js'
import { en } from './common.js'
import { riskyApprovalsEn } from './approvals.js'

const networkNames: Record<NonEvmNetwork, string> = {
  tron: 'TRON',
  bitcoin: 'Bitcoin',
  'bitcoin-testnet': 'Bitcoin testnet',
  litecoin: 'Litecoin',
  dogecoin: 'Dogecoin',
  solana: 'Solana',
  xrp: 'XRP Ledger',
  cosmos: 'Cosmos Hub',
  ton: 'TON',
}

/** What a newcomer most often gets wrong about each network. */
const networkNotes: Partial<Record<NonEvmNetwork, string>> = {
  tron: 'USDT on TRON (often labelled TRC-20) is kept apart from USDT on Ethereum (ERC-20) or BNB Chain (BEP-20): the same coin name, different networks.',
  xrp: 'Exchanges often also need a “destination tag” with XRP deposits; without it the exchange may not know the money is yours.',
  cosmos: 'Exchanges often also need a “memo” with deposits on this network.',
  ton: 'Exchanges often also need a “comment” (memo) with deposits on TON.',
  bitcoin: 'Bitcoin addresses receive only bitcoin sent on the Bitcoin network.',
}

const nameOf = (v: NonEvmAddressView) => ('cosmosFamily' in v.name ? `Cosmos-family network (“${v.name.cosmosFamily}”)` : networkNames[v.name.network])
const checks: Record<NonEvmAddressView['check'], string> = {
  key: 'decodes to a 32-byte key (the format has no checksum)',
  raw: 'matches the raw workchain:hash form',
  checksum: 'checksum verified',
}

const tokens = (c: Parameters<typeof tokensHeld>[0], f: Formatter) => tokensHeld(c, f).join(', ')
const held = (c: Parameters<typeof tokensHeld>[0], f: Formatter) => (tokens(c, f) ? ` and ${tokens(c, f)}` : '')

export const addressEn: CatalogPart<AddressCode> = {
  ADDRESS_NON_EVM: {
    novice: (x) => {
      const name = nameOf(nonEvmAddressView(x))
      return {
        // txdoctor checks TRON too: another network's address is not TRON's either (a TRON address keeps its words).
        title: `This is a ${name} address, not one for Ethereum-style networks${x.network === 'tron' ? '' : ' or TRON'}.`,
        body:
          `${name} is a separate network with its own kind of addresses. Ethereum, BNB Chain, Base, Polygon and similar networks${x.network === 'tron' ? ' ' : ', and TRON, '}` +
          'cannot send to it, so a transfer must be made on the right network. ' +
          `txdoctor does not look at ${name}, so it cannot tell whose address this is: a person's, an exchange's or a program's.` +
          (networkNotes[x.network] ? ` ${networkNotes[x.network]}` : ''),
        actions: [
          `We can't check ${name}: before paying, confirm with the recipient that this is their ${name} deposit address. Then send on ${name} itself (when withdrawing from an exchange, choose ${name} as the network).`,
          x.network === 'tron'
            ? 'If you meant to send on an Ethereum-style network, ask the recipient for an address that starts with 0x.'
            : 'If you meant to send on another network, ask the recipient for an address on that network (0x… for Ethereum-style networks or, for TRON, T…).',
          'If funds you sent did not arrive, contact the wallet or exchange you sent from, with the transfer details.',
          en.noRecoveryPhrase,
        ],
      }
    },
    expert: (x) => {
      const v = nonEvmAddressView(x)
      const name = nameOf(v)
      return {
        title: `Valid ${name} address (${checks[v.check]})`,
        body:
          (v.evmTwin
            ? `${x.address} is base58check of 0x41 followed by a 20-byte account id (hex form ${v.evmTwin.hex}). Those 20 bytes written as a 0x address on an EVM chain (0x${v.evmTwin.start}…${v.evmTwin.end}) are a separate account on that chain: funds sent there stay there and do not reach TRON. `
            : `${x.address} is not an EVM${v.tron ? '' : ' or TRON'} address: EVM${v.tron ? '' : ' and TRON'} wallets and contracts cannot send to it. `) +
          `Funds reach it only through a ${name} transaction, a bridge, or an exchange withdrawal on ${name}. txdoctor queries no ${name} node, so ` +
          (v.tron ? "whether it is a user's account, an exchange's or a contract (a TRC-20 token, for instance) is not known here." : 'who holds it (a person, an exchange, a program) is not known here.'),
        actions: [`Look it up on a ${name} explorer and confirm it with the recipient before paying; pay on ${name} only, and do not convert or truncate it into a 0x address.`],
      }
    },
  },
  ADDRESS_BAD_CHECKSUM: {
    novice: () => ({
      title: 'This address probably has a typo: its capital letters do not match.',
      body: 'Ethereum-style addresses hide a safety check in their mix of capital and small letters. This one fails the check, which almost always means a character was changed or mistyped. Do not send anything to it, and do not just fix the capitals: that would not tell you the rest is right.',
      actions: [
        "Copy the address again from its source (the recipient's wallet or the exchange's deposit page) instead of typing it.",
        'Confirm the full address with the recipient through a channel you trust.',
      ],
    }),
    expert: (x) => {
      const v = badChecksumView(x)
      const n = v.differing
      return {
        title: 'EIP-55 checksum mismatch',
        body:
          `Typed ${x.address}. The EIP-55 form of the same 40 hex digits is ${x.checksummed}: ${n} of its ${x.letters} letters ${v.one ? 'differs' : 'differ'} in case` +
          `${n ? ` (position${v.one ? '' : 's'} ${v.positions.join(', ')} after 0x)` : ''}. ` +
          'A changed hex digit would make about half the letters differ (each letter’s expected case comes from the hash of all 40 digits), ' +
          (v.caseOnly ? `so ${v.one ? 'a single one' : `only ${n}`} differing points to a letter's case changed by hand rather than a wrong digit. ` : 'as here: a digit itself may be wrong. ') +
          'Either way the checksum cannot confirm these are the digits meant: the re-checksummed form is not a corrected address.',
        actions: ['Obtain the address again from its source and compare all 40 hex digits; do not send to the re-checksummed form unconfirmed.'],
      }
    },
  },
  ADDRESS_ACTIVITY: {
    novice: (x, f) => ({
      title: `This address has been used on ${x.chains.length === 1 ? '1 network' : `${x.chains.length} networks`}.`,
      body: x.chains.map((c) => `${c.chain.name}: ${f.native(c.balance)}${held(c, f)}, ${f.count(c.transactionCount)} ${c.transactionCount === 1 ? 'transaction' : 'transactions'} sent${c.isContract ? ', smart contract' : ''}.`).join(' '),
      actions: ['If you are paying this address, send on the network from this list that the recipient asked for.'],
    }),
    expert: (x, f) => ({
      title: 'Per-chain activity',
      body: x.chains
        .map((c) => `${c.chain.name} (${c.chain.id}): balance ${f.native(c.balance)}, nonce ${c.transactionCount}, code ${c.isContract ? 'yes' : 'no'}${tokens(c, f) ? `, tokens ${tokens(c, f)}` : ''}`)
        .join('; '),
      actions: ['Use --chain to diagnose one chain in detail.'],
    }),
  },
  ADDRESS_UNUSED: {
    novice: (x, f) => ({
      title: 'This address has never been used on the networks we checked.',
      body: `It holds nothing and has never sent anything on ${f.chains(x.checkedChains)}. That is normal for a brand-new wallet; if you expected it to be in use, it may contain a typo.`,
      actions: [
        'If it is a new wallet of yours, all is well.',
        'If you are about to send to it, confirm the full address with the recipient first.',
      ],
    }),
    expert: (x, f) => ({
      title: 'Unused: zero balance, nonce 0, no code',
      body: `On ${f.chains(x.checkedChains)}. Incoming token transfers to a fresh address do not change these values; see ADDRESS_NO_GAS for tokens.`,
      actions: ['Verify the address out of band before sending a large amount; send a small test first.'],
    }),
  },
  ADDRESS_IS_CONTRACT: {
    novice: (x, f) => ({
      title: 'This address is a smart contract (an app or a smart wallet), not a regular wallet.',
      body: `It exists on ${f.chains(x.chains)}.`,
      actions: [
        'Send to it only if you know what it is, for example your own smart wallet or an address the app told you to use.',
        'Do not send to it on other networks: it may not exist there.',
      ],
    }),
    expert: (x, f) => ({
      title: 'Contract account',
      body: `Bytecode present on ${f.chains(x.chains)}.`,
      actions: ['Check the verified source on the explorer before interacting.'],
    }),
  },
  ADDRESS_IS_TOKEN: {
    novice: (x, f) => ({
      title: 'This is the address of a token, not of a person or an exchange.',
      body: `Tokens sent to a token's own address are usually lost for good.${x.symbol ? ` The token calls itself ${f.quote(x.symbol)}.` : ''}`,
      actions: ['Do not send anything to this address.', 'Ask the recipient for their own wallet or exchange deposit address.'],
    }),
    expert: (x, f) => ({
      title: `${x.standard.toUpperCase()} token contract on ${x.chain.name}`,
      body: `Responds to the ${x.standard.toUpperCase()} interface${x.symbol ? `; symbol ${f.quote(x.symbol)}` : ''}. Transfers to a token contract are usually unrecoverable.`,
      actions: ['Do not use as a recipient.'],
    }),
  },
  ADDRESS_CONTRACT_NOT_ON_CHAIN: {
    novice: (x, f) => ({
      title: `This smart wallet exists on ${f.chains(x.contractOn)}, but not on ${f.chains(x.missingOn)}.`,
      body: `Anything sent to this address on ${f.chains(x.missingOn)} cannot be moved by anyone until the owner sets up the same wallet there, which is not always possible.`,
      actions: [
        `Send to it only on ${f.chains(x.contractOn)}.`,
        `If funds were already sent on ${f.chains(x.missingOn)}, tell the owner right away: they may be able to set the wallet up there and recover them.`,
      ],
    }),
    expert: (x, f) => ({
      title: 'Contract missing on some chains',
      body: `Code on ${f.chains(x.contractOn)}; none on ${f.chains(x.missingOn)}. Recovery needs a deployment at the same address (same deployer or factory, salt and init code).`,
      actions: ['Replay the deployment on the missing chains before funds are sent there.'],
    }),
  },
  ADDRESS_NO_GAS: {
    novice: (x, f) => ({
      title: `You have tokens on ${x.chain.name} but not enough ${x.balance.symbol} to pay the network fee.`,
      body: `Every transfer on ${x.chain.name} costs a small fee paid in ${x.balance.symbol}, even when you send another token. The wallet holds ${f.list(noGasView(x, f).holds)}; moving a token needs about ${f.native(x.estimatedFee)} at today’s prices.`,
      actions: [
        `Get a little ${x.balance.symbol} on ${x.chain.name}, at least ${f.native(x.estimatedFee)} and a bit more in case fees rise (for example from an exchange, choosing ${x.chain.name} as the withdrawal network).`,
        'Then send your tokens as usual.',
      ],
    }),
    expert: (x, f) => ({
      title: `Native balance below one transfer fee on ${x.chain.name}`,
      body:
        `Balance ${f.nativeExact(x.balance)} < estimated ERC-20 transfer fee ${f.native(x.estimatedFee)} = ${f.count(x.transferGas)} gas (a typical ERC-20 transfer) × ${f.gwei(x.gasPrice)} (eth_gasPrice when checked). ` +
        `Holds: ${noGasView(x, f).exact.map((h) => `${h.amount} at ${h.token}`).join('; ') || '(none read)'}.`,
      actions: [`Fund it with ≥ ${f.native(x.estimatedFee)} on ${x.chain.name}, more if the token's transfer uses more than ${f.count(x.transferGas)} gas or the gas price rises.`],
    }),
  },
  ADDRESS_PENDING_TXS: {
    novice: (x) => ({
      title: `This wallet has ${pendingView(x).waiting} transfer(s) waiting on ${x.chain.name}.`,
      body: 'They will go through in order. If they have been waiting long, the oldest one is probably stuck and holding up the rest.',
      actions: [`Open your wallet's activity on ${x.chain.name} and press “Speed up” on the oldest waiting transfer.`, en.dontResend],
    }),
    expert: (x) => {
      const v = pendingView(x)
      return {
        title: `Pending nonce ${x.pendingNonce} > latest nonce ${x.minedNonce}`,
        body: `${v.waiting} transaction(s) in the node's pool on ${x.chain.name}; the lowest waiting nonce is ${v.oldest}.`,
        actions: [`Diagnose or replace nonce ${v.oldest} first.`],
      }
    },
  },
  ADDRESS_EIP7702_DELEGATED: {
    novice: (x) =>
      x.known
        ? {
            title: `This wallet has smart features turned on${x.delegateLabel ? ` (${x.delegateLabel})` : ''}.`,
            body: `On ${x.chain.name} it runs a known smart-wallet program. If you set this up in your wallet app, it is fine.`,
            actions: ["If you didn't expect this, check the smart-account settings in your wallet app."],
          }
        : {
            title: 'Danger: this wallet is controlled by an unknown program.',
            body: `On ${x.chain.name} this wallet was handed to a program we do not recognise. Scammers do this to take everything that arrives automatically.`,
            actions: [
              'Do not send anything to this wallet.',
              'If it is yours, move what is left to a new wallet that has its own new recovery phrase (never just another account under this wallet’s phrase). Coins you send in to pay the fee may be taken at once.',
              en.noRecoveryPhrase,
            ],
          },
    expert: (x) => ({
      title: `EIP-7702 delegated to ${x.delegate}${x.delegateLabel ? ` (${x.delegateLabel})` : ''}`,
      body: `Code on ${x.chain.name} is 0xef0100 ‖ ${x.delegate}. ${x.known ? 'Known delegate.' : 'Unknown delegate: treat as a sweeper until proven otherwise.'}`,
      actions: ['Undo with an authorization to address(0); if the key is compromised, migrate assets.'],
    }),
  },
  ADDRESS_RISKY_APPROVALS: riskyApprovalsEn,
  ADDRESS_POISONING_SEEN: {
    novice: (x) => ({
      title: 'Scammers have sent fake look-alike transfers to this wallet.',
      body: `We found ${x.lookalikes.length} transfer(s) on ${x.chain.name} from addresses made to look like ones this wallet really used. They hope you will copy the fake address from your history.`,
      actions: [
        'Never copy an address from your transaction history.',
        "Use your wallet's address book for people you pay often, and check the whole address.",
      ],
    }),
    expert: (x, f) => ({
      title: `${x.lookalikes.length} poisoning transfer(s) on ${x.chain.name}`,
      body: x.lookalikes.map((l) => `${l.lookalike} mimics ${l.genuine} (tx ${f.short(l.hash)})`).join('; '),
      actions: ['Label the lookalikes; verify full addresses before sending.'],
    }),
  },
}

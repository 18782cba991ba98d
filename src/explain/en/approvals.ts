import type { ApprovalFacts } from '../../core/facts.js'
import type { ApprovalCode, CatalogPart } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import { en, sentence } from './common.js'

const token = (x: { symbol?: string }, f: Formatter) => (x.symbol ? f.quote(x.symbol) : 'tokens')
const spender = (x: { spender: string; spenderLabel?: string }, f: Formatter) => x.spenderLabel ?? f.short(x.spender)
const revokeCall = (x: ApprovalFacts) => `approve(${x.spender}, 0) on ${x.token} (${x.chain.name})`

export const approvalsEn: CatalogPart<ApprovalCode> = {
  APPROVAL_UNLIMITED: {
    novice: (x, f) => ({
      title: `${spender(x, f)} can spend all of your ${token(x, f)}, with no limit.`,
      body: 'You gave this permission at some point. If that app is ever hacked, or was a scam, it could take all of that token, including what you receive later.',
      actions: [`If you no longer use this app, ${en.revokeTool}.`, 'Next time, approve only the amount you are spending.'],
    }),
    expert: (x) => ({
      title: `Unlimited allowance to ${x.spender}`,
      body: `allowance ≥ 2^255 or above total supply, token ${x.token} on ${x.chain.name}.`,
      actions: [`Revoke: ${revokeCall(x)}.`],
    }),
  },
  APPROVAL_TO_EOA: {
    novice: (x, f) => ({
      title: `A personal wallet, not an app, has permission to take your ${token(x, f)}.`,
      body: 'Real apps use programs (smart contracts) to move your tokens, not personal wallets. This is how many scams empty wallets.',
      actions: [
        `${sentence(en.revokeTool)} now.`,
        'If tokens are already missing, move what is left to a new wallet.',
        en.noRecoveryPhrase,
      ],
    }),
    expert: (x) => ({
      title: `Allowance to an EOA: ${x.spender}`,
      body: `Spender has no code on ${x.chain.name}; only its key holder can use the allowance. Classic phishing pattern.`,
      actions: [`Revoke now: ${revokeCall(x)}.`],
    }),
  },
  APPROVAL_TO_UNKNOWN_CONTRACT: {
    novice: (x, f) => ({
      title: `An app we don't recognise can spend your ${token(x, f)}.`,
      body: 'It may be fine, since there are many apps we do not list, but make sure you know it.',
      actions: [`If you don't recognise it, ${en.revokeTool}.`],
    }),
    expert: (x) => ({
      title: `Allowance to unlisted contract ${x.spender}`,
      body: `Spender has code on ${x.chain.name} but is not in txdoctor's list of known protocol contracts for this chain.`,
      actions: [`Check the verified source; revoke with ${revokeCall(x)} if unknown.`],
    }),
  },
  APPROVAL_FOR_ALL: {
    novice: (x, f) => ({
      title: `${spender(x, f)} can move every item of your ${token(x, f)} collection.`,
      body: 'This permission covers all items in that collection, including ones you get later.',
      actions: [`If you no longer use that marketplace or app, ${en.revokeTool}.`],
    }),
    expert: (x) => ({
      title: `setApprovalForAll → ${x.spender}`,
      body: `Operator approval on ${x.token} (${x.chain.name}).`,
      actions: [`Revoke: setApprovalForAll(${x.spender}, false) on ${x.token}.`],
    }),
  },
  APPROVAL_FLAGGED_SPENDER: {
    novice: (x, f) => ({
      title: `Danger: a known scam address can take your ${token(x, f)}.`,
      body: `The address with this permission is listed as “${x.flaggedAs}”.`,
      actions: [
        `${sentence(en.revokeTool)} immediately.`,
        'If anything is already missing, move what is left to a new wallet.',
        en.noRecoveryPhrase,
      ],
    }),
    expert: (x) => ({
      title: `Allowance to deny-listed ${x.spender}`,
      body: `Flagged as “${x.flaggedAs}” in the ${x.chain.name} deny list.`,
      actions: [`Revoke immediately: ${revokeCall(x)}.`],
    }),
  },
  APPROVAL_PERMIT2: {
    novice: (x, f) => ({
      title: `${spender(x, f)} can spend your ${token(x, f)} through Uniswap's Permit2.`,
      body: 'This permission is kept separately: removing the permission you gave Permit2 on the token does not remove this one.',
      actions: [`If you no longer use this app, ${en.revokeTool} (choose one that handles Permit2).`],
    }),
    expert: (x, f) => ({
      title: `Permit2 allowance → ${x.spender}`,
      body: `Permit2.allowance(owner, ${x.token}, ${x.spender}) = ${x.amount === undefined ? 'unlimited' : f.token(x.amount, x.decimals, x.symbol)}, expires ${f.utc(x.expiration)}. Zeroing token.approve(Permit2) does not clear it.`,
      actions: [`Revoke: Permit2.approve(${x.token}, ${x.spender}, 0, 0), or Permit2.lockdown([(${x.token}, ${x.spender})]).`],
    }),
  },
  APPROVALS_NONE_RISKY: {
    novice: (x, f) => ({
      title: x.approvals === 0 ? 'This wallet has given no spending permissions.' : 'No risky permissions found.',
      body: `We checked ${f.chains(x.checkedChains)}${x.approvals ? ` and found ${x.approvals} permission(s); none look dangerous` : ''}.`,
      actions: ['Keep it that way: approve only apps you trust, and only for the amount you need.'],
    }),
    expert: (x, f) => ({
      title: `${x.approvals} active approval(s), none risky`,
      body: `Chains: ${f.chains(x.checkedChains)}. No unlimited, EOA, unlisted or deny-listed spenders.`,
      actions: ['No action needed.'],
    }),
  },
}

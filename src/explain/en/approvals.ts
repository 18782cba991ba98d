import type { ApprovalFacts, ApprovalRisk, FindingFacts, RiskyApproval } from '../../core/facts.js'
import type { ApprovalCode, CatalogPart, LevelTemplates, Text } from '../catalog-types.js'
import type { Formatter } from '../format.js'
import { grantVerb, isDangerous, missingKind, riskySummaryView, scopeKind, spenderKind, unlimitedView, type RiskyView } from '../views/approvals.js'
import { txApprovalView } from '../views/tx-risk.js'
import { en } from './common.js'

/** Which permission, in the words of each approval card: which token, which spender, and what it covers. */
type Named = Pick<ApprovalFacts, 'permission' | 'token' | 'symbol' | 'spender' | 'spenderLabel' | 'tokenId' | 'flaggedAs'> & Partial<Pick<ApprovalFacts, 'amount' | 'decimals' | 'risks'>>

const token = (x: Named, f: Formatter) => (x.symbol ? f.quote(x.symbol) : `the token at ${f.short(x.token)}`)

/**
 * The spender as a person would tell it apart: our label for a known app, else what it is and its short address.
 * `this` names the one a card is about, in its next step ("remove … this scam address"), where "a" would read as
 * any such address.
 */
function spender(x: Named, f: Formatter, risk?: ApprovalRisk, which: 'a' | 'this' = 'a'): string {
  const short = f.short(x.spender)
  const a = which === 'a'
  return {
    scam: () => `${a ? 'a known' : 'this'} scam address (${short})`,
    label: () => x.spenderLabel ?? '',
    person: () => `${a ? 'a' : 'this'} personal wallet (${short})`,
    'unknown-app': () => `${a ? 'an' : 'this'} app we don't recognise (${short})`,
    address: () => `the address ${short}`,
  }[spenderKind(x, risk)]()
}

const verb = (x: Named) => grantVerb(x)
const via = (x: Named) => (x.permission === 'permit2' ? ' through Permit2' : '')

/** What the permission covers: never "unlimited" for one NFT, never an amount for a whole collection. */
function scope(x: Named, f: Formatter): string {
  return {
    item: () => `item #${x.tokenId} of your ${token(x, f)} collection`,
    collection: () => `every item of your ${token(x, f)} collection, including ones you get later`,
    unlimited: () => `all of your ${token(x, f)}${via(x)}, with no limit`,
    amount: () => `up to ${f.token(x.amount!, x.decimals, x.symbol)}${via(x)}`,
  }[scopeKind(x)]()
}

/** The next step, naming the permission to remove: the token and the spender. */
export const removeIt = (x: Named, f: Formatter) =>
  `remove the permission that lets ${spender(x, f, undefined, 'this')} ${verb(x)} ${x.permission === 'nft' ? `item #${x.tokenId} of ${token(x, f)}` : token(x, f)}${via(x)}, with a trusted tool such as revoke.cash or your wallet’s permissions page${x.permission === 'permit2' ? ' (one that shows Permit2 permissions)' : ''}`

/** A new wallet means a new recovery phrase: another account in the same app shares the phrase, and its risk. */
const newWallet = 'move everything left in this wallet to a new wallet that has its own new recovery phrase (never just another account under this wallet’s phrase)'

/** The step for when a scam address or a person may already have used the permission: what to check, then where to go. */
export const ifMissing = (x: Named, f: Formatter) => {
  const kind = missingKind(x)
  const what = kind === 'item' ? `If item #${x.tokenId} of ${token(x, f)} is already gone` : kind === 'items' ? `If any item of your ${token(x, f)} collection is already gone` : `If any of your ${token(x, f)} is already missing`
  return `${what}, ${newWallet}.`
}

const unverified = (x: ApprovalFacts) => (x.unverified ? ' We could not confirm it still holds: it may already have ended.' : '')
/** Which token contract, on which network: two tokens may well share a symbol (scam copies do). */
const where = (x: ApprovalFacts, f: Formatter) => ` (token address ${f.short(x.token)}, on ${x.chain.name})`

/** An unlimited allowance as it stands: the exact value set, and which rule makes it unlimited. */
function unlimited(x: ApprovalFacts): string {
  const u = unlimitedView(x)
  const limit = x.permission === 'permit2' ? 'max uint160' : '≥ 2^255'
  if (!u) return `unlimited (${limit}, or above total supply)`
  return `${u.raw}${u.named ? ` (${u.named})` : ''} base units: unlimited (${u.rule === 'max' ? limit : 'above the total supply'})`
}

/** The exact state, for an expert: the read that shows it (with the owner's address) and its value. */
function state(x: ApprovalFacts, f: Formatter): string {
  const owner = x.owner ?? 'owner'
  if (x.permission === 'nft') return `${x.token}.getApproved(${x.tokenId}) = ${x.spender} (one item)`
  if (x.permission === 'for-all') return `${x.token}.isApprovedForAll(${owner}, ${x.spender}) = true (every item)`
  const amount = x.amount === undefined ? unlimited(x) : `${f.token(x.amount, x.decimals, x.symbol)} (${x.amount} base units)`
  if (x.permission === 'permit2') return `Permit2.allowance(${owner}, ${x.token}, ${x.spender}) = ${amount}, expires ${f.utc(x.expiration ?? 0)}; zeroing ${x.token}.approve(Permit2) does not clear it`
  return `${x.token}.allowance(${owner}, ${x.spender}) = ${amount}`
}

const revoke = (x: ApprovalFacts) => `Revoke: ${x.revoke}${x.permission === 'permit2' ? `, or Permit2.lockdown([(${x.token}, ${x.spender})])` : ''}.`

function expertBody(x: ApprovalFacts, f: Formatter, lead: string): string {
  return (
    `${lead}On ${x.chain.name}: ${state(x, f)}. Risk codes: ${x.risks.length ? x.risks.join(', ') : 'none'}.` +
    (x.grantedIn ? ` Granted in block ${x.grantedIn.blockNumber} (tx ${x.grantedIn.hash}).` : '') +
    (x.unverified ? ' Live read failed: not confirmed on chain; the log above says it was granted.' : '')
  )
}

const names = (x: ApprovalFacts, f: Formatter) => `${x.symbol ? `${f.quote(x.symbol)} ` : ''}${x.token} → ${x.spender}${x.spenderLabel ? ` (${x.spenderLabel})` : ''}`

type Words = string | ((x: ApprovalFacts) => string)
const said = (words: Words, x: ApprovalFacts) => (typeof words === 'string' ? words : words(x))

/** One card per code of the approvals check; each names its token and spender, so no two read the same. */
function card(title: (x: ApprovalFacts, f: Formatter) => string, body: Words, steps: (x: ApprovalFacts, f: Formatter) => string[], expertTitle: string, expertLead: Words = ''): LevelTemplates<ApprovalCode> {
  return {
    novice: (x, f) => ({ title: title(x as ApprovalFacts, f), body: `${said(body, x as ApprovalFacts)}${where(x as ApprovalFacts, f)}.${unverified(x as ApprovalFacts)}`, actions: steps(x as ApprovalFacts, f) }),
    expert: (x, f) => ({ title: `${expertTitle}: ${names(x as ApprovalFacts, f)}`, body: expertBody(x as ApprovalFacts, f, said(expertLead, x as ApprovalFacts)), actions: [revoke(x as ApprovalFacts)] }),
  } as LevelTemplates<ApprovalCode>
}

const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`

/**
 * Permit2 itself as the spender: the standard contract many apps move tokens through. It moves them only for an
 * app the owner signed a Permit2 message for (or approved on Permit2), so the risk is in those signatures.
 */
const permit2Body = 'Permit2 is a standard contract many apps use to move tokens for you, only for the apps you signed or approved for it. The risk is in signatures: only sign Permit2 requests on sites you trust, since a signature can let an app take this token'
const permit2Lead = 'Spender is the canonical Permit2: it transfers only for spenders the owner authorised in Permit2 (Permit2.approve, or a signed PermitSingle / PermitBatch / PermitTransferFrom message), so the exposure is in those signatures and in the Permit2 allowances they set (reported as APPROVAL_PERMIT2). '

export const approvalsEn: CatalogPart<ApprovalCode> = {
  APPROVAL_UNLIMITED: card(
    (x, f) => `${sentence(spender(x, f))} can spend ${scope(x, f)}.`,
    (x) => (x.spenderIsPermit2 ? permit2Body : 'You gave this permission at some point. If that app is ever hacked, or was a scam, it could take all of that token, including what you receive later'),
    (x, f) =>
      x.spenderIsPermit2
        ? ['Before signing a Permit2 request, check that the site is the one you meant to use.', `If you no longer use apps that move ${token(x, f)} through Permit2, ${removeIt(x, f)}.`]
        : [`If you no longer use this app, ${removeIt(x, f)}.`, 'Next time, approve only the amount you are spending.'],
    'Unlimited allowance',
    (x) => (x.spenderIsPermit2 ? permit2Lead : ''),
  ),
  APPROVAL_TO_EOA: card(
    (x, f) => `${sentence(spender(x, f, 'APPROVAL_TO_EOA'))}, not an app, can ${grantVerb(x, true)} ${scope(x, f)}.`,
    'Real apps use programs (smart contracts) to move your tokens, not personal wallets. This is how many scams empty wallets',
    (x, f) => [`Right away, ${removeIt(x, f)}.`, ifMissing(x, f), en.noRecoveryPhrase],
    'Approval to an EOA',
    'Spender has no code: only its key holder can use it. ',
  ),
  APPROVAL_TO_UNKNOWN_CONTRACT: card(
    (x, f) => `${sentence(spender(x, f, 'APPROVAL_TO_UNKNOWN_CONTRACT'))} can ${verb(x)} ${scope(x, f)}.`,
    'It may be fine, since there are many apps we do not list, but make sure you know it',
    (x, f) => [`If you don't recognise it, ${removeIt(x, f)}.`],
    'Approval to an unlisted contract',
    "Spender has code but is not in txdoctor's list of known protocol contracts for this chain; check its verified source. ",
  ),
  APPROVAL_FOR_ALL: card(
    (x, f) => `${sentence(spender(x, f))} can move ${scope(x, f)}.`,
    'This permission covers the whole collection, not one item',
    (x, f) => [`If you no longer use that marketplace or app, ${removeIt(x, f)}.`],
    'Operator approval (setApprovalForAll)',
  ),
  APPROVAL_FLAGGED_SPENDER: {
    novice: (x, f) => ({
      title: `Danger: a known scam address (${f.short(x.spender)}) can take ${scope(x, f)}.`,
      body: `The address with this permission is listed as “${x.flaggedAs}”${where(x, f)}.${unverified(x)}`,
      actions: [`Right away, ${removeIt(x, f)}.`, ifMissing(x, f), en.noRecoveryPhrase],
    }),
    expert: (x, f) => ({
      title: `Approval to deny-listed spender: ${names(x, f)}`,
      body: expertBody(x, f, `Flagged as “${x.flaggedAs}” in the ${x.chain.name} deny list. `),
      actions: [`Revoke immediately: ${x.revoke}${x.permission === 'permit2' ? `, or Permit2.lockdown([(${x.token}, ${x.spender})])` : ''}.`],
    }),
  },
  APPROVAL_PERMIT2: card(
    (x, f) => `${sentence(spender(x, f))} can spend ${scope(x, f)}.`,
    'This permission is kept by Permit2, apart from the token: removing the permission you gave Permit2 on the token does not remove this one',
    (x, f) => [`If you no longer use this app, ${removeIt(x, f)}.`],
    'Permit2 allowance',
  ),
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

type TxApproval = FindingFacts['TX_APPROVAL']

/** TX_APPROVAL: what this transaction allowed, and to whom (the same judge as the approvals check). */
export const txApprovalEn: LevelTemplates<'TX_APPROVAL'> = {
  novice: (x, f): Text => {
    const v = txApprovalView(x)
    return {
      title: `${x.flaggedAs ? 'Danger: this' : 'This'} transaction gave ${spender(x, f)} permission to ${verb(x)} ${scope(x, f)}.`,
      body:
        (x.flaggedAs ? `That address is listed as “${x.flaggedAs}”: anything it is allowed to take, it will take. ` : '') +
        (v.personalWallet ? 'It went to a personal wallet, not an app: a common sign of a scam. ' : '') +
        (v.unknownApp ? 'We do not recognise the app it went to. ' : '') +
        (x.permission === 'permit2' ? 'Permit2 keeps this permission apart from the token’s own. ' : '') +
        `It stays in place until you remove it${where(x, f)}.`,
      actions: [
        { now: `Right away, ${removeIt(x, f)}.`, 'if-unknown': `If you don't recognise it, ${removeIt(x, f)} now.`, 'if-unused': `If you no longer use this app, ${removeIt(x, f)}.` }[v.remove],
        ...(v.mayHaveUsed ? [ifMissing(x, f)] : []),
        'Give permission only to apps you trust, and only for the amount you need.',
        en.noRecoveryPhrase,
      ],
    }
  },
  expert: (x: TxApproval, f) => ({
    title: `${x.method} → ${x.spender}${x.spenderLabel ? ` (${x.spenderLabel})` : ''}`,
    body: expertBody(x, f, `Token ${x.symbol ? `${f.quote(x.symbol)} ` : ''}${x.token}. ${x.flaggedAs ? `Spender is deny-listed as “${x.flaggedAs}”. ` : ''}`),
    actions: [revoke(x)],
  }),
}

const kindNames: Record<ApprovalFacts['permission'], string> = { erc20: 'ERC-20 allowance', nft: 'single NFT', 'for-all': 'operator (every item)', permit2: 'Permit2 allowance' }

/** One risky permission in the address answer's summary: who, and how much of what. */
const riskyLine = (r: RiskyApproval, f: Formatter) => `${spender(r, f, r.risk)} can ${grantVerb(r, isDangerous(r))} ${scope(r, f)}`

/** The holders of the dangerous permissions, named: "the scam address (…) and the 2 personal wallets (…, …)". */
function holders(v: RiskyView, f: Formatter): string {
  const group = (addresses: string[], one: string, many: string) =>
    addresses.length === 0 ? [] : [`the ${addresses.length === 1 ? one : `${addresses.length} ${many}`} (${addresses.map((a) => f.short(a)).join(', ')})`]
  return [...group(v.scamAddresses, 'scam address', 'scam addresses'), ...group(v.personalWallets, 'personal wallet', 'personal wallets')].join(' and ')
}

/** How far a risky permission reaches, for an expert. */
function reach(r: RiskyApproval, f: Formatter): string {
  return {
    item: () => `item #${r.tokenId}`,
    collection: () => 'every item',
    unlimited: () => 'unlimited',
    amount: () => `${f.tokenExact(r.amount!, r.decimals, r.symbol)}${r.expiration === undefined ? '' : `, expires ${f.utc(r.expiration)}`}`,
  }[scopeKind(r)]()
}

/** ADDRESS_RISKY_APPROVALS: the address answer's summary of its standing approvals. */
export const riskyApprovalsEn: LevelTemplates<'ADDRESS_RISKY_APPROVALS'> = {
  novice: (x, f) => {
    const v = riskySummaryView(x)
    const unfinished = x.notChecked.length ? `We could not finish checking its permissions on ${f.chains(x.notChecked)}.` : ''
    if (x.risky.length === 0)
      return {
        title: `We could not finish checking this wallet’s spending permissions on ${f.chains(x.notChecked)}.`,
        body: `Apps and people can be allowed to spend a wallet’s tokens; some of those permissions are how scams empty wallets. The check takes longer on a wallet with a long history${x.checkedChains.length ? `; on ${f.chains(x.checkedChains)} it found nothing risky` : ''}.`,
        actions: ['Check this wallet’s permissions with a trusted tool such as revoke.cash, which looks through its whole history.'],
      }
    const dangerous = v.dangerous.length
    const others = v.others.length
    return {
      title: `${dangerous ? 'Danger: this' : 'This'} wallet has given ${v.total} risky spending permission${v.total === 1 ? '' : 's'}${v.dangerousOfThem ? `, ${v.dangerousOfThem} of them dangerous` : ''}.`,
      body: `${sentence(v.named.map((r) => riskyLine(r, f)).join('; '))}${v.more ? `; and ${v.more} more` : ''}. ${unfinished}`.trim(),
      actions: dangerous
        ? [
            `Right away, remove the permissions of ${holders(v, f)}, with a trusted tool such as revoke.cash or your wallet’s permissions page.`,
            ...(others ? [`Then check the other ${others === 1 ? 'one' : others}: remove any you don’t use or don’t recognise.`] : []),
            `If anything is already missing, ${newWallet}.`,
            en.noRecoveryPhrase,
          ]
        : ['Check each one, and remove any you don’t use or don’t recognise, with a trusted tool such as revoke.cash or your wallet’s permissions page.'],
    }
  },
  expert: (x, f) => ({
    title: x.risky.length ? `${x.risky.length} risky standing approval(s) of ${x.approvals}` : `Approvals scan unfinished on ${f.chains(x.notChecked)}`,
    body:
      (x.risky.length ? `${x.risky.map((r) => `${r.chain.name}: ${r.risks.join(', ')} — ${kindNames[r.permission]} ${r.symbol ? `${f.quote(r.symbol)} ` : ''}${r.token} → ${r.spender}${r.spenderLabel ? ` (${r.spenderLabel})` : ''}: ${reach(r, f)}`).join('; ')}.` : '') +
      (x.notChecked.length ? ` Scan did not finish on ${f.chains(x.notChecked)} (time limit or node error).` : '') +
      (x.checkedChains.length ? ` Scanned: ${f.chains(x.checkedChains)}.` : ''),
    actions: x.risky.length
      ? x.risky.map((r) => `Revoke on ${r.chain.name}: ${r.revoke}${r.permission === 'permit2' ? `, or Permit2.lockdown([(${r.token}, ${r.spender})])` : ''}.`)
      : ['Run the approvals check for this address: it scans the whole history, with no address-answer time limit.'],
  }),
}

import type { FC } from 'hono/jsx'
import type { Answer } from '../../core/types.js'
import { ui } from '../../explain/web-words.js'

/** The address an answer is about, when it is an EVM address: its approvals can be checked. */
const addressOf = (answer: Answer): string | undefined => {
  const value = answer.kind === 'address' ? answer.facts.address : answer.kind === 'approvals' ? answer.facts.owner : undefined
  return typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value) ? value : undefined
}

/**
 * The way between an address's answer and its approvals check (`/?q=…&approvals=1`), both ways, keeping the
 * reader's level, language and chain: the address page shows standing-approval risk, the approvals page each card.
 */
export const ApprovalsLink: FC<{ answer: Answer }> = ({ answer }) => {
  const address = addressOf(answer)
  if (!address) return null
  const w = ui[answer.lang]
  const toApprovals = answer.kind === 'address'
  const query = new URLSearchParams({ q: address, ...(toApprovals ? { approvals: '1' } : {}), level: answer.level, lang: answer.lang, ...(answer.chain ? { chain: String(answer.chain.id) } : {}) })
  return (
    <p class="approvals-link">
      <a href={`/?${query}`}>{toApprovals ? w.approvalsLink : w.addressLink}</a>
    </p>
  )
}

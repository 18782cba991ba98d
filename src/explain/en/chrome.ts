import type { ChromeWords } from '../catalog-types.js'
import { answerSeconds } from '../format.js'

export const chromeEn: ChromeWords = {
  severity: { ok: 'OK', info: 'INFO', warning: 'WARNING', danger: 'DANGER' },
  kind: { transaction: 'transaction', address: 'address', approvals: 'approvals', rpc: 'node check' },
  status: {
    pending: 'waiting',
    success: 'went through',
    failed: 'failed',
    replaced: 'replaced',
    dropped: 'dropped',
    not_found: 'not found',
    on_other_chain: 'on another network',
    active: 'in use',
    unused: 'not used yet',
    non_evm: 'another kind of network',
    bad_checksum: 'probably mistyped',
    checked: 'checked',
    healthy: 'working',
    unhealthy: 'not working properly',
  },
  chain: (name, id) => `${name} (${id})`,
  next: 'What to do',
  facts: 'Details',
  colon: ': ',
  checked: (n) => `checked ${n} network${n === 1 ? '' : 's'}`,
  answered: (ms) => `answered in ${answerSeconds(ms)} s`,
  saved: 'saved answer',
  requests: (n, trips) => `${n} node request${n === 1 ? '' : 's'}, ${trips} round trip${trips === 1 ? '' : 's'}`,
  partial: 'incomplete: some networks did not answer',
  handoff: 'To ask a person for help, run again with --handoff and paste the result.',
}

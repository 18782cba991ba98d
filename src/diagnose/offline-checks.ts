import { finding } from '../core/finding.js'
import type { AnswerKind, Finding, Input, Status } from '../core/types.js'

/**
 * Pure: inputs answered without asking any node — another network's address or transaction (txdoctor reads EVM
 * nodes only: the answer says which network it is and where to look it up), or an EVM address whose checksum
 * fails (a typo: looking it up would describe someone else's address).
 */
export function checkOffline(input: Input): { kind: AnswerKind; status: Status; findings: Finding[] } | undefined {
  if (input.kind === 'non-evm-address') {
    const { network, address, prefix } = input
    return { kind: 'address', status: 'non_evm', findings: [finding('ADDRESS_NON_EVM', prefix ? { network, prefix, address } : { network, address })] }
  }
  if (input.kind === 'non-evm-transaction') {
    const { network, id, explorerName } = input
    return { kind: 'transaction', status: 'non_evm', findings: [finding('TX_NON_EVM', explorerName ? { network, id, explorerName } : { network, id })] }
  }
  if (input.kind === 'address' && input.checksum === 'invalid')
    return { kind: 'address', status: 'bad_checksum', findings: [finding('ADDRESS_BAD_CHECKSUM', { address: input.typed, checksummed: input.address })] }
  return undefined
}

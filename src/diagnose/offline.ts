import { finding } from '../core/finding.js'
import type { Finding, Input, Status } from '../core/types.js'

/**
 * Inputs that are answered without asking any node: another network's address, or an EVM address whose
 * checksum fails (a typo: looking it up would describe someone else's address).
 */
export function offlineFindings(input: Input): { status: Status; findings: Finding[] } | undefined {
  if (input.kind === 'non-evm-address') {
    const { network, address, prefix } = input
    return { status: 'non_evm', findings: [finding('ADDRESS_NON_EVM', prefix ? { network, prefix, address } : { network, address })] }
  }
  if (input.kind === 'address' && input.checksum === 'invalid')
    return { status: 'bad_checksum', findings: [finding('ADDRESS_BAD_CHECKSUM', { address: input.typed, checksummed: input.address })] }
  return undefined
}

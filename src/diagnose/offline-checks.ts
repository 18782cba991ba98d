import { bytesToHex } from 'viem'
import { finding } from '../core/finding.js'
import type { FindingFacts } from '../core/facts.js'
import type { AnswerKind, Finding, Input, Status } from '../core/types.js'
import { base58Decode, bitcoinBase58 } from '../input/codecs.js'

/**
 * Pure: inputs answered without asking any node — another network's address or transaction (txdoctor reads EVM
 * nodes only: the answer says which network it is and where to look it up), or an EVM address whose checksum
 * fails (a typo: looking it up would describe someone else's address).
 */
export function checkOffline(input: Input): { kind: AnswerKind; status: Status; findings: Finding[] } | undefined {
  if (input.kind === 'non-evm-address') {
    const { network, address, prefix } = input
    const hexAddress = network === 'tron' ? tronHex(address) : undefined
    return { kind: 'address', status: 'non_evm', findings: [finding('ADDRESS_NON_EVM', { network, address, ...(prefix ? { prefix } : {}), ...(hexAddress ? { hexAddress } : {}) })] }
  }
  if (input.kind === 'non-evm-transaction') {
    const { network, id, explorerName } = input
    return { kind: 'transaction', status: 'non_evm', findings: [finding('TX_NON_EVM', explorerName ? { network, id, explorerName } : { network, id })] }
  }
  if (input.kind === 'address' && input.checksum === 'invalid')
    return { kind: 'address', status: 'bad_checksum', findings: [finding('ADDRESS_BAD_CHECKSUM', checksumFacts(input.typed, input.address))] }
  return undefined
}

/**
 * A TRON address is base58check of 0x41 followed by a 20-byte account id; its hex form (41…) is how TRON's own
 * tools write it. The classifier has verified the checksum already.
 */
function tronHex(address: string): string | undefined {
  const bytes = base58Decode(address, bitcoinBase58)
  return bytes?.length === 25 && bytes[0] === 0x41 ? bytesToHex(bytes.subarray(0, 21)).slice(2) : undefined
}

/**
 * How far a failed EIP-55 checksum is from passing. Every letter's expected case comes from the hash of all 40
 * digits, so a changed digit makes each letter's case a coin flip (about half differ); at most this many
 * differing points to a letter's case changed by hand rather than a digit (two of fifteen letters or fewer comes
 * from a changed digit well under 1% of the time).
 */
const caseOnlyAtMost = 2

function checksumFacts(typed: string, checksummed: FindingFacts['ADDRESS_BAD_CHECKSUM']['checksummed']): FindingFacts['ADDRESS_BAD_CHECKSUM'] {
  const [a, b] = [typed.slice(-40), checksummed.slice(2)]
  const letters = [...b].filter((c) => /[a-fA-F]/.test(c)).length
  const caseDiffersAt = [...b].flatMap((c, i) => (c !== a[i] && c.toLowerCase() === a[i]?.toLowerCase() ? [i] : []))
  return { address: typed, checksummed, letters, caseDiffersAt, caseOnlyLikely: caseDiffersAt.length <= caseOnlyAtMost }
}

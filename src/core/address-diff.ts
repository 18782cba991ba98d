/**
 * Where two addresses differ, as data the words and the renderers share. A look-alike address is made to match a
 * real one at the start and the end, where wallets shorten; the differences hide in the middle, so answers show
 * both in full and mark exactly these characters.
 */

/** 0-based positions over the 40 hex characters after `0x` where `a` and `b` differ; letter case is ignored. */
export function differingPositions(a: string, b: string): number[] {
  const [x, y] = [hexOf(a), hexOf(b)]
  const positions: number[] = []
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) positions.push(i)
  return positions
}

/** Positions grouped into runs, so `[4, 5, 6, 9]` reads as 4–6 and 9: `[[4, 6], [9, 9]]`. */
export function positionRuns(positions: number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const p of [...positions].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && p === last[1] + 1) last[1] = p
    else runs.push([p, p])
  }
  return runs
}

/** A piece of text, and whether it is a character that differs between the two addresses. */
export type Segment = { text: string; differs: boolean }

/** The pair a finding compares (its facts name them `genuine` and `lookalike`), when it carries `differsAt`. */
export type AddressPair = { addresses: string[]; differsAt: number[] }

export function addressPairOf(facts: Record<string, unknown>): AddressPair | undefined {
  const { genuine, lookalike, differsAt } = facts
  if (typeof genuine !== 'string' || typeof lookalike !== 'string' || !Array.isArray(differsAt)) return undefined
  return { addresses: [genuine, lookalike], differsAt: differsAt.filter((p): p is number => typeof p === 'number') }
}

/**
 * Cuts `text` so that, wherever either address of the pair is written in full, each differing character is its
 * own segment. Renderers only draw the segments (underline, caret, highlight); they decide nothing.
 */
export function markPair(text: string, pair: AddressPair): Segment[] {
  const differs = new Set(pair.differsAt.map((p) => p + 2)) // offsets inside "0x…"
  const lower = text.toLowerCase()
  const targets = pair.addresses.map((a) => a.toLowerCase())
  const segments: Segment[] = []
  const add = (piece: string, differing: boolean) => {
    const last = segments.at(-1)
    if (last && last.differs === differing) last.text += piece
    else segments.push({ text: piece, differs: differing })
  }
  for (let i = 0; i < text.length; ) {
    const target = targets.find((t) => lower.startsWith(t, i))
    if (!target) add(text[i]!, false)
    else for (let k = 0; k < target.length; k++) add(text[i + k]!, differs.has(k))
    i += target?.length ?? 1
  }
  return segments
}

const hexOf = (address: string) => address.toLowerCase().replace(/^0x/, '')

/** The runs as a reader writes them: `['4–6', '9']`. */
export const runLabels = (positions: number[]): string[] => positionRuns(positions).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`))

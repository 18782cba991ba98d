import { diagnose } from '../../src/diagnose/diagnose.js'
import { explain } from '../../src/explain/explain.js'
import type { Lang, Level } from '../../src/core/types.js'
import { MemoryPendingStore, type PendingStore } from '../../src/store/pending-store.js'
import type { Lab } from '../harness/lab.js'

/** Diagnoses against the lab's chains, and renders the answer, as every channel does. */
export async function ask(lab: Lab, q: string, { chain, level = 'expert', lang = 'en', store = new MemoryPendingStore() }: { chain?: string; level?: Level; lang?: Lang; store?: PendingStore } = {}) {
  const diagnosis = await diagnose(q, { chain }, { config: lab.config, store })
  const answer = explain(diagnosis, { level, lang })
  return { diagnosis, answer, codes: diagnosis.findings.map((f) => f.code), finding: (code: string) => diagnosis.findings.find((f) => f.code === code) }
}

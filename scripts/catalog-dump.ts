/**
 * npm run catalog-dump: every finding code's words at both levels and in both languages, rendered with its example
 * facts (src/explain/examples.ts), as plain text. Diff two dumps to show a refactor of the catalog changed no word.
 */
import { allFindingCodes } from '../src/core/codes.js'
import { finding } from '../src/core/finding.js'
import { langs, levels } from '../src/core/types.js'
import { describe } from '../src/explain/explain.js'
import { findingExamples } from '../src/explain/examples.js'

for (const code of allFindingCodes)
  for (const lang of langs)
    for (const level of levels) {
      const text = describe(finding(code, findingExamples[code] as never), { level, lang })
      console.log(`## ${code} · ${level} · ${lang}\n${text.title}\n${text.body}\n${text.actions.map((a, i) => `${i + 1}. ${a}`).join('\n')}\n`)
    }

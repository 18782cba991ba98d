import { allFindingCodes, findingCodes } from '../core/codes.js'
import { finding } from '../core/finding.js'
import { describe } from './explain.js'
import { findingExamples } from './examples.js'

/**
 * The finding-code reference as a Markdown table, generated from the catalog (README, /codes). Each row shows the
 * usual severity and the novice and expert titles for the code's example facts.
 */
export function codeReferenceMarkdown(): string {
  const rows = allFindingCodes.map((code) => {
    const example = finding(code, findingExamples[code] as never)
    const novice = describe(example, { level: 'novice', lang: 'en' }).title
    const expert = describe(example, { level: 'expert', lang: 'en' }).title
    return `| \`${code}\` | ${findingCodes[code]} | ${escape(novice)} | ${escape(expert)} |`
  })
  return ['| code | usual severity | novice title (example) | expert title (example) |', '|---|---|---|---|', ...rows].join('\n')
}

const escape = (text: string) => text.replace(/\|/g, '\\|')

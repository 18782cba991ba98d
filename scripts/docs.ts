/** Regenerates the parts of the README that come from code (the finding-code reference). */
import { readFileSync, writeFileSync } from 'node:fs'
import { codeReferenceMarkdown } from '../src/explain/reference.js'

const readme = readFileSync('README.md', 'utf8')
const updated = readme.replace(/<!-- codes:start -->\n[\s\S]*?<!-- codes:end -->/, () => `<!-- codes:start -->\n${codeReferenceMarkdown()}\n<!-- codes:end -->`)
writeFileSync('README.md', updated)
console.log(updated === readme ? 'README.md already current' : 'README.md updated')

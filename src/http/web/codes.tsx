import type { FC } from 'hono/jsx'
import { allFindingCodes, findingCodes, type FindingCode } from '../../core/codes.js'
import { finding } from '../../core/finding.js'
import { langs, levels, type Lang } from '../../core/types.js'
import { describe } from '../../explain/explain.js'
import { findingExamples } from '../../explain/examples.js'
import { ui } from '../../explain/web-words.js'

const example = (code: FindingCode) => finding(code, findingExamples[code] as never)

const Shell: FC<{ lang: Lang; title: string; children?: unknown }> = ({ lang, title, children }) => (
  <html lang={lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <link rel="stylesheet" href="/assets/app.css" />
    </head>
    <body>
      <main>{children as never}</main>
    </body>
  </html>
)

/** Every finding code, with what it means: the catalog, browsable, so answers and agents can cite it. */
export const CodesPage: FC<{ lang: Lang }> = ({ lang }) => (
  <Shell lang={lang} title="txdoctor finding codes">
    <h1>{lang === 'zh-CN' ? 'txdoctor 发现代码' : 'txdoctor finding codes'}</h1>
    <p class="tagline"><a href="/">txdoctor</a> · <a href={`/codes?lang=${lang === 'en' ? 'zh-CN' : 'en'}`}>{lang === 'en' ? '简体中文' : 'English'}</a></p>
    {allFindingCodes.map((code) => (
      <article class={`finding sev-${findingCodes[code]}`} id={code}>
        <h3><span class={`badge sev-${findingCodes[code]}`}>{ui[lang].severity[findingCodes[code]]}</span><a href={`/codes/${code}?lang=${lang}`}><code>{code}</code></a></h3>
        <p>{describe(example(code), { level: 'novice', lang }).title}</p>
      </article>
    ))}
  </Shell>
)

/** One code at both levels and in both languages, rendered with example facts. */
export const CodePage: FC<{ code: FindingCode; lang: Lang }> = ({ code, lang }) => (
  <Shell lang={lang} title={`${code} — txdoctor`}>
    <h1><code>{code}</code></h1>
    <p class="tagline"><a href={`/codes?lang=${lang}`}>← {lang === 'zh-CN' ? '全部代码' : 'all codes'}</a> · {lang === 'zh-CN' ? '常见严重程度' : 'usual severity'}: {ui[lang].severity[findingCodes[code]]}</p>
    {langs.flatMap((l) =>
      levels.map((level) => {
        const text = describe(example(code), { level, lang: l })
        return (
          <article class={`finding sev-${findingCodes[code]}`} lang={l}>
            <p class="meta">{l} · {level}</p>
            <h3>{text.title}</h3>
            <p>{text.body}</p>
            <ol>{text.actions.map((a) => <li>{a}</li>)}</ol>
          </article>
        )
      }),
    )}
    <details open>
      <summary>facts (example)</summary>
      <pre>{JSON.stringify(findingExamples[code], (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}</pre>
    </details>
  </Shell>
)

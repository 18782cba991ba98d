import type { FC } from 'hono/jsx'
import type { Answer, Lang, Level } from '../../core/types.js'
import type { Problem } from '../problem.js'
import { ApprovalsLink } from './approvals-link.js'
import { MarkedText } from './marked-text.js'
import { ui } from '../../explain/web-words.js'

type PageProps = { q: string; level: Level; lang: Lang; approvals?: boolean; answer?: Answer | undefined; problem?: Problem | undefined }

/** The whole page: one form that works without JavaScript (a GET, so every answer has a shareable URL). */
export const Page: FC<PageProps> = ({ q, level, lang, approvals = false, answer, problem }) => {
  const w = ui[lang]
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{answer ? `${answer.headline} — txdoctor` : w.title}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <main>
          <h1>{w.title}</h1>
          <p class="tagline">{w.tagline}</p>
          <form method="get" action="/" role="search">
            <div class="field">
              <label for="q">{w.input}</label>
              <input type="text" id="q" name="q" value={q} placeholder={w.placeholder} autocomplete="off" spellcheck={false} required maxlength={512} />
            </div>
            <div class="row">
              <fieldset>
                <legend>{w.level}</legend>
                <label><input type="radio" name="level" value="novice" checked={level === 'novice'} /> {w.novice}</label>
                <label><input type="radio" name="level" value="expert" checked={level === 'expert'} /> {w.expert}</label>
              </fieldset>
              <div class="field">
                <label for="lang">{w.lang}</label>
                <select id="lang" name="lang">
                  <option value="en" selected={lang === 'en'}>English</option>
                  <option value="zh-CN" selected={lang === 'zh-CN'}>简体中文</option>
                </select>
              </div>
            </div>
            <label><input type="checkbox" name="approvals" value="1" checked={approvals} /> {w.approvalsToggle}</label>
            <div><button type="submit">{w.submit}</button></div>
          </form>
          {problem && (
            <section class="error" role="alert">
              <p><strong>{problem.detail}</strong></p>
              {problem.hint && <p>{problem.hint}</p>}
            </section>
          )}
          {answer && <AnswerView answer={answer} />}
          <p class="meta">{w.safety} · <a href="/docs">{w.docs}</a> · <a href={`/codes?lang=${lang}`}>{w.codes}</a></p>
        </main>
        <script src="/assets/app.js" defer></script>
      </body>
    </html>
  )
}

/** The badge already says "Danger" or "Warning": a title that starts with the same word drops it here. */
const withoutSeverityWord = (title: string) => title.replace(/^(?:Danger|Warning)\s*:\s*|^(?:危险|警告)[：:]\s*/, '').replace(/^[a-z]/, (c) => c.toUpperCase())

const AnswerView: FC<{ answer: Answer }> = ({ answer }) => {
  const w = ui[answer.lang]
  const untrusted = [...(answer.untrusted.tokenSymbols ?? []), ...(answer.untrusted.revertReason ? [answer.untrusted.revertReason] : [])]
  return (
    <section class="answer" aria-live="polite">
      <div class={`headline sev-${answer.severity}`} data-severity={answer.severity}>
        <span class={`badge sev-${answer.severity}`}>{w.severity[answer.severity]}</span>
        <strong>{withoutSeverityWord(answer.headline)}</strong>
        {answer.about && <p class="about">{answer.about}</p>}
      </div>
      {answer.meta.partial && <p class="meta">{w.partial}</p>}
      {answer.findings.map((f, i) => (
        <article class={`finding sev-${f.severity}`} data-code={f.code}>
          {/* The first card's title is the headline above: not said twice. */}
          {(i > 0 || f.title !== answer.headline) && <h3><span class={`badge sev-${f.severity}`}>{w.severity[f.severity]}</span>{withoutSeverityWord(f.title)}</h3>}
          <p><MarkedText text={f.body} facts={f.facts} /></p>
          {f.actions.length > 0 && (
            <>
              <p><strong>{w.next}:</strong></p>
              <ol>{f.actions.map((a) => <li>{a}</li>)}</ol>
            </>
          )}
          {f.code === 'ADDRESS_RISKY_APPROVALS' && <ApprovalsLink answer={answer} />}
          <p class="meta"><a href={`/codes/${f.code}?lang=${answer.lang}`}><code>{f.code}</code></a></p>
        </article>
      ))}
      {!answer.findings.some((f) => f.code === 'ADDRESS_RISKY_APPROVALS') && <ApprovalsLink answer={answer} />}
      {untrusted.length > 0 && (
        <p class="meta">{w.untrusted} {untrusted.map((s) => <span class="untrusted">«{s}» </span>)}</p>
      )}
      <details class="technical" open={answer.level === 'expert'}>
        <summary>{w.technical}</summary>
        {/* Worded with units by explain/details.ts; only the registry's explorer address is a link. */}
        <dl class="details">
          {answer.details.map((d) => (
            <div data-key={d.key}>
              <dt>{d.label}</dt>
              <dd>{d.link ? <a href={d.link} rel="noopener noreferrer nofollow">{d.value}</a> : d.value}</dd>
            </div>
          ))}
        </dl>
        <details class="raw">
          <summary>{w.raw}</summary>
          <pre>{JSON.stringify({ chain: answer.chain, status: answer.status, facts: answer.facts, findings: answer.findings.map((f) => ({ code: f.code, facts: f.facts })) }, null, 2)}</pre>
        </details>
      </details>
      <div class="field">
        <label for="handoff">{w.handoff}</label>
        <textarea id="handoff" rows={14} readonly>{answer.handoff}</textarea>
        <div><button type="button" class="secondary" data-copy="handoff" data-done={w.copied} hidden>{w.copy}</button></div>
      </div>
      <p class="meta">{w.meta(answer.meta.checkedChains.length, answer.meta.durationMs, answer.meta.cached ? (answer.status === 'pending' ? 'recent' : 'settled') : undefined)}</p>
    </section>
  )
}

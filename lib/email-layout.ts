import type { Language } from './i18n'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One transactional e-mail: plain HTML that reads well in any client, with a text twin. */
export const renderEmail = ({
  language,
  subject,
  heading,
  paragraphs,
  action,
}: {
  language: Language
  subject: string
  heading: string
  paragraphs: string[]
  action?: { label: string; url: string }
}): { subject: string; html: string; text: string } => {
  const footer = language === 'it' ? 'WeMi – il welfare di tutti' : 'WeMi – welfare for everyone'
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
<h1 style="font-size:20px">${escape(heading)}</h1>
${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
${action ? `<p><a href="${escape(action.url)}" style="color:#0066cc;font-weight:bold">${escape(action.label)}</a></p>` : ''}
<p style="color:#555;font-size:13px">${footer}</p>
</body></html>`
  const text = [heading, '', ...paragraphs, '', ...(action ? [`${action.label}: ${action.url}`, ''] : []), footer].join('\n')
  return { subject, html, text }
}

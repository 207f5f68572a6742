// The HTML part of an email, from its plain text: paragraphs, line breaks and clickable links.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function htmlOf(text: string) {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) =>
      escape(p)
        .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
        .replace(/\n/g, '<br>'),
    )
    .map((p) => `<p style="margin:0 0 12px">${p}</p>`)
    .join('');
  return `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">${paragraphs}</body></html>`;
}

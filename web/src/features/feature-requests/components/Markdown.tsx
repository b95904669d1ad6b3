import type { ReactNode } from 'react';

/**
 * Renders the Markdown of requests, comments and changelog entries as React elements: paragraphs, headings,
 * lists, quotes, code, emphasis and links. Nothing is ever inserted as HTML, so raw HTML in the text stays
 * visible text and cannot run script; links are kept only for http(s) and mailto. Headings start one level
 * below the section they appear in, so the page's outline stays intact.
 */
export function Markdown({ text, lang, headingLevel = 3 }: { text: string; lang?: string; headingLevel?: 3 | 4 }) {
  return (
    <div className="request-markdown" lang={lang}>
      {blocks(text).map((block, index) => renderBlock(block, index, headingLevel))}
    </div>
  );
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string };

const listItem = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

function blocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const result: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      index += 1;
      continue;
    }
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !/^\s*```/.test(lines[index] ?? '')) code.push(lines[index++] ?? '');
      index += 1;
      result.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      result.push({ kind: 'heading', depth: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      index += 1;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quote: string[] = [];
      while (index < lines.length && /^\s*>/.test(lines[index] ?? ''))
        quote.push((lines[index++] ?? '').replace(/^\s*>\s?/, ''));
      result.push({ kind: 'quote', text: quote.join(' ') });
      continue;
    }
    const first = listItem.exec(line);
    if (first) {
      const ordered = first[1] !== undefined;
      const items: string[] = [];
      while (index < lines.length) {
        const current = lines[index] ?? '';
        const item = listItem.exec(current);
        if (item) items.push(item[2] ?? '');
        else if (current.trim() && /^\s+/.test(current) && items.length > 0)
          items[items.length - 1] += ` ${current.trim()}`;
        else break;
        index += 1;
      }
      result.push({ kind: 'list', ordered, items });
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length) {
      const current = lines[index] ?? '';
      if (
        !current.trim() ||
        /^\s*```/.test(current) ||
        /^#{1,6}\s/.test(current) ||
        /^\s*>/.test(current) ||
        listItem.test(current)
      )
        break;
      paragraph.push(current.trim());
      index += 1;
    }
    result.push({ kind: 'paragraph', text: paragraph.join(' ') });
  }
  return result;
}

function renderBlock(block: Block, key: number, headingLevel: number): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p key={key} className="kern-body">
          {inline(block.text)}
        </p>
      );
    case 'heading': {
      const level = Math.min(headingLevel + block.depth - 1, 6);
      const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag key={key} className="kern-heading-small">
          {inline(block.text)}
        </Tag>
      );
    }
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag key={key} className={`kern-list${block.ordered ? ' kern-list--ordered' : ''}`}>
          {block.items.map((item, index) => (
            <li key={index}>{inline(item)}</li>
          ))}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote key={key} className="request-markdown__quote">
          <p className="kern-body">{inline(block.text)}</p>
        </blockquote>
      );
    case 'code':
      return (
        <pre key={key} className="request-markdown__code">
          <code>{block.text}</code>
        </pre>
      );
  }
}

const inlinePattern = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/;
const safeUrl = /^(https?:\/\/|mailto:)/i;

function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    const match = inlinePattern.exec(rest);
    if (!match) {
      parts.push(rest);
      break;
    }
    if (match.index > 0) parts.push(rest.slice(0, match.index));
    const [token, code, strong, emphasis, link] = match;
    if (code) parts.push(<code key={key++}>{code.slice(1, -1)}</code>);
    else if (strong) parts.push(<strong key={key++}>{inline(strong.slice(2, -2))}</strong>);
    else if (emphasis) parts.push(<em key={key++}>{inline(emphasis.slice(1, -1))}</em>);
    else if (link) {
      const linkMatch = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(link);
      const label = linkMatch?.[1] ?? link;
      const href = linkMatch?.[2] ?? '';
      parts.push(
        safeUrl.test(href) ? (
          <a key={key++} href={href} className="kern-link" rel="noopener noreferrer nofollow">
            {inline(label)}
          </a>
        ) : (
          label
        ),
      );
    }
    rest = rest.slice(match.index + token.length);
  }
  return parts;
}

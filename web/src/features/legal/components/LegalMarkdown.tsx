import type { ComponentProps } from 'react';
import Markdown, { type Components } from 'react-markdown';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

const headingClass: Record<HeadingTag, string> = {
  h2: 'kern-heading-medium',
  h3: 'kern-heading-small',
  h4: 'kern-title',
  h5: 'kern-title',
  h6: 'kern-title',
};

/** What a legal text may contain: text structure, emphasis and links; no images (they would lack a text). */
const allowedElements = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'a',
].concat(['strong', 'em', 'code', 'pre']);

/** Markdown heading depth 1 … 6 as a tag `top` levels below: `#` is the page's first level under its title. */
function headings(top: 2 | 3): Components {
  const heading = (depth: number) => {
    const Tag = `h${Math.min(top + depth - 1, 6)}` as HeadingTag;
    return function Heading({ node: _node, ...props }: ComponentProps<'h2'> & { node?: unknown }) {
      return <Tag className={headingClass[Tag]} {...props} />;
    };
  };
  return { h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6) };
}

const blocks: Components = {
  p: ({ node: _node, ...props }) => <p className="kern-body" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="kern-list kern-list--bullet" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="kern-list kern-list--number" {...props} />,
  // react-markdown empties a target it does not allow (javascript: and the like): such a link stays text.
  a: ({ node: _node, href, ...props }) =>
    href ? <a className="kern-link" rel="noopener noreferrer" href={href} {...props} /> : <span {...props} />,
};

const byTop = { 2: { ...headings(2), ...blocks }, 3: { ...headings(3), ...blocks } };

/**
 * A legal page's Markdown (CommonMark) as React elements, through react-markdown: raw HTML in the text is left
 * out, never inserted, and a link target outside its default safe list (http(s), mailto, relative …) is dropped, so
 * an operator's text cannot run script. Headings start at `top` (below the page's title) so the
 * outline stays intact.
 */
export function LegalMarkdown({ text, top = 2, lang }: { text: string; top?: 2 | 3; lang?: string }) {
  return (
    <div className="legal-markdown" lang={lang}>
      <Markdown allowedElements={allowedElements} unwrapDisallowed skipHtml components={byTop[top]}>
        {text}
      </Markdown>
    </div>
  );
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) addresses up to the next whitespace or angle bracket; closing punctuation is left to the sentence.
const addressPattern = /https?:\/\/[^\s<>"]+/g;
const trailingPunctuation = /[.,;:!?)\]']+$/;

/** Splits plain text into text and web addresses, so the addresses can be rendered as links. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(addressPattern)) {
    const address = match[0].replace(trailingPunctuation, '');
    const start = match.index;
    if (start > position) parts.push({ kind: 'text', text: text.slice(position, start) });
    parts.push({ kind: 'link', text: address, href: address });
    position = start + address.length;
  }
  if (position < text.length) parts.push({ kind: 'text', text: text.slice(position) });
  return parts;
}

import { Fragment } from 'react';
import { splitLinks } from '../links';

/** A plain-text mail as written, with its web addresses as links (invitations, password resets). */
export function MailText({ text }: { text: string }) {
  return (
    <div className="outbox-mail__text">
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} className="kern-link">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </div>
  );
}

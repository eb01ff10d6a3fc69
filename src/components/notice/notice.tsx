import type { ComponentPropsWithoutRef } from 'react';
import './notice.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps extends ComponentPropsWithoutRef<'div'> {
  /** What kind of news: the border's colour, beside a heading or words that say so (colour is never the only signal). */
  tone?: NoticeTone;
}

/**
 * A block that tells the user something about the page: a link's values left out, a decision
 * recorded, a conflict. Pass `role` ("status" for news that can wait, "alert" for news that
 * cannot) and any other attribute of a div.
 */
export function Notice({ tone = 'info', className, children, ...rest }: NoticeProps) {
  const classes = ['svm-notice', `svm-notice--${tone}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} {...rest}>
      {children}
    </div>
  );
}

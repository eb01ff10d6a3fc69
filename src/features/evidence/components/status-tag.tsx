import type { VerificationStatus } from '@/lib/contract';
import { verificationStatusLabel } from '@/lib/format';
import './evidence.css';

/** A verification status as a text tag; colour and border only reinforce the word. */
export function StatusTag({ status }: { status: VerificationStatus }) {
  return <strong className={`svm-status-tag svm-status-tag--${status}`}>{verificationStatusLabel(status)}</strong>;
}

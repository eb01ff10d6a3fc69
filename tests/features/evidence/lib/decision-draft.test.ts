// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { clearDraft, draftKey, readDraft, writeDraft } from '@/features/evidence/lib/decision-draft';

describe('decision drafts', () => {
  test('are kept per evidence item and read back', () => {
    writeDraft('e-1', { decision: 'query', comment: 'Which site?' });
    expect(localStorage.getItem('svm.draft.e-1')).not.toBeNull();
    expect(readDraft('e-1')).toEqual({ decision: 'query', comment: 'Which site?' });
    expect(readDraft('e-2')).toBeNull();
    clearDraft('e-1');
    expect(readDraft('e-1')).toBeNull();
  });

  test('an empty draft is not stored', () => {
    writeDraft('e-1', { comment: 'x' });
    writeDraft('e-1', { comment: '   ' });
    expect(localStorage.getItem(draftKey('e-1'))).toBeNull();
  });

  test('unreadable or foreign content is ignored, not trusted', () => {
    localStorage.setItem(draftKey('e-1'), '{not json');
    expect(readDraft('e-1')).toBeNull();
    localStorage.setItem(draftKey('e-1'), JSON.stringify({ decision: 'approve', comment: 'x' }));
    expect(readDraft('e-1')).toBeNull();
  });
});

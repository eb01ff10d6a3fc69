// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDemoUserId, setDemoUserId, useDemoUserId } from '@/lib/api/demo-user';

describe('demo user', () => {
  it('is unset until chosen, then remembered in localStorage', () => {
    expect(getDemoUserId()).toBeUndefined();
    setDemoUserId('u-director-1');
    expect(getDemoUserId()).toBe('u-director-1');
    expect(localStorage.getItem('svm.demoUser')).toBe('u-director-1');
    setDemoUserId(undefined);
    expect(localStorage.getItem('svm.demoUser')).toBeNull();
  });

  it('re-renders subscribers when it changes', () => {
    const { result } = renderHook(() => useDemoUserId());
    expect(result.current).toBeUndefined();
    act(() => setDemoUserId('u-cm-2'));
    expect(result.current).toBe('u-cm-2');
  });
});

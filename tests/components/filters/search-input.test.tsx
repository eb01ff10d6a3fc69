import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchInput } from '@/components/filters';
import { renderWithUrl } from './render-with-url';

describe('SearchInput', () => {
  it('has a visible label and hint, in a search landmark', () => {
    renderWithUrl(<SearchInput label="Search contracts" hint="Reference, title or supplier" />);
    expect(screen.getByRole('search', { name: 'Search contracts' })).toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: 'Search contracts' });
    expect(box).toHaveAccessibleDescription('Reference, title or supplier');
  });

  it('writes q to the URL once typing pauses, back to page 1', async () => {
    const { user, params } = renderWithUrl(<SearchInput label="Search contracts" />, '/contracts?page=3');
    await user.type(screen.getByRole('searchbox', { name: 'Search contracts' }), 'highways');
    expect(params().get('q')).toBeNull();
    await waitFor(() => expect(params().get('q')).toBe('highways'));
    expect(params().get('page')).toBeNull();
  });

  it('searches at once on Enter, and clearing the box removes q', async () => {
    const { user, params } = renderWithUrl(<SearchInput label="Search contracts" />, '/contracts?q=roads');
    const box = screen.getByRole('searchbox', { name: 'Search contracts' });
    expect(box).toHaveValue('roads');
    await user.clear(box);
    await user.type(box, 'ict{Enter}');
    expect(params().get('q')).toBe('ict');
    await user.clear(box);
    await waitFor(() => expect(params().has('q')).toBe(false));
  });

  it('follows the URL when it changes elsewhere, such as Back', async () => {
    const { user, router } = renderWithUrl(<SearchInput label="Search contracts" />, '/contracts');
    const box = screen.getByRole('searchbox', { name: 'Search contracts' });
    await user.type(box, 'care{Enter}');
    await act(() => router.navigate(-1));
    expect(box).toHaveValue('');
  });

  it('replaces the history entry while a search is refined', async () => {
    const { user, router } = renderWithUrl(<SearchInput label="Search contracts" />, '/contracts?q=road');
    await user.type(screen.getByRole('searchbox', { name: 'Search contracts' }), 's');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('roads'));
    expect(router.state.historyAction).toBe('REPLACE');
  });
});

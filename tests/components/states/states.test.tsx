import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  NotFound,
  QueryIssues,
  QueryStatus,
  UpdatingIndicator,
} from '@/components/states';
import { ProblemError, SchemaError } from '@/lib/api/errors';

const busy = new ProblemError('/contracts', { type: 'about:blank', title: 'Busy', status: 503 }, 30);

describe('LoadingState', () => {
  it('politely says what is loading', () => {
    render(<LoadingState what="contracts" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading contracts…');
  });
});

describe('QueryIssues', () => {
  it('says which values of a link were left out, and why, as a polite status', () => {
    render(
      <QueryIssues
        issues={[
          { name: 'borough', value: 'E0000000X', reason: 'not a borough code' },
          { name: 'page', value: 'two', reason: 'not a whole number' },
        ]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The link had values this page does not recognise, so they were left out: ' +
        'borough=E0000000X (not a borough code), page=two (not a whole number).',
    );
  });

  it('shows nothing when the whole link was understood', () => {
    const { container } = render(<QueryIssues issues={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ErrorState', () => {
  it('gives a specific title, what failed and what to do, with Retry', async () => {
    const onRetry = vi.fn();
    render(<ErrorState error={busy} onRetry={onRetry} what="contracts" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The service is busy');
    expect(alert).toHaveTextContent('We could not load contracts. Try again in 30 seconds.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('lists where a response broke the contract under technical details, without a stack trace', () => {
    const error = new SchemaError('/contracts', [
      { path: 'items[3].value', field: 'value', message: 'expected number, received string' },
    ]);
    render(<ErrorState error={error} />);
    expect(screen.getByRole('heading', { name: 'The data could not be shown' })).toBeInTheDocument();
    expect(screen.getByText('items[3].value: expected number, received string')).toBeInTheDocument();
    expect(screen.getByRole('alert')).not.toHaveTextContent(/at \w+ \(|\.ts:\d+/);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});

describe('EmptyState', () => {
  it('shows its title and what to do', () => {
    render(
      <EmptyState title="No contracts match these filters">
        <p>Clear the filters.</p>
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'No contracts match these filters' })).toBeInTheDocument();
    expect(screen.getByText('Clear the filters.')).toBeInTheDocument();
  });
});

describe('NotFound', () => {
  it('names what was not found and offers a way back', async () => {
    const router = createMemoryRouter([
      { path: '*', element: <NotFound what="contract" backTo={{ href: '/contracts', label: 'Go to contracts' }} /> },
    ]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contract not found' })).toBeInTheDocument();
    expect(document.title).toBe('Contract not found – Social Value Monitor');
    expect(screen.getByRole('link', { name: 'Go to contracts' })).toHaveAttribute('href', '/contracts');
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });
});

describe('UpdatingIndicator', () => {
  it('keeps an empty live region while idle and says "Updating…" while fetching', () => {
    const { rerender } = render(<UpdatingIndicator active={false} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(<UpdatingIndicator active />);
    expect(screen.getByRole('status')).toHaveTextContent('Updating…');
  });
});

function queryResult<T>(state: Partial<UseQueryResult<T>>): UseQueryResult<T> {
  return {
    data: undefined,
    error: null,
    isError: false,
    isFetching: false,
    dataUpdatedAt: 0,
    refetch: vi.fn(),
    ...state,
  } as UseQueryResult<T>;
}

describe('QueryStatus', () => {
  const renderCount = (count: number) => <p>{count} contracts</p>;

  it('shows loading, then the data', () => {
    const { rerender } = render(
      <QueryStatus query={queryResult<number>({ isFetching: true })} what="contracts">
        {renderCount}
      </QueryStatus>,
    );
    expect(screen.getByText('Loading contracts…')).toBeInTheDocument();
    rerender(
      <QueryStatus query={queryResult({ data: 250 })} what="contracts">
        {renderCount}
      </QueryStatus>,
    );
    expect(screen.getByText('250 contracts')).toBeInTheDocument();
  });

  it('shows the error with Retry when there is nothing to show', async () => {
    const refetch = vi.fn();
    render(
      <QueryStatus query={queryResult<number>({ isError: true, error: busy, refetch })} what="contracts">
        {renderCount}
      </QueryStatus>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('keeps older data on screen when a refresh fails, saying how old it is', () => {
    render(
      <QueryStatus
        query={queryResult({ data: 250, isError: true, error: busy, dataUpdatedAt: Date.UTC(2026, 10, 25, 10, 32) })}
        what="contracts"
      >
        {renderCount}
      </QueryStatus>,
    );
    expect(screen.getByText('250 contracts')).toBeInTheDocument();
    expect(
      screen.getByText(/Could not refresh: the service is busy\. Showing figures last updated at 10:32\./),
    ).toBeInTheDocument();
  });
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { mockStore, server } from '@mocks/node';
import { renderRoute } from '../../utils/render-route';
import { decisionControls, findDecisionForm, firstPending } from './fixtures';

// The suite shares two cores with other work: give loads after an action time to land.
configure({ asyncUtilTimeout: 10_000 });

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

function stored(id: string) {
  return mockStore.evidence(id).evidence;
}

describe('deciding on evidence', { timeout: 30_000 }, () => {
  test('verifies part of a claim and records it with the version read', async () => {
    const item = firstPending((e) => e.claimedQuantity >= 2);
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const form = await findDecisionForm();
    const controls = decisionControls(form);

    await user.click(controls.radio('Verify'));
    expect(controls.quantity()).toHaveValue(item.claimedQuantity);
    await user.clear(controls.quantity());
    await user.type(controls.quantity(), '1');
    await user.click(controls.submit());

    await waitFor(() => expect(stored(item.id).status).toBe('verified'));
    expect(stored(item.id)).toMatchObject({ verifiedQuantity: 1, version: item.version + 1 });
    expect(await screen.findByText(new RegExp(`Decision recorded: ${item.fileName} is now verified`))).toBeVisible();
  });

  test('asks for a comment before rejecting, with an error summary that leads to the field', async () => {
    const item = firstPending();
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    await user.click(controls.radio('Reject'));
    await user.click(controls.submit());

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error: /);
    expect(controls.comment()).toHaveAccessibleDescription(
      expect.stringContaining('Enter a comment saying why you are rejecting this evidence'),
    );
    expect(controls.comment()).toBeInvalid();
    await user.click(
      within(summary).getByRole('link', { name: 'Enter a comment saying why you are rejecting this evidence' }),
    );
    expect(controls.comment()).toHaveFocus();
    expect(stored(item.id).version).toBe(item.version);

    await user.type(controls.comment(), 'The payroll extract is for another contract');
    await user.click(controls.submit());

    await waitFor(() => expect(stored(item.id).status).toBe('rejected'));
    expect(mockStore.evidence(item.id).audit.at(-1)).toMatchObject({
      action: 'reject',
      userName: 'Priya Sharma',
      comment: 'The payroll extract is for another contract',
    });
    expect(document.title).not.toMatch(/^Error: /);
  });

  test('queries evidence with a comment, and needs a decision chosen first', async () => {
    const item = firstPending();
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    await user.click(controls.submit());
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: 'Select whether to verify, reject or query this evidence' }),
    ).toBeVisible();

    await user.click(controls.radio('Query'));
    await user.click(controls.submit());
    expect(
      await screen.findByRole('link', { name: 'Enter a comment saying what the supplier needs to clarify' }),
    ).toBeVisible();

    await user.type(controls.comment(), 'Which sites do these hours cover?');
    await user.click(controls.submit());
    await waitFor(() => expect(stored(item.id).status).toBe('queried'));
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument();
  });

  test('will not verify more than was claimed', async () => {
    const item = firstPending();
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    await user.click(controls.radio('Verify'));
    await user.clear(controls.quantity());
    await user.type(controls.quantity(), String(item.claimedQuantity + 1));
    await user.click(controls.submit());

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: /no more than .* the quantity claimed/ })).toBeVisible();
    expect(stored(item.id).status).toBe('pending');
  });
});

describe('two people deciding on the same evidence', { timeout: 30_000 }, () => {
  test('shows who decided in the meantime, keeps the comment, and decides again on the new version', async () => {
    const item = firstPending();
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    // Another contract manager decides after this page read the item.
    mockStore.decide(item.id, { decision: 'query', comment: 'Send the payslips too', version: item.version }, 'u-cm-2');

    await user.click(controls.radio('Reject'));
    await user.type(controls.comment(), 'Not this contract’s supplier');
    await user.click(controls.submit());

    const heading = await screen.findByRole('heading', { name: 'Someone else has decided on this evidence' });
    const notice = heading.closest('[role="alert"]');
    if (!(notice instanceof HTMLElement)) throw new Error('The conflict notice is not an alert');
    expect(heading).toHaveFocus();
    expect(notice).toHaveTextContent(/Tom Gallagher \(contract manager\) queried it on/);
    expect(notice).toHaveTextContent('Send the payslips too');
    expect(notice).toHaveTextContent(/It is now Queried/);
    expect(controls.comment()).toHaveValue('Not this contract’s supplier');
    expect(controls.radio('Reject')).toBeChecked();
    expect(stored(item.id).status).toBe('queried');

    await user.click(within(notice).getByRole('button', { name: 'Decide again on the current version' }));
    expect(
      screen.queryByRole('heading', { name: 'Someone else has decided on this evidence' }),
    ).not.toBeInTheDocument();
    await user.click(controls.submit());

    await waitFor(() => expect(stored(item.id).status).toBe('rejected'));
    expect(stored(item.id).version).toBe(item.version + 2);
  });
});

describe('who may decide', { timeout: 30_000 }, () => {
  test('a director sees no decision controls, and why', async () => {
    const item = firstPending();
    renderRoute(`/evidence?selected=${item.id}`, { user: 'u-director-1' });

    expect(
      await screen.findByText('Only contract managers can verify evidence. You are signed in as a director.'),
    ).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Your decision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  test('an auditor is told the same', async () => {
    renderRoute(`/evidence?selected=${firstPending().id}`, { user: 'u-auditor-1' });
    expect(
      await screen.findByText('Only contract managers can verify evidence. You are signed in as an auditor.'),
    ).toBeVisible();
  });

  test('says plainly when the API refuses a decision, and keeps the comment', async () => {
    const item = firstPending();
    server.use(
      http.post('*/api/v1/evidence/:id/decisions', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only contract managers can decide.' },
          { status: 403, headers: PROBLEM_HEADERS },
        ),
      ),
    );
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    await user.click(controls.radio('Query'));
    await user.type(controls.comment(), 'Which quarter is this for?');
    await user.click(controls.submit());

    expect(await screen.findByRole('heading', { name: 'Your decision was not recorded' })).toBeVisible();
    expect(screen.getByText('You do not have permission to decide on evidence.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(controls.comment()).toHaveValue('Which quarter is this for?');
    expect(stored(item.id).status).toBe('pending');
  });
});

describe('a failure while submitting', { timeout: 30_000 }, () => {
  test.each([
    [
      'a server error',
      () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: PROBLEM_HEADERS },
        ),
      'Sorry, there is a problem with the service.',
    ],
    ['a network failure', () => HttpResponse.error(), 'The service could not be reached.'],
  ])('keeps the comment after %s, and Try again records it', async (_, failure, message) => {
    const item = firstPending();
    server.use(http.post('*/api/v1/evidence/:id/decisions', failure, { once: true }));
    const { user } = renderRoute(`/evidence?selected=${item.id}`);
    const controls = decisionControls(await findDecisionForm());

    await user.click(controls.radio('Query'));
    await user.type(controls.comment(), 'Please resend the timesheet');
    await user.click(controls.submit());

    expect(await screen.findByText(message)).toBeVisible();
    expect(controls.comment()).toHaveValue('Please resend the timesheet');
    expect(stored(item.id).status).toBe('pending');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stored(item.id).status).toBe('queried'));
    expect(mockStore.evidence(item.id).audit.at(-1)?.comment).toBe('Please resend the timesheet');
  });
});

describe('the draft', { timeout: 30_000 }, () => {
  test('survives a reload until the decision is accepted', async () => {
    const item = firstPending();
    const first = renderRoute(`/evidence?selected=${item.id}`);
    let controls = decisionControls(await findDecisionForm());
    await first.user.click(controls.radio('Query'));
    await first.user.type(controls.comment(), 'Half-written question');
    first.unmount();

    expect(localStorage.getItem(`svm.draft.${item.id}`)).toContain('Half-written question');

    const second = renderRoute(`/evidence?selected=${item.id}`);
    controls = decisionControls(await findDecisionForm());
    expect(controls.comment()).toHaveValue('Half-written question');
    expect(controls.radio('Query')).toBeChecked();
    expect(screen.getByText('Your unsubmitted decision on this evidence has been restored.')).toBeVisible();

    await second.user.type(controls.comment(), ' about the dates');
    await second.user.click(controls.submit());
    await waitFor(() => expect(stored(item.id).status).toBe('queried'));
    expect(localStorage.getItem(`svm.draft.${item.id}`)).toBeNull();
  });
});

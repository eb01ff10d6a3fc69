import { expect, expectNoAxeViolations, searchParams, tabTo, test } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { QueuePage } from './pages/queue-page';

/**
 * Issue 6: the default demo user (a contract manager) works the queue by keyboard. This test is
 * the only one that records decisions. In the 'http' project the API keeps decisions for the
 * whole run (and across runs that reuse the server), so it takes whichever item is oldest now
 * rather than a fixed one; in 'mock' each test's browser starts from the generated data.
 */
test('a contract manager verifies the oldest evidence; the decision is kept, audited, and hidden from directors', async ({
  page,
  consoleErrors,
}, testInfo) => {
  test.slow();
  const comment = `Payroll matches the claim (${testInfo.project.name} run ${Date.now()})`;
  const queue = new QueuePage(page);
  await queue.goto();
  await expect(queue.table.getByRole('columnheader', { name: 'Uploaded' })).toHaveAttribute('aria-sort', 'ascending');

  // Open the oldest item: it takes focus beside the list.
  const oldest = queue.itemLinks().first();
  const fileName = (await oldest.textContent()) ?? '';
  await oldest.press('Enter');
  await expect(page).toHaveURL(/[?&]selected=/);
  const evidenceId = searchParams(page).get('selected') ?? '';
  await expect(queue.itemHeading()).toContainText(fileName);
  await expect(queue.itemHeading()).toBeFocused();
  await queue.settled();
  const contractText =
    (await queue.panel
      .locator('dt', { hasText: /^Contract$/ })
      .locator('xpath=../dd')
      .textContent()) ?? '';
  const contractReference = contractText.split(':')[0] ?? '';
  await expectNoAxeViolations(page, 'the queue with the oldest item open');

  // Verify with a comment, by keyboard: Tab to the radios, Space to choose, type, Enter.
  await tabTo(page, queue.radio('Verify'));
  await page.keyboard.press('Space');
  await expect(queue.radio('Verify')).toBeChecked();
  await tabTo(page, queue.comment());
  await page.keyboard.type(comment);
  await tabTo(page, queue.recordButton());
  await page.keyboard.press('Enter');

  await expect(queue.announcement).toContainText(`Decision recorded: ${fileName} is now verified.`);
  await expect(queue.itemLink(evidenceId)).toHaveCount(0);
  const nextId = searchParams(page).get('selected');
  expect(nextId).not.toBeNull();
  expect(nextId).not.toBe(evidenceId);
  await expect(queue.itemHeading()).toBeFocused();

  // Reject the next item without saying why: the error summary takes focus and names the field.
  await tabTo(page, queue.radio('Verify'));
  await page.keyboard.press('ArrowDown');
  await expect(queue.radio('Reject')).toBeChecked();
  await tabTo(page, queue.recordButton());
  await page.keyboard.press('Enter');
  await expect(queue.errorSummary()).toBeFocused();
  await expect(queue.errorSummary()).toContainText('Enter a comment saying why you are rejecting this evidence');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'a rejection without a comment');
  await queue.errorSummary().getByRole('link').press('Enter');
  await expect(queue.comment()).toBeFocused();

  // After a reload the decision stands, and the unfinished rejection is still there to finish.
  await page.reload();
  await queue.settled();
  await expect(queue.table).toBeVisible();
  await expect(queue.itemLink(evidenceId)).toHaveCount(0);
  await expect(queue.radio('Reject')).toBeChecked();
  await expect(queue.panel).toContainText('Your unsubmitted decision on this evidence has been restored.');

  await page.goto(`/evidence?selected=${encodeURIComponent(evidenceId)}`);
  await expect(queue.itemHeading()).toContainText(fileName);
  await queue.settled();
  await expect(queue.status()).toHaveText('Verified');
  await expect(queue.history()).toContainText(comment);

  // The audit log has the decision: who, what and the comment.
  await queue.navLink('Audit').press('Enter');
  const audit = new AuditPage(page);
  await expect(audit.heading).toHaveText('Audit log');
  await expect(audit.table).toBeVisible();
  await audit.filterByContract(contractReference);
  const event = audit.eventWithComment(comment);
  await expect(event).toHaveCount(1);
  await expect(event).toContainText('Priya Sharma');
  await expect(event).toContainText(/Verif/);
  await expectNoAxeViolations(page, 'the audit log filtered to the contract');

  // A director sees the item, but no decision controls.
  await page.goto(`/evidence?selected=${encodeURIComponent(evidenceId)}`);
  await expect(queue.itemHeading()).toContainText(fileName);
  await queue.actAs('Helen Whitfield');
  await expect(queue.panel).toContainText(
    'Only contract managers can verify evidence. You are signed in as a director.',
  );
  await expect(queue.panel.getByRole('radio')).toHaveCount(0);
  await expect(queue.recordButton()).toHaveCount(0);
  await expectNoAxeViolations(page, 'an evidence item seen by a director');
  expect(consoleErrors).toEqual([]);
});

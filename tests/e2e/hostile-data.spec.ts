import type { Page as BrowserPage, Route } from '@playwright/test';
import type { AuditEvent, ContractSummary, Evidence, EvidenceDetail, Page as ApiPage } from '@/lib/contract';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectReflowDesktopThenPhone,
  onlyInHttpProject,
  test,
} from './fixtures';
import { AuditPage } from './pages/audit-page';
import { ContractPage, escapeRegExp } from './pages/contract-page';
import { QueuePage } from './pages/queue-page';
import { RegisterPage } from './pages/register-page';
import { readCsvExport, readXlsxExport } from './support/export-files';

/**
 * Issue 8: hostile data served through the HTTP API, on the evidence side (the queue, the open
 * item, the contract drill-down and the audit log) and in the register's exports. The answers are
 * edited with `page.route`, which sees the export's Web Worker's requests too.
 */
onlyInHttpProject();

const API = '/api/v1';
/** Where the HTTP build calls its API (.env.http, and the server playwright.config.ts starts). */
const API_ORIGIN = 'http://127.0.0.1:8787';
/** The one kind of address a download link may have: the API's own file of that evidence. */
const FILE_HREF = /^http:\/\/127\.0\.0\.1:8787\/api\/v1\/evidence\/[^/]+\/file$/;
const isEvidenceList = (url: URL) => url.pathname === `${API}/evidence`;
const isEvidenceDetail = (url: URL) => /^\/api\/v1\/evidence\/[^/]+$/.test(url.pathname);
const isAuditList = (url: URL) => url.pathname === `${API}/audit`;
const isContractList = (url: URL) => url.pathname === `${API}/contracts`;

const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  js: 'javascript:alert(1)',
  data: 'data:text/html,<script>window.__xss=1</script>',
  /** 5,000 characters with spaces to break at. */
  long: 'Very long evidence text '.repeat(209).slice(0, 5_000),
  /** 5,000 characters with nowhere to break, as a file name or a pasted address would be. */
  unbroken: `${'x'.repeat(4_996)}.pdf`,
};
const HUGE = 1e15;

/** The real answer from the demo API, changed by `edit`. */
async function edited<T>(route: Route, edit: (body: T) => unknown) {
  const response = await route.fetch();
  const body = (await response.json()) as T;
  return route.fulfill({ response, json: edit(body) });
}

/** Every sign that something from the data ran or became a link. */
async function expectNothingExecutedOrLinked(page: BrowserPage, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
  const hrefs = await page
    .locator('a[href], area[href], iframe[src], img[src]')
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
    );
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
}

function recordDialogs(page: BrowserPage): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** The file names hostile evidence is given, in turn, each id keeping the first it is given. */
const FILE_NAMES = [HOSTILE.img, HOSTILE.script, HOSTILE.js, HOSTILE.data, HOSTILE.unbroken];

/**
 * Serves every evidence list and evidence item with hostile text in each text field, and the
 * same hostile file name for an item wherever it shows (list row, item, breadcrumb).
 */
async function serveHostileEvidence(page: BrowserPage): Promise<void> {
  const fileNames = new Map<string, string>();
  const nameFor = (id: string): string => {
    const known = fileNames.get(id);
    if (known !== undefined) return known;
    const name = FILE_NAMES[fileNames.size % FILE_NAMES.length] ?? HOSTILE.img;
    fileNames.set(id, name);
    return name;
  };
  await page.route(isEvidenceList, (route) =>
    edited<ApiPage<Evidence>>(route, (list) => ({
      ...list,
      items: list.items.map((item, index): Evidence => ({
        ...item,
        fileName: nameFor(item.id),
        contractReference: index % 2 === 0 ? HOSTILE.js : HOSTILE.script,
        contractTitle: HOSTILE.long,
        uploadedBy: HOSTILE.img,
        claimedQuantity: HUGE,
      })),
    })),
  );
  await page.route(isEvidenceDetail, (route) =>
    edited<EvidenceDetail>(route, ({ evidence, audit }) => ({
      evidence: {
        ...evidence,
        fileName: nameFor(evidence.id),
        contractReference: HOSTILE.js,
        contractTitle: HOSTILE.long,
        uploadedBy: HOSTILE.img,
        // Not previewable: the item says so in words and offers the file as a download only.
        mediaType: 'text/html',
        sizeBytes: HUGE,
        claimedQuantity: HUGE,
        verifiedQuantity: HUGE,
        narrative: `${HOSTILE.script}\n\n${HOSTILE.data}\n\n${HOSTILE.unbroken}`,
      },
      audit: audit.map((event, index): AuditEvent => ({
        ...event,
        userName: index % 2 === 0 ? HOSTILE.img : HOSTILE.script,
        comment: `${HOSTILE.js} ${HOSTILE.unbroken}`,
      })),
    })),
  );
}

test('hostile evidence text stays text in the queue and the open item, and its file name never becomes a link', async ({
  page,
}) => {
  test.slow();
  const dialogs = recordDialogs(page);
  await serveHostileEvidence(page);

  const queue = new QueuePage(page);
  await queue.goto();
  for (const fileName of [HOSTILE.img, HOSTILE.script, HOSTILE.js, HOSTILE.data]) {
    // A file name opens the item inside the app: its link goes to the queue, never to the name.
    const link = queue.itemLinks().filter({ hasText: fileName }).first();
    await expect(link).toHaveText(fileName);
    await expect(link).toHaveAttribute('href', /^\/evidence\?/);
  }
  await expect(queue.table).toContainText(HOSTILE.long);
  await expect(queue.table).toContainText(HOSTILE.unbroken);
  await expectNothingExecutedOrLinked(page, dialogs);
  await expectNoHorizontalScroll(page, 'the queue with hostile data at 1280 px');
  await expectNoAxeViolations(page, 'the queue with hostile data');

  // Open the item whose file name is a data: URL containing a script.
  const dataItem = queue.itemLinks().filter({ hasText: HOSTILE.data }).first();
  await dataItem.press('Enter');
  await expect(queue.itemHeading()).toBeFocused();
  await expect(queue.itemHeading()).toContainText(HOSTILE.data);
  await queue.settled();
  const metadata = (term: string) =>
    queue.panel.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(metadata('File name')).toHaveText(HOSTILE.data);
  await expect(metadata('Uploaded by')).toHaveText(HOSTILE.img);
  await expect(metadata('Contract')).toHaveText(`${HOSTILE.js}: ${HOSTILE.long}`);
  await expect(metadata('Size')).not.toBeEmpty();
  await expect(queue.panel).toContainText('Preview not available for this type of file (text/html).');
  for (const paragraph of [HOSTILE.script, HOSTILE.data, HOSTILE.unbroken]) {
    await expect(queue.panel.locator('p', { hasText: new RegExp(`^${escapeRegExp(paragraph)}$`) })).toBeVisible();
  }
  await expect(queue.history()).toContainText(HOSTILE.img);
  await expect(queue.history()).toContainText(HOSTILE.js);

  // The download link points at the API's own file address; the hostile name is only its label.
  const download = queue.downloadLink();
  await expect(download).toHaveText(`Download ${HOSTILE.data}`);
  await expect(download).toHaveAttribute('href', FILE_HREF);
  await expectNothingExecutedOrLinked(page, dialogs);
  await expectNoHorizontalScroll(page, 'the queue with a hostile item open at 1280 px');
  await expectNoAxeViolations(page, 'the queue with a hostile item open');

  // Following it downloads the API's file; the page stays where it was and nothing runs.
  const url = page.url();
  const file = page.waitForEvent('download');
  await download.press('Enter');
  expect((await file).suggestedFilename()).not.toMatch(/^(javascript|data):/i);
  expect(page.url()).toBe(url);
  await expectNothingExecutedOrLinked(page, dialogs);

  // A 5,000-character file name with nowhere to break, open, on a desktop and on a phone.
  const unbrokenItem = queue.itemLinks().filter({ hasText: HOSTILE.unbroken }).first();
  await unbrokenItem.press('Enter');
  await expect(queue.itemHeading()).toContainText(HOSTILE.unbroken);
  await queue.settled();
  await expectReflowDesktopThenPhone(page, 'the queue with a 5,000-character file name open', { axe: 'phone' });
  await expectNothingExecutedOrLinked(page, dialogs);
});

test('hostile evidence stays text in the contract drill-down, and the layout holds', async ({ page, request }) => {
  const dialogs = recordDialogs(page);
  // A real item and its contract, asked of the API before the answers are edited.
  const answer = await request.get(`${API_ORIGIN}${API}/evidence`);
  const [item] = ((await answer.json()) as ApiPage<Evidence>).items;
  if (!item) throw new Error('The demo API has no evidence waiting');
  await serveHostileEvidence(page);

  // The audit log's link form: the evidence alone; the page fills in its commitment and quarter.
  await page.goto(`/contracts/${encodeURIComponent(item.contractId)}?evidence=${encodeURIComponent(item.id)}`);
  const contract = new ContractPage(page);
  await contract.expectLoaded();
  await expect(contract.evidence).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toBeVisible();
  // The item is named by its heading: its type, then its file name, whichever hostile one it got.
  const heading = (await article.getByRole('heading').first().textContent()) ?? '';
  const fileName = FILE_NAMES.find((name) => heading.endsWith(name)) ?? '';
  expect(fileName, `a hostile file name in "${heading.slice(0, 80)}"`).not.toBe('');
  await expect(contract.breadcrumbs.getByText(fileName, { exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(contract.downloadLink).toHaveText(`Download ${fileName}`);
  await expect(contract.downloadLink).toHaveAttribute('href', FILE_HREF);
  await expect(article).toContainText(HOSTILE.long);
  await expect(article.locator('p', { hasText: new RegExp(`^${escapeRegExp(HOSTILE.script)}$`) })).toBeVisible();
  await expect(contract.evidenceLinks().filter({ hasText: fileName }).first()).toHaveText(fileName);
  await expectNothingExecutedOrLinked(page, dialogs);

  await expectReflowDesktopThenPhone(page, 'the drill-down with hostile evidence', { axe: 'both' });
  await expectNothingExecutedOrLinked(page, dialogs);
});

test('hostile names, comments and identifiers in the audit log stay text, and links stay inside the app', async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  await page.route(isAuditList, (route) =>
    edited<ApiPage<AuditEvent>>(route, (list) => ({
      ...list,
      items: list.items.map((event, index): AuditEvent => {
        const hostile = [HOSTILE.img, HOSTILE.script, HOSTILE.js, HOSTILE.data][index % 4] ?? HOSTILE.img;
        return {
          ...event,
          userName: hostile,
          comment: index % 2 === 0 ? HOSTILE.long : HOSTILE.unbroken,
          contractReference: hostile,
          evidenceId: index === 0 ? HOSTILE.js : index === 1 ? HOSTILE.data : event.evidenceId,
          contractId: index === 0 ? HOSTILE.data : event.contractId,
          verifiedQuantity: event.action === 'verify' ? HUGE : event.verifiedQuantity,
        };
      }),
    })),
  );
  const audit = new AuditPage(page);
  await audit.goto();

  for (const name of [HOSTILE.img, HOSTILE.script]) {
    await expect(audit.table.getByRole('cell', { name }).first()).toBeVisible();
  }
  await expect(audit.table).toContainText(HOSTILE.long);
  await expect(audit.table).toContainText(HOSTILE.unbroken);
  // Evidence ids that look like addresses are link text; the links go to the app's own drill-down.
  for (const id of [HOSTILE.js, HOSTILE.data]) {
    const link = audit.table.getByRole('link', { name: id, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /^\/contracts\/[^?]+\?evidence=/);
  }
  await expectNothingExecutedOrLinked(page, dialogs);

  await expectReflowDesktopThenPhone(page, 'the audit log with hostile data', { axe: 'both' });
});

/** Text a spreadsheet would read as a formula (or, for tab and CR, strip before reading one). */
const FORMULAE = ['=HYPERLINK("https://evil.example","x")', '@SUM(1+1)', '+SUM(1,2)', '-2+3', '\t=1+1', '\r=1+1'];
/** Text with an equals sign that is not at the start: it stays as it is. */
const HARMLESS = 'Roads and bridges = 1 contract';
const VALUE = 1_234_567.89;
const NEGATIVE_PCT = -12.5;

const at = (list: readonly string[], index: number) => list[index % list.length] ?? '';

test('formula text in the register is neutralised in CSV and Excel exports, and numbers stay numbers', async ({
  page,
}) => {
  const rowCount = FORMULAE.length + 1;
  const workerPages: string[] = [];
  await page.route(isContractList, (route: Route) => {
    // The register asks for 25 a page; the export's Web Worker for 500 (EXPORT_PAGE_SIZE).
    const url = new URL(route.request().url());
    if (url.searchParams.get('pageSize') === '500') workerPages.push(url.search);
    return edited<ApiPage<ContractSummary>>(route, (list) => ({
      ...list,
      page: 1,
      total: rowCount,
      pageCount: 1,
      items: list.items.slice(0, rowCount).map((item, index): ContractSummary => ({
        ...item,
        title: index === FORMULAE.length ? HARMLESS : at(FORMULAE, index),
        supplier: { ...item.supplier, name: at(FORMULAE, index + 1), companyNumber: at(FORMULAE, index + 2) },
        managerName: at(FORMULAE, index + 3),
        value: VALUE,
        headlinePct: { ...item.headlinePct, jobs: NEGATIVE_PCT },
      })),
    }));
  });
  const register = new RegisterPage(page);
  await register.goto();
  await expect(register.contractLinks()).toHaveCount(rowCount);
  await expect(register.table.getByRole('cell', { name: at(FORMULAE, 0), exact: true }).first()).toBeVisible();
  const references = await register.contractLinks().allTextContents();

  // What each row's text should read in the file: a leading apostrophe before a formula trigger.
  const expectedText = (index: number, shift: number, crAs = '\r') => {
    if (shift === 0 && index === FORMULAE.length) return HARMLESS;
    return `'${at(FORMULAE, index + shift).replace('\r', crAs)}`;
  };

  const csvFile = await register.exportFile('CSV');
  const csv = await readCsvExport(await csvFile.path());
  expect(workerPages.length, 'the export worker’s page requests went through page.route').toBeGreaterThan(0);
  const csvColumn = (name: string) => csv.header.indexOf(name);
  expect(csv.rows).toHaveLength(rowCount);
  expect(csv.rows.map((row) => row[0])).toEqual(references);
  csv.rows.forEach((row, index) => {
    expect(row[csvColumn('Title')]).toBe(expectedText(index, 0));
    expect(row[csvColumn('Supplier')]).toBe(expectedText(index, 1));
    expect(row[csvColumn('Company number')]).toBe(expectedText(index, 2));
    expect(row[csvColumn('Contract manager')]).toBe(expectedText(index, 3));
    expect(row[csvColumn('Value (£)')]).toBe(String(VALUE));
    expect(row[csvColumn('Jobs: % of expected')]).toBe(String(NEGATIVE_PCT));
  });

  const xlsxFile = await register.exportFile('Excel');
  const xlsx = await readXlsxExport(await xlsxFile.path());
  const xlsxColumn = (name: string) => xlsx.header.indexOf(name);
  expect(xlsx.rows).toHaveLength(rowCount);
  expect(xlsx.rows.map((row) => row[0])).toEqual(references);
  xlsx.rows.forEach((row, index) => {
    // Text cells are strings (a formula would read back as an object); Excel keeps line feeds only.
    expect(row[xlsxColumn('Title')]).toBe(expectedText(index, 0, '\n'));
    expect(row[xlsxColumn('Supplier')]).toBe(expectedText(index, 1, '\n'));
    expect(row[xlsxColumn('Company number')]).toBe(expectedText(index, 2, '\n'));
    expect(row[xlsxColumn('Contract manager')]).toBe(expectedText(index, 3, '\n'));
    expect(row[xlsxColumn('Value (£)')]).toBe(VALUE);
    // Percentages are stored as fractions under a % format, as Excel keeps them.
    expect(row[xlsxColumn('Jobs: % of expected')]).toBe(NEGATIVE_PCT / 100);
  });
});

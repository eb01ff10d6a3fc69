import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mockDataset, mockStore, server } from '@mocks/node';
import type { Evidence } from '@/lib/contract';
import { renderRoute } from '../../utils/render-route';

// The suite shares two cores with other work: give loads after an action time to land.
configure({ asyncUtilTimeout: 10_000 });

function evidenceOfType(mediaType: string, extra: (e: Evidence) => boolean = () => true): Evidence {
  const item = mockDataset.evidence.find((e) => e.mediaType === mediaType && extra(e));
  if (!item) throw new Error(`No ${mediaType} evidence in the demo data`);
  return item;
}

async function findItem(item: Evidence): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(item.fileName) });
  const article = heading.closest('article');
  if (!article) throw new Error('The item is not an article');
  return article;
}

// jsdom has no blob URLs: record what the preview makes one for.
const created: Blob[] = [];
beforeEach(() => {
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) created.push(blob);
    return `blob:preview-${created.length}`;
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  created.length = 0;
});

describe('the evidence panel', { timeout: 30_000 }, () => {
  test('describes the item in a summary list and offers the file for download', async () => {
    const item = evidenceOfType('text/csv');
    renderRoute(`/evidence?selected=${item.id}`, { user: 'u-auditor-1' });
    const article = await findItem(item);

    const terms = within(article)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual([
      'Status',
      'Type',
      'File name',
      'Media type',
      'Size',
      'Uploaded by',
      'Uploaded',
      'Contract',
      'Quarter',
      'Measure',
      'Area',
      'Claimed quantity',
      'Verified quantity',
      'Version',
    ]);
    const download = within(article).getByRole('link', { name: `Download ${item.fileName}` });
    expect(download).toHaveAttribute('href', `/api/v1/evidence/${item.id}/file`);
    expect(download).toHaveAttribute('download', item.fileName);
  });

  test('shows a CSV file as text, never as markup', async () => {
    const item = evidenceOfType('text/csv');
    const file = mockStore.evidenceFile(item.id);
    renderRoute(`/evidence?selected=${item.id}`, { user: 'u-auditor-1' });
    const article = await findItem(item);

    const contents = await within(article).findByRole('region', { name: `Contents of ${item.fileName}` });
    const firstLine = new TextDecoder().decode(file.body).split('\n')[0] ?? '';
    expect(contents.querySelector('pre')?.textContent).toContain(firstLine.trim());
  });

  test('shows an image, and a PDF in a frame as a PDF blob, from blob URLs', async () => {
    const image = evidenceOfType('image/png');
    const first = renderRoute(`/evidence?selected=${image.id}`, { user: 'u-auditor-1' });
    const imageArticle = await findItem(image);
    const img = await within(imageArticle).findByRole('img', { name: new RegExp(`Preview of ${image.fileName}`) });
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    first.unmount();

    const pdf = evidenceOfType('application/pdf');
    renderRoute(`/evidence?selected=${pdf.id}`, { user: 'u-auditor-1' });
    const pdfArticle = await findItem(pdf);
    const frame = await within(pdfArticle).findByTitle(new RegExp(`Preview of ${pdf.fileName}`));
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(/^blob:/);
    // Whatever the response said, the frame's document is typed as a PDF, so it is never read as HTML.
    expect(created.at(-1)?.type).toBe('application/pdf');
  });

  test('never renders HTML: an HTML file is download-only and narrative markup stays text', async () => {
    const base = evidenceOfType('text/csv');
    const hostile: Evidence = {
      ...base,
      type: 'case-study',
      fileName: 'story.html',
      mediaType: 'text/html',
      narrative: '<img src=x onerror="alert(1)"> Amira started her apprenticeship in May.',
    };
    server.use(
      http.get('*/api/v1/evidence/:id', () =>
        HttpResponse.json({ evidence: hostile, audit: mockStore.evidence(base.id).audit }),
      ),
    );
    renderRoute(`/evidence?selected=${base.id}`, { user: 'u-auditor-1' });
    const article = await findItem(hostile);

    expect(within(article).getByText(/Preview not available for this type of file \(text\/html\)/)).toBeVisible();
    expect(within(article).getByText(/<img src=x onerror="alert\(1\)"> Amira started/)).toBeVisible();
    expect(article.querySelector('img, iframe, script')).toBeNull();
    expect(within(article).getByRole('link', { name: 'Download story.html' })).toBeVisible();
  });

  test('says when the preview could not be loaded, and tries again', async () => {
    const item = evidenceOfType('text/csv');
    server.use(
      http.get(
        '*/api/v1/evidence/:id/file',
        () => HttpResponse.json({ type: 'about:blank', title: 'Bad gateway', status: 502 }, { status: 502 }),
        { once: true },
      ),
    );
    const { user } = renderRoute(`/evidence?selected=${item.id}`, { user: 'u-auditor-1' });
    const article = await findItem(item);

    expect(await within(article).findByText(/The preview could not be loaded/)).toBeVisible();
    await user.click(within(article).getByRole('button', { name: 'Try the preview again' }));
    expect(await within(article).findByRole('region', { name: `Contents of ${item.fileName}` })).toBeVisible();
  });

  test('lists the item’s history, oldest first, with who, role, change and comment', async () => {
    const item = mockDataset.evidence.find((e) => e.status === 'queried');
    if (!item) throw new Error('No queried evidence');
    const audit = mockStore.evidence(item.id).audit;
    renderRoute(`/evidence?selected=${item.id}`, { user: 'u-auditor-1' });
    const article = await findItem(item);

    const history = within(article).getByRole('heading', { name: 'History' }).closest('section');
    if (!history) throw new Error('No history section');
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(audit.length);
    const last = audit.at(-1);
    const lastEntry = entries.at(-1);
    if (!last || !lastEntry) throw new Error('No history');
    expect(lastEntry).toHaveTextContent(`Queried by ${last.userName} (contract manager)`);
    expect(lastEntry).toHaveTextContent(/Pending\s*→?\s*to\s*Queried/);
    expect(lastEntry).toHaveTextContent(last.comment);
  });
});

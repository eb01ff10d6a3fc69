import { apiUrl, describeError } from '@/lib/api/client';
import { apiPaths, type Evidence } from '@/lib/contract';
import { EVIDENCE_TYPE_LABELS } from '@/lib/format';
import { useEvidenceFile } from '../api/evidence-file';
import { previewKind } from '../lib/preview-kind';
import { useObjectUrl } from '../lib/use-object-url';
import type { HeadingLevel } from './heading';
import { Heading } from './heading';

interface Props {
  evidence: Evidence;
  headingLevel: HeadingLevel;
}

/**
 * The file where it is safe to show it, always with a download link. Nothing from the file or
 * the API is ever interpreted as HTML: text goes into a <pre>, PDFs into a frame as a PDF blob.
 */
export function EvidencePreview({ evidence, headingLevel }: Props) {
  const kind = previewKind(evidence.mediaType);
  const fileUrl = apiUrl(apiPaths.evidenceFile(evidence.id));
  return (
    <section className="svm-evidence-preview" aria-labelledby={`${evidence.id}-preview`}>
      <Heading level={headingLevel} id={`${evidence.id}-preview`}>
        Preview
      </Heading>
      {evidence.narrative !== null && <Narrative text={evidence.narrative} />}
      {kind === 'none' ? (
        <p>Preview not available for this type of file ({evidence.mediaType}). Download it to open it.</p>
      ) : (
        <FilePreview evidence={evidence} kind={kind} />
      )}
      <p>
        <a href={fileUrl} download={evidence.fileName} className="svm-evidence-preview__download">
          Download {evidence.fileName}
        </a>
      </p>
    </section>
  );
}

/** A case study's story, paragraph by paragraph, as plain text. */
function Narrative({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <div className="svm-evidence-preview__narrative">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs of one fixed text: their order is their identity.
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

function FilePreview({ evidence, kind }: { evidence: Evidence; kind: 'image' | 'pdf' | 'text' }) {
  const file = useEvidenceFile(evidence.id, kind);
  const blob = file.data?.kind === 'blob' ? file.data.blob : undefined;
  const objectUrl = useObjectUrl(blob);
  const what = EVIDENCE_TYPE_LABELS[evidence.type].toLowerCase();

  if (file.isPending) return <p role="status">Loading the preview…</p>;
  if (file.isError) {
    const { title, message } = describeError(file.error);
    return (
      <div className="svm-evidence-preview__error">
        <p>
          <strong>The preview could not be loaded: {title.toLowerCase()}.</strong> {message}
        </p>
        <button type="button" className="svm-button svm-button--secondary" onClick={() => void file.refetch()}>
          Try the preview again
        </button>
      </div>
    );
  }
  if (file.data.kind === 'text') {
    return (
      <>
        <div
          className="svm-evidence-preview__text"
          role="region"
          aria-label={`Contents of ${evidence.fileName}`}
          // Focusable so keyboard users can scroll a long file (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
          tabIndex={0}
        >
          <pre>{file.data.text}</pre>
        </div>
        {file.data.truncated && <p>Showing the start of the file. Download it to see all of it.</p>}
      </>
    );
  }
  if (objectUrl === undefined) return <p role="status">Loading the preview…</p>;
  if (kind === 'image') {
    return (
      <img className="svm-evidence-preview__image" src={objectUrl} alt={`Preview of ${evidence.fileName}, a ${what}`} />
    );
  }
  // No `sandbox` attribute: Chromium refuses to show a PDF in any sandboxed frame (it draws a
  // broken-page icon instead). The frame's document is the fetched bytes re-typed as
  // application/pdf (see evidenceFileQueryOptions), so the browser's PDF viewer renders it and
  // nothing in it can be read as HTML, whatever the server claimed.
  return (
    <iframe
      className="svm-evidence-preview__frame"
      src={objectUrl}
      title={`Preview of ${evidence.fileName}, a ${what}`}
      referrerPolicy="no-referrer"
    />
  );
}

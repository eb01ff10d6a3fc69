/**
 * Where evidence files' bytes live, behind one small interface: a local directory by default
 * (an object store later implements the same). Keys are what the evidence table records:
 * `demo:<evidence id>` for the demo data's files, generated on demand from the record by the
 * same generator the mock API uses; `local:<relative path>` for files kept under the directory.
 */
import type { Evidence } from '@/lib/contract';
import { evidenceFile, type EvidenceFile } from '@/lib/demo-data/files/evidence-file';
import { localDirectory } from './local';

export type { EvidenceFile };

export interface FileStore {
  /** The file behind a piece of evidence; null when its bytes are missing. */
  get(key: string, evidence: Evidence): Promise<EvidenceFile | null>;
}

export function createFileStore(directory: string): FileStore {
  const local = localDirectory(directory);
  return {
    async get(key, evidence) {
      if (key.startsWith('demo:')) return evidenceFile(evidence);
      if (key.startsWith('local:')) {
        const body = await local.read(key.slice('local:'.length));
        return body && { fileName: evidence.fileName, contentType: evidence.mediaType, body };
      }
      return null;
    },
  };
}

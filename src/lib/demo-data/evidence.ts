import {
  evidenceTypeSchema,
  type Area,
  type AuditAction,
  type AuditEvent,
  type Evidence,
  type EvidenceType,
  type VerificationStatus,
} from '@/lib/contract';
import { quarterLabel } from '@/lib/figures';
import type { ContractRecord } from './dataset';
import { isoDateTime, MINUTES_PER_DAY } from './dates';
import type { Behaviour } from './delivery';
import {
  CASE_STUDY_SUBJECT,
  CASE_STUDY_SUBJECTS,
  COMMENTS,
  EVIDENCE_TYPES,
  FILE_KINDS,
  FILE_STEMS,
  NARRATIVES,
  type CaseStudySubject,
} from './evidence-text';
import { FIRST_NAMES } from './names';
import { TOWNS } from './places';
import { apportion, fromSteps } from './quantities';
import type { QuarterInfo } from './quarters';
import type { Random } from './random';
import type { DemoMeasure } from './reference';
import { Shared } from './shared';
import type { DemoSupplier } from './suppliers';
import { statusAfter, verification } from './verification';

/** The return a piece of evidence supports. */
export interface EvidenceFor {
  contract: ContractRecord;
  supplier: DemoSupplier;
  behaviour: Behaviour;
  measure: DemoMeasure;
  commitmentId: string;
  returnId: string;
  area: Area;
  quarter: QuarterInfo;
  submittedDay: number;
}

interface CaseStudyText {
  narrative: string;
  sizeBytes: number;
}

/** Where evidence and audit events go, with the strings they share, for one run of the generator. */
export class EvidenceSink {
  readonly evidence: Evidence[] = [];
  readonly audit: AuditEvent[] = [];
  readonly fileNames = new Shared<string>();
  readonly narratives = new Shared<CaseStudyText>();
  readonly times = new Shared<string>();
  readonly uploadComments = new Shared<string>();
}

interface File {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  narrative: string | null;
}

const TYPE_INDEX = new Map(evidenceTypeSchema.options.map((type, i) => [type, i]));
/** Keys for file names: the evidence type's index times this, plus what varies within the type. */
const PER_TYPE = 100_000;
const ITEMS_PER_RETURN = [
  [1, 75],
  [2, 19],
  [3, 6],
] as const;

const encoder = new TextEncoder();

function caseStudy(r: Random, sink: EvidenceSink, subject: CaseStudySubject): File {
  const subjectIndex = CASE_STUDY_SUBJECTS.indexOf(subject);
  const templates = NARRATIVES[subject];
  const template = r.int(0, templates.length - 1);
  const name = r.int(0, FIRST_NAMES.length - 1);
  const town = r.int(0, TOWNS.length - 1);
  const firstName = FIRST_NAMES[name] ?? '';
  const text = sink.narratives.get(((subjectIndex * 10 + template) * 100 + name) * 100 + town, () => {
    const narrative = templates[template]?.(firstName, TOWNS[town]?.name ?? '') ?? '';
    return { narrative, sizeBytes: encoder.encode(narrative).length };
  });
  const fileName = sink.fileNames.get(
    (TYPE_INDEX.get('case-study') ?? 0) * PER_TYPE + subjectIndex * 100 + name,
    () => `case-study-${subject}-${firstName.toLowerCase()}.txt`,
  );
  return { fileName, mediaType: 'text/plain', sizeBytes: text.sizeBytes, narrative: text.narrative };
}

function file(r: Random, sink: EvidenceSink, type: EvidenceType, quarter: QuarterInfo, measure: DemoMeasure): File {
  if (type === 'case-study') return caseStudy(r, sink, CASE_STUDY_SUBJECT[measure.code] ?? 'volunteering');
  const kind = FILE_KINDS[type];
  const base = (TYPE_INDEX.get(type) ?? 0) * PER_TYPE;
  let fileName: string;
  if (type === 'apprenticeship-agreement') {
    const name = r.int(0, FIRST_NAMES.length - 1);
    fileName = sink.fileNames.get(base + name, () => `${FILE_STEMS[type]}-${FIRST_NAMES[name]?.toLowerCase()}.pdf`);
  } else if (type === 'photo' || type === 'receipt') {
    const n = r.int(1, 9999);
    fileName = sink.fileNames.get(
      base + n,
      () => `${FILE_STEMS[type]}-${String(n).padStart(4, '0')}.${kind.extension}`,
    );
  } else {
    fileName = sink.fileNames.get(base + quarter.serial, () => `${FILE_STEMS[type]}-${quarter.id}.${kind.extension}`);
  }
  return { fileName, mediaType: kind.mediaType, sizeBytes: r.int(kind.minBytes, kind.maxBytes), narrative: null };
}

/** Two documents of the same name on one return become parts. */
function distinctName(fileName: string, taken: readonly string[]): string {
  if (!taken.includes(fileName)) return fileName;
  const dot = fileName.lastIndexOf('.');
  let part = 2;
  while (taken.includes(`${fileName.slice(0, dot)}-part-${part}${fileName.slice(dot)}`)) part += 1;
  return `${fileName.slice(0, dot)}-part-${part}${fileName.slice(dot)}`;
}

/** Most verified evidence is accepted in full; some only in part. */
function acceptedSteps(r: Random, steps: number, behaviour: Behaviour): number {
  if (steps < 2 || !r.chance(behaviour.partial)) return steps;
  return Math.min(steps - 1, Math.max(1, Math.floor(steps * r.between(0.6, 0.95))));
}

/** An audit event: suppliers upload, the contract's manager decides. */
function pushEvent(
  sink: EvidenceSink,
  contract: ContractRecord,
  evidenceId: string,
  minute: number,
  action: AuditAction,
  fromStatus: VerificationStatus | null,
  toStatus: VerificationStatus,
  verifiedQuantity: number | null,
  comment: string,
  userId: string,
  userName: string,
): void {
  sink.audit.push({
    id: `a-${String(sink.audit.length + 1).padStart(7, '0')}`,
    at: sink.times.get(minute, () => isoDateTime(minute)),
    userId,
    userName,
    role: action === 'uploaded' ? 'supplier' : 'contract-manager',
    evidenceId,
    contractId: contract.id,
    contractReference: contract.reference,
    action,
    fromStatus,
    toStatus,
    verifiedQuantity,
    comment,
  });
}

/**
 * The evidence a supplier attached to one return (1 to 3 items splitting the claimed quantity,
 * uploaded together) and its audit trail: the upload, then each decision the contract manager
 * made. Returns the number of items and the verified quantity in steps, for the return's figures.
 */
export function attachEvidence(
  r: Random,
  to: EvidenceFor,
  claimedSteps: number,
  sink: EvidenceSink,
): { count: number; verifiedSteps: number } {
  const { contract, measure, quarter } = to;
  const count = Math.min(claimedSteps, r.weighted(ITEMS_PER_RETURN));
  const weights: number[] = [];
  for (let i = 0; i < count; i += 1) weights.push(r.between(0.5, 1.5));
  // Every item supports at least one step; the rest is shared out unevenly.
  const shares = apportion(claimedSteps - count, weights).map((s) => s + 1);
  const taken: string[] = [];
  const uploadComment = sink.uploadComments.get(
    quarter.serial,
    () => `Uploaded with the ${quarterLabel(quarter.id)} return`,
  );
  const uploadMinute = to.submittedDay * MINUTES_PER_DAY + 8 * 60 + 5 * r.int(0, 110);
  let verifiedSteps = 0;
  for (const steps of shares) {
    const type = r.weighted(EVIDENCE_TYPES[measure.code]);
    const f = file(r, sink, type, quarter, measure);
    const fileName = distinctName(f.fileName, taken);
    taken.push(fileName);
    const { status, decisions } = verification(r, uploadMinute, to.behaviour);
    const accepted = status === 'verified' ? acceptedSteps(r, steps, to.behaviour) : 0;
    verifiedSteps += accepted;
    const id = `e-${String(sink.evidence.length + 1).padStart(7, '0')}`;
    sink.evidence.push({
      id,
      returnId: to.returnId,
      contractId: contract.id,
      contractReference: contract.reference,
      contractTitle: contract.title,
      managerId: contract.managerId,
      commitmentId: to.commitmentId,
      measureCode: measure.code,
      area: to.area,
      quarter: quarter.id,
      type,
      fileName,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      uploadedBy: to.supplier.contact,
      uploadedAt: sink.times.get(uploadMinute, () => isoDateTime(uploadMinute)),
      claimedQuantity: fromSteps(steps, measure.unit),
      verifiedQuantity: fromSteps(accepted, measure.unit),
      status,
      version: 1 + decisions.length,
      narrative: f.narrative,
    });
    pushEvent(
      sink,
      contract,
      id,
      uploadMinute,
      'uploaded',
      null,
      'pending',
      null,
      uploadComment,
      to.supplier.userId,
      to.supplier.contact,
    );
    let from: VerificationStatus = 'pending';
    const comments = COMMENTS[type];
    for (const { decision, minute } of decisions) {
      const next = statusAfter(decision);
      const quantity = decision === 'verify' ? fromSteps(accepted, measure.unit) : decision === 'reject' ? 0 : null;
      const comment = decision === 'verify' && accepted < steps ? comments.partial : r.pick(comments[decision]);
      pushEvent(
        sink,
        contract,
        id,
        minute,
        decision,
        from,
        next,
        quantity,
        comment,
        contract.managerId,
        contract.managerName,
      );
      from = next;
    }
  }
  return { count, verifiedSteps };
}

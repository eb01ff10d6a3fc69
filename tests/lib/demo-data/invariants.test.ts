// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BOROUGHS, REGION_WIDE } from '@/lib/contract';
import { quarterBounds, quarterOfDate, quarterRange, quarterSerial } from '@/lib/figures';
import { generateDataset } from '@/lib/demo-data/generate';
import { indexDataset, must } from './dataset-index';

// Each check collects the records that break a rule and expects none: one assertion per rule
// keeps the file fast over some 40,000 records, and a failure lists the offenders.
const data = generateDataset();
const index = indexDataset(data);
const { asOf, reportingQuarter } = data.reference;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function ids(records: readonly { id: string }[]): string[] {
  return records.map((r) => r.id);
}

describe('contracts', () => {
  it('have a status that follows from their dates and the as-of date', () => {
    const lastQuarterStart = addDays(asOf, -92);
    const statusOf = (start: string, end: string): string =>
      start > lastQuarterStart ? 'mobilising' : end < asOf ? 'closed' : 'live';
    const wrong = data.contracts.filter(
      (c) => c.status !== statusOf(c.startDate, c.endDate) || c.startDate < '2022-04-01' || c.startDate >= c.endDate,
    );
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('serve one to six boroughs, all six when region-wide, in ONS order', () => {
    const order = BOROUGHS.map((b) => b.code);
    const wrong = data.contracts.filter((c) => {
      const inOrder = order.filter((code) => c.boroughs.includes(code));
      return (
        c.boroughs.length === 0 ||
        c.boroughs.join() !== inOrder.join() ||
        (c.regionWide && c.boroughs.length !== order.length)
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('are managed by a contract manager, named as in the reference data', () => {
    const managers = new Map(
      data.reference.users.filter((u) => u.role === 'contract-manager').map((u) => [u.id, u.name]),
    );
    const wrong = data.contracts.filter((c) => managers.get(c.managerId) !== c.managerName);
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('are worth £20,000 to £50m, with references such as LCRCA-2024-0137 for the year they start', () => {
    const wrong = data.contracts.filter(
      (c) =>
        c.value < 20_000 ||
        c.value > 50_000_000 ||
        !/^LCRCA-\d{4}-\d{4}$/.test(c.reference) ||
        c.reference.slice(6, 10) !== c.startDate.slice(0, 4),
    );
    expect(ids(wrong)).toStrictEqual([]);
  });
});

describe('commitments', () => {
  it('belong to a contract, 3 to 8 each, one per measure and area', () => {
    const wrong = data.contracts.filter((c) => {
      const commitments = index.commitmentsByContract.get(c.id) ?? [];
      const keys = new Set(commitments.map((x) => `${x.measureCode} ${x.area}`));
      return commitments.length < 3 || commitments.length > 8 || keys.size !== commitments.length;
    });
    expect(ids(wrong)).toStrictEqual([]);
    expect(data.commitments.filter((x) => !index.contracts.has(x.contractId))).toStrictEqual([]);
  });

  it('are delivered in a borough the contract serves, or region-wide', () => {
    const wrong = data.commitments.filter((x) => {
      const contract = must(index.contracts.get(x.contractId), x.contractId);
      return x.area !== REGION_WIDE && !contract.boroughs.includes(x.area);
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('have a profile over every quarter of the contract that sums exactly to the total', () => {
    const wrong = data.commitments.filter((x) => {
      const contract = must(index.contracts.get(x.contractId), x.contractId);
      const quarters = quarterRange(quarterOfDate(contract.startDate), quarterOfDate(contract.endDate));
      return (
        x.total <= 0 ||
        x.profile.map((p) => p.quarter).join() !== quarters.join() ||
        sum(x.profile.map((p) => p.quantity)) !== x.total
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('pledge and claim whole people, and FTE in halves', () => {
    const units = new Map(data.reference.measures.map((m) => [m.code, m.unit]));
    const whole = (code: string, quantity: number): boolean => {
      const unit = units.get(code);
      return Number.isInteger(unit === 'FTE' || unit === 'tCO2e' ? quantity * 2 : quantity);
    };
    const wrongCommitments = data.commitments.filter(
      (x) => !whole(x.measureCode, x.total) || x.profile.some((p) => !whole(x.measureCode, p.quantity)),
    );
    const wrongReturns = data.returns.filter(
      (r) => !whole(r.measureCode, r.claimed) || !whole(r.measureCode, r.verified),
    );
    expect([...ids(wrongCommitments), ...ids(wrongReturns)]).toStrictEqual([]);
  });
});

describe('returns', () => {
  it('run quarter by quarter from the contract start to the reporting quarter, never past the contract end', () => {
    const last = quarterSerial(reportingQuarter);
    const wrong = data.commitments.filter((x) => {
      const quarters = (index.returnsByCommitment.get(x.id) ?? []).map((r) => r.quarter);
      const first = x.profile[0]?.quarter ?? '';
      const end = x.profile.at(-1)?.quarter ?? '';
      const expected =
        quarterSerial(first) > last ? [] : quarterRange(first, quarterSerial(end) < last ? end : reportingQuarter);
      return quarters.join() !== expected.join();
    });
    expect(ids(wrong)).toStrictEqual([]);
    expect(data.returns.filter((r) => !index.commitments.has(r.commitmentId))).toStrictEqual([]);
  });

  it('repeat their commitment’s contract, measure and area', () => {
    const wrong = data.returns.filter((r) => {
      const x = must(index.commitments.get(r.commitmentId), r.commitmentId);
      return r.contractId !== x.contractId || r.measureCode !== x.measureCode || r.area !== x.area;
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('are due 30 days after the quarter ends and are dated consistently with their status', () => {
    const wrong = data.returns.filter((r) => {
      const { end } = quarterBounds(r.quarter);
      if (r.dueOn !== addDays(end, 30)) return true;
      const sent = r.submittedOn;
      switch (r.status) {
        case 'submitted':
          return sent === null || sent <= end || sent > r.dueOn;
        case 'late':
          return sent === null || sent <= r.dueOn || sent > asOf;
        case 'missing':
          return r.quarter >= reportingQuarter || sent !== null || r.claimed !== 0;
        case 'due':
          return r.quarter !== reportingQuarter || sent !== null || r.claimed !== 0;
      }
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('have a verified figure within the claim that equals the sum verified on their evidence', () => {
    const wrong = data.returns.filter((r) => {
      const evidence = index.evidenceByReturn.get(r.id) ?? [];
      return (
        r.verified > r.claimed ||
        r.verified !== sum(evidence.map((e) => e.verifiedQuantity)) ||
        r.evidenceCount !== evidence.length
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });
});

describe('evidence', () => {
  it('supports a submitted claim, splitting the claimed quantity between 1 to 3 distinct files', () => {
    const wrong = data.returns.filter((r) => {
      const evidence = index.evidenceByReturn.get(r.id) ?? [];
      if (r.submittedOn === null || r.claimed === 0) return evidence.length > 0;
      return (
        evidence.length < 1 ||
        evidence.length > 3 ||
        sum(evidence.map((e) => e.claimedQuantity)) !== r.claimed ||
        new Set(evidence.map((e) => e.fileName)).size !== evidence.length
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('copies its return’s and contract’s facts, and was uploaded with the return after the quarter', () => {
    const wrong = data.evidence.filter((e) => {
      const r = must(index.returns.get(e.returnId), e.returnId);
      const c = must(index.contracts.get(e.contractId), e.contractId);
      return (
        [e.commitmentId, e.contractId, e.measureCode, e.area, e.quarter].join() !==
          [r.commitmentId, r.contractId, r.measureCode, r.area, r.quarter].join() ||
        [e.contractReference, e.contractTitle, e.managerId].join() !== [c.reference, c.title, c.managerId].join() ||
        e.uploadedAt.slice(0, 10) !== r.submittedOn ||
        e.uploadedAt.slice(0, 10) <= quarterBounds(e.quarter).end
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('has a verified quantity only when verified, never more than claimed', () => {
    const wrong = data.evidence.filter((e) =>
      e.status === 'verified'
        ? e.verifiedQuantity <= 0 || e.verifiedQuantity > e.claimedQuantity
        : e.verifiedQuantity !== 0,
    );
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('names files with an extension that matches the media type, and gives case studies a narrative', () => {
    const extensions: Record<string, string> = {
      'text/csv': 'csv',
      'text/plain': 'txt',
      'application/pdf': 'pdf',
      'image/png': 'png',
    };
    const encoder = new TextEncoder();
    const wrong = data.evidence.filter(
      (e) =>
        !/^[a-zA-Z0-9-]+\.[a-z]+$/.test(e.fileName) ||
        e.fileName.split('.').at(-1) !== extensions[e.mediaType] ||
        (e.type === 'case-study'
          ? e.narrative === null || e.sizeBytes !== encoder.encode(e.narrative).length
          : e.narrative !== null || e.sizeBytes < 1000),
    );
    expect(ids(wrong)).toStrictEqual([]);
  });
});

describe('audit trail', () => {
  it('starts with the supplier’s upload, then the contract manager’s decisions, in time order', () => {
    const wrong = data.evidence.filter((e) => {
      const [upload, ...decisions] = index.auditByEvidence.get(e.id) ?? [];
      const contract = must(index.contracts.get(e.contractId), e.contractId);
      const trail = [upload, ...decisions];
      return (
        upload?.action !== 'uploaded' ||
        upload.role !== 'supplier' ||
        upload.userId !== `supplier:${contract.supplier.id}` ||
        upload.userName !== e.uploadedBy ||
        upload.at !== e.uploadedAt ||
        upload.fromStatus !== null ||
        upload.toStatus !== 'pending' ||
        decisions.some(
          (d) =>
            d.action === 'uploaded' ||
            d.role !== 'contract-manager' ||
            d.userId !== contract.managerId ||
            d.userName !== contract.managerName ||
            d.comment.trim() === '',
        ) ||
        trail.some(
          (a, i) => i > 0 && (a?.fromStatus !== trail[i - 1]?.toStatus || (a?.at ?? '') <= (trail[i - 1]?.at ?? '')),
        ) ||
        trail.some((a) => a?.contractReference !== contract.reference || (a?.at ?? '') > `${asOf}T23:59:59Z`)
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
  });

  it('ends in the evidence’s current status, at the version its decisions give it', () => {
    const wrong = data.evidence.filter((e) => {
      const events = index.auditByEvidence.get(e.id) ?? [];
      const lastVerify = events.findLast((a) => a.action === 'verify');
      return (
        events.at(-1)?.toStatus !== e.status ||
        e.version !== events.length ||
        (e.status === 'verified' && lastVerify?.verifiedQuantity !== e.verifiedQuantity)
      );
    });
    expect(ids(wrong)).toStrictEqual([]);
    expect(data.audit).toHaveLength(sum(data.evidence.map((e) => e.version)));
  });
});

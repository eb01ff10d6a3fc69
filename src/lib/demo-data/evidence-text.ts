import type { EvidenceType } from '@/lib/contract';
import type { MeasureCode } from './reference';

/** Which kinds of evidence a supplier sends for each measure, and how often. */
export const EVIDENCE_TYPES: Record<MeasureCode, readonly (readonly [EvidenceType, number])[]> = {
  'JOB-LOCAL-FTE': [
    ['payroll-extract', 70],
    ['timesheet', 15],
    ['case-study', 15],
  ],
  'JOB-LTU': [
    ['payroll-extract', 60],
    ['case-study', 40],
  ],
  'JOB-NEET': [
    ['payroll-extract', 60],
    ['case-study', 40],
  ],
  'JOB-DISABLED': [
    ['payroll-extract', 70],
    ['case-study', 30],
  ],
  'APP-STARTS': [
    ['apprenticeship-agreement', 70],
    ['case-study', 20],
    ['photo', 10],
  ],
  'APP-WEEKS': [
    ['timesheet', 50],
    ['apprenticeship-agreement', 30],
    ['payroll-extract', 20],
  ],
  'TRAIN-WEEKS': [
    ['timesheet', 60],
    ['case-study', 20],
    ['photo', 20],
  ],
  'PLACE-WEEKS': [
    ['timesheet', 60],
    ['case-study', 30],
    ['photo', 10],
  ],
  'SPEND-LCR': [
    ['spend-report', 85],
    ['receipt', 15],
  ],
  'SPEND-SME': [
    ['spend-report', 85],
    ['receipt', 15],
  ],
  'SPEND-VCSE': [
    ['spend-report', 80],
    ['receipt', 20],
  ],
  'ENV-CARBON': [
    ['carbon-calculation', 85],
    ['photo', 15],
  ],
  'ENV-MILES': [
    ['carbon-calculation', 80],
    ['timesheet', 20],
  ],
  'COM-VOL-HOURS': [
    ['timesheet', 60],
    ['photo', 25],
    ['case-study', 15],
  ],
  'COM-DONATIONS': [
    ['receipt', 80],
    ['case-study', 10],
    ['photo', 10],
  ],
};

export interface FileKind {
  mediaType: string;
  extension: string;
  minBytes: number;
  maxBytes: number;
}

const CSV = { mediaType: 'text/csv', extension: 'csv' };
const PDF = { mediaType: 'application/pdf', extension: 'pdf' };

/** File formats and plausible sizes; a case study's size is its narrative's. */
export const FILE_KINDS: Record<Exclude<EvidenceType, 'case-study'>, FileKind> = {
  'payroll-extract': { ...CSV, minBytes: 6_000, maxBytes: 90_000 },
  timesheet: { ...CSV, minBytes: 4_000, maxBytes: 60_000 },
  'spend-report': { ...CSV, minBytes: 10_000, maxBytes: 250_000 },
  'apprenticeship-agreement': { ...PDF, minBytes: 120_000, maxBytes: 650_000 },
  'carbon-calculation': { ...PDF, minBytes: 80_000, maxBytes: 900_000 },
  receipt: { ...PDF, minBytes: 30_000, maxBytes: 200_000 },
  photo: { mediaType: 'image/png', extension: 'png', minBytes: 300_000, maxBytes: 3_500_000 },
};

/** The start of a file name; quarterly documents add the quarter, one-off ones a name or number. */
export const FILE_STEMS: Record<Exclude<EvidenceType, 'case-study'>, string> = {
  'payroll-extract': 'payroll-extract',
  timesheet: 'timesheets',
  'spend-report': 'spend-report',
  'carbon-calculation': 'carbon-calculation',
  'apprenticeship-agreement': 'apprenticeship-agreement',
  receipt: 'receipt',
  photo: 'site-photo',
};

export const CASE_STUDY_SUBJECTS = [
  'apprentice',
  'new-starter',
  'training',
  'placement',
  'volunteering',
  'donation',
] as const;
export type CaseStudySubject = (typeof CASE_STUDY_SUBJECTS)[number];

export const CASE_STUDY_SUBJECT: Partial<Record<MeasureCode, CaseStudySubject>> = {
  'JOB-LOCAL-FTE': 'new-starter',
  'JOB-LTU': 'new-starter',
  'JOB-NEET': 'new-starter',
  'JOB-DISABLED': 'new-starter',
  'APP-STARTS': 'apprentice',
  'APP-WEEKS': 'apprentice',
  'TRAIN-WEEKS': 'training',
  'PLACE-WEEKS': 'placement',
  'COM-VOL-HOURS': 'volunteering',
  'COM-DONATIONS': 'donation',
};

type Narrative = (name: string, town: string) => string;

/** Plain-text case studies, in the voice of a supplier's quarterly return. */
export const NARRATIVES: Record<CaseStudySubject, readonly Narrative[]> = {
  apprentice: [
    (name, town) =>
      `${name} joined the team in ${town} as a Level 2 apprentice after leaving college. The apprenticeship runs for 18 months, with one day a week in the classroom. ${name}'s supervisor reports full attendance this quarter and the first two units of the qualification passed.`,
    (name, town) =>
      `${name} started a Level 3 apprenticeship this quarter after a year out of work. ${name} heard about the vacancy through the Households into Work programme in ${town} and now works on site four days a week.`,
  ],
  'new-starter': [
    (name, town) =>
      `${name}, from ${town}, was recruited through the local employment hub after two years out of work. ${name} now works full time on the contract and has completed site induction and manual handling training.`,
    (name, town) =>
      `${name} lives in ${town} and joined as a part-time operative this quarter. The role was advertised locally first, and ${name} was offered a permanent contract after a six-week trial.`,
  ],
  training: [
    (name, town) =>
      `Twelve staff from the ${town} depot completed a five-day course this quarter, covering first aid, working at height and customer care. ${name} keeps the certificates on the training record.`,
  ],
  placement: [
    (name, town) =>
      `${name}, a student from ${town}, spent two weeks with the team on a work placement arranged with the local college. ${name} shadowed the site manager and helped with the daily safety briefings.`,
  ],
  volunteering: [
    (name, town) =>
      `Staff spent a day at the ${town} food bank sorting donations and packing parcels. ${name} organised the day with the food bank's volunteer coordinator.`,
    (name, town) =>
      `A team of eight volunteers helped clear and replant a community garden in ${town}, led by ${name} from the company's community team.`,
  ],
  donation: [
    (name, town) =>
      `The company paid for new kit and pitch hire for a youth football club in ${town}. ${name}, the club secretary, confirmed receipt and sent photos of the new kit.`,
  ],
};

interface Comments {
  verify: readonly string[];
  partial: string;
  reject: readonly string[];
  query: readonly string[];
}

/** What a contract manager writes when deciding on each kind of evidence. */
export const COMMENTS: Record<EvidenceType, Comments> = {
  'payroll-extract': {
    verify: ['Payroll extract matches headcount', 'Postcodes confirm local residency'],
    partial: 'Verified in part: some starters live outside the city region',
    reject: ['Payroll extract does not show postcodes, so local residency cannot be confirmed'],
    query: ['Please add employee postcodes to the payroll extract', 'Please confirm the hours of the part-time roles'],
  },
  'apprenticeship-agreement': {
    verify: ['Apprenticeship agreement signed and dated'],
    partial: 'Verified in part: one agreement starts after the quarter ended',
    reject: ['Apprenticeship agreement is unsigned'],
    query: ['Please provide signed apprenticeship agreement', "Please confirm the apprentice's start date"],
  },
  'spend-report': {
    verify: ['Spend report reconciles to invoices', 'Supplier postcodes checked against the city region boundary'],
    partial: 'Verified in part: some suppliers are outside the city region',
    reject: ['Spend report includes suppliers outside the city region'],
    query: ['Please break the spend down by supplier postcode'],
  },
  'carbon-calculation': {
    verify: ['Carbon calculation method accepted', 'Fuel records support the saving claimed'],
    partial: 'Verified in part: the baseline overstates the saving',
    reject: ['Carbon calculation uses an unrecognised method'],
    query: ['Please explain the baseline used for the carbon calculation'],
  },
  timesheet: {
    verify: ['Timesheets agree with the amount claimed', 'Timesheets signed off by the site manager'],
    partial: 'Verified in part: some entries fall outside the quarter',
    reject: ['Timesheets are for a different quarter'],
    query: ['Please provide signed timesheets'],
  },
  'case-study': {
    verify: ['Case study confirms the outcome'],
    partial: 'Verified in part: the case study supports only some of the claim',
    reject: ['Case study does not show the outcome was delivered in the city region'],
    query: ['Please add the date and location to the case study'],
  },
  photo: {
    verify: ['Photo evidence accepted'],
    partial: 'Verified in part: the photos show only some of the activity',
    reject: ['Photos do not show the activity claimed'],
    query: ['Please add a caption with the date and place'],
  },
  receipt: {
    verify: ['Receipts match the amounts claimed'],
    partial: 'Verified in part: one receipt is a duplicate',
    reject: ['Receipts are not from the organisations named in the return'],
    query: ['Please provide receipts for the amounts claimed'],
  },
};

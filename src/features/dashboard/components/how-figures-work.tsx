import { quarterLabel } from '@/lib/format';
import './how-figures-work.css';

/** The definitions behind every figure on the page, one click away. */
export function HowFiguresWork({ reportingQuarter }: { reportingQuarter: string }) {
  return (
    <details className="svm-how">
      <summary className="svm-how__summary">How these figures are worked out</summary>
      <dl className="svm-how__list">
        <dt>Pledged</dt>
        <dd>
          What suppliers promised when they won their contracts. Each pledge has a profile of how much should be
          delivered in each quarter. For a year or a quarter, pledged is the part of the profile that falls in it.
        </dd>
        <dt>Expected to date</dt>
        <dd>The part of the profile due by the end of {quarterLabel(reportingQuarter)}, the last complete quarter.</dd>
        <dt>Claimed</dt>
        <dd>What suppliers reported delivering in their quarterly returns.</dd>
        <dt>Verified</dt>
        <dd>The part of a claim a contract manager has accepted after checking its evidence.</dd>
        <dt>% of expected and RAG</dt>
        <dd>
          Delivered as a percentage of expected to date: green at 95% or more, amber from 75% up to 95%, red under 75%,
          and not yet due when nothing was expected yet. A contract&apos;s RAG is the worst of its headline outcomes.
        </dd>
        <dt>Basis</dt>
        <dd>
          Delivered means verified unless you choose claimed. Claimed shows what suppliers say; verified shows what has
          been checked.
        </dd>
        <dt>Region-wide outcomes</dt>
        <dd>
          Some pledges cover the whole city region rather than one borough. They are shown on their own and never split
          between boroughs, so they drop out when you filter by borough.
        </dd>
        <dt>Social value (£)</dt>
        <dd>
          Quantities delivered times a proxy value per unit. The proxy values are illustrative, not the licensed
          National TOMs values.
        </dd>
      </dl>
    </details>
  );
}

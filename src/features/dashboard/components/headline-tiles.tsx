import { RagBadge } from '@/components/rag';
import type { Basis, HeadlineTile } from '@/lib/contract';
import { deliveredOn } from '@/lib/figures';
import { formatPct } from '@/lib/format';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import { Amount } from './amount';
import './headline-tiles.css';

/** The four headline outcomes: pledged, expected to date, claimed and verified, with % and RAG on the basis. */
export function HeadlineTiles({ tiles, basis }: { tiles: readonly HeadlineTile[]; basis: Basis }) {
  return (
    <ul className="svm-tiles">
      {tiles.map((tile) => (
        <li key={tile.headline} className={`svm-tile svm-tile--${tile.rag}`}>
          <Tile tile={tile} basis={basis} />
        </li>
      ))}
    </ul>
  );
}

function Tile({ tile, basis }: { tile: HeadlineTile; basis: Basis }) {
  const info = HEADLINE_INFO[tile.headline];
  const { figures, unit } = tile;
  const rows = [
    { key: 'pledged', label: 'Pledged', value: figures.pledged },
    { key: 'expected', label: 'Expected to date', value: figures.expected },
    { key: 'claimed', label: 'Claimed', value: figures.claimed },
    { key: 'verified', label: 'Verified', value: figures.verified },
  ];
  return (
    <>
      <h3 className="svm-tile__name">{info.name}</h3>
      <p className="svm-tile__measure">{info.measure}</p>
      <p className="svm-tile__headline">
        <span className="svm-tile__pct">{formatPct(tile.pct)}</span>
        {tile.pct === null ? null : <span className="svm-tile__pct-label"> of expected delivered ({basis})</span>}
      </p>
      <RagBadge rag={tile.rag} />
      <ProgressBar pledged={figures.pledged} expected={figures.expected} delivered={deliveredOn(figures, basis)} />
      <dl className="svm-tile__figures">
        {rows.map((row) => (
          <div
            key={row.key}
            className={row.key === basis ? 'svm-tile__figure svm-tile__figure--basis' : 'svm-tile__figure'}
          >
            <dt>{row.label}</dt>
            <dd>
              <Amount value={row.value} unit={unit} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * Delivered against the whole pledge, with a tick where expected-to-date falls. Decorative: the
 * same figures are in the text beside it.
 */
function ProgressBar({ pledged, expected, delivered }: { pledged: number; expected: number; delivered: number }) {
  if (pledged <= 0) return null;
  const share = (n: number) => `${Math.min(100, (n / pledged) * 100).toFixed(1)}%`;
  return (
    <div className="svm-tile__bar" aria-hidden="true">
      <div className="svm-tile__bar-fill" style={{ width: share(delivered) }} />
      <div className="svm-tile__bar-expected" style={{ left: share(expected) }} />
    </div>
  );
}

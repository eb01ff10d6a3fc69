import { useReference } from '@/lib/api/reference';
import { formatDate, quarterLabel } from '@/lib/format';

export function SiteFooter() {
  const reference = useReference();
  return (
    <footer className="svm-footer">
      <div className="svm-container">
        <p>
          <strong className="svm-tag">Demo data</strong> The contracts, suppliers and people in this service are made up
          for demonstration.
          {reference.data
            ? ` Figures are as of ${formatDate(reference.data.asOf)}; the latest reporting quarter is ${quarterLabel(reference.data.reportingQuarter)}.`
            : null}
        </p>
        <p>Social value in pounds uses illustrative proxy values, not the licensed National TOMs values.</p>
        <p>
          Borough boundaries: “GeoJSON and TopoJSON UK Boundary Data” by Martin Chorley,{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. Contains Ordnance Survey data © Crown
          copyright and database right 2014.
        </p>
      </div>
    </footer>
  );
}

import type { HeadlineInfo } from '@/lib/domain/headlines';

/**
 * How far delivery is from profile, in whole percentage points, rounded the same way the
 * percentages on the page are (down), so that the title and the figures agree: 82% of expected
 * is "18% behind", 100% is "on profile".
 */
export function profileGap(pct: number): number {
  return Math.floor(pct) - 100;
}

/** A chart title that states the finding: 'Apprenticeships are 18% behind profile'. */
export function headlineFinding(info: HeadlineInfo, pct: number | null, where?: string): string {
  const subject = where ? `${info.name} in ${where}` : info.name;
  const verb = info.verb;
  if (pct === null) return `No ${info.name.toLowerCase()} due yet${where ? ` in ${where}` : ''}`;
  const gap = profileGap(pct);
  if (gap === 0) return `${subject} ${verb} on profile`;
  return `${subject} ${verb} ${Math.abs(gap)}% ${gap < 0 ? 'behind' : 'ahead of'} profile`;
}

/** The borough card's title: who is furthest behind, among the boroughs in the filter. */
export function boroughFinding(
  info: HeadlineInfo,
  rows: readonly { name: string; inFilter: boolean; pct: number | null }[],
): string {
  const due = rows.flatMap((row) => (row.inFilter && row.pct !== null ? [{ name: row.name, pct: row.pct }] : []));
  const [first, ...rest] = due;
  const noun = info.name.toLowerCase();
  if (!first) return `No ${noun} due yet in these boroughs`;
  if (rest.length === 0) return headlineFinding(info, first.pct, first.name);
  const lowest = rest.reduce((worst, row) => (row.pct < worst.pct ? row : worst), first);
  if (profileGap(lowest.pct) >= 0) return `Every borough is on or ahead of profile for ${noun}`;
  return `${lowest.name} is furthest behind on ${noun}`;
}

/** The theme card's title: how many of the measures due so far are on track. */
export function measuresFinding(rows: readonly { rag: string }[]): string {
  const due = rows.filter((row) => row.rag !== 'not-due');
  if (due.length === 0) return 'No measures are due yet';
  const onTrack = due.filter((row) => row.rag === 'green').length;
  if (onTrack === due.length) return `All ${due.length} measures due so far are on track`;
  return `${onTrack} of ${due.length} measures due so far are on track`;
}

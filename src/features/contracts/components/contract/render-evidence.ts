import type { ReactNode, Ref } from 'react';

/**
 * Draws one evidence item at the bottom of the drill-down. The app passes the evidence feature's
 * panel; `headingRef` goes on the panel's heading so focus can move to it when the item opens.
 */
export type RenderEvidence = (
  evidenceId: string,
  panel: { headingRef: Ref<HTMLHeadingElement> | undefined },
) => ReactNode;

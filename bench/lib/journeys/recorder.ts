import type { FigureId } from '../budgets';
import type { SampleDetail } from '../figures';

/** Where a journey puts its measurements; the warm-up run passes one that keeps nothing. */
export type Recorder = (id: FigureId, value: number, detail?: SampleDetail) => void;

export const MB = 1024 * 1024;
export const KB = 1024;

import { quarterSerial } from '@/lib/figures';

const serials = new Map<string, number>();

/** `quarterSerial`, remembered: the data repeats a few dozen quarter ids across a million records. */
export function serialOf(quarter: string): number {
  let serial = serials.get(quarter);
  if (serial === undefined) {
    serial = quarterSerial(quarter);
    serials.set(quarter, serial);
  }
  return serial;
}

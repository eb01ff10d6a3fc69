// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutralise } from '@/lib/export/neutralise';

describe('neutralise', () => {
  it.each(['=SUM(A1:A9)', '+44 151 555 0100', '-2+3', '@cmd', '\tTAB', '\r=1'])('marks %j as text', (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
  });

  it.each(['Liverpool', '', ' =not a formula', "'already text", '£1,000', 'Café'])('leaves %j alone', (value) => {
    expect(neutralise(value)).toBe(value);
  });
});

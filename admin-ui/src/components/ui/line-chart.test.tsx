import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isolated, LineChart, linePath, niceMax, tickDigits } from './line-chart';

describe('LineChart', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(0.37)).toBe(0.5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(120)).toBe(200);
  });

  it('breaks the line where a value is missing', () => {
    const path = linePath([1, null, 3, 4], (i) => i * 10, (v) => v);
    expect(path).toBe('M0.0,1.0M20.0,3.0L30.0,4.0');
  });

  it('labels the picture and offers the numbers as a table', () => {
    render(<LineChart title="Facts learned" labels={['2026-12-01', '2026-12-02']} series={[{ name: 'Facts learned', values: [3, 5] }]} />);
    expect(screen.getByRole('img', { name: /Facts learned: 2 points from 2026-12-01 to 2026-12-02, latest 5/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '5' })).toBeInTheDocument();
  });

  it('says so when the period has no data', () => {
    render(<LineChart title="Searches" labels={['a', 'b']} series={[{ name: 'Searches', values: [null, null] }]} />);
    expect(screen.getByText('No data in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('isolated', () => {
  it('finds values without a neighbour, which a line alone would not show', () => {
    expect(isolated([null, 0.75])).toEqual([1]);
    expect(isolated([1, null, 2, 3, null, 4])).toEqual([0, 5]);
  });
});

describe('tickDigits', () => {
  it('shows 2.5 as 2.5, not 3, and rates with two decimals', () => {
    expect(tickDigits(2.5, 5)).toBe(1);
    expect(tickDigits(10, 20)).toBe(0);
    expect(tickDigits(0.5, 1)).toBe(2);
  });
});

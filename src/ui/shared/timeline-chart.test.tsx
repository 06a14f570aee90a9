// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { InboundRecord, TouchRecord } from '../../db/schema.ts';
import { TimelineChart } from './timeline-chart.tsx';

const DAY = 86_400_000;
const T0 = new Date(2026, 9, 1, 9).getTime();
const touch = (id: string, at: number, patch: Partial<TouchRecord> = {}): TouchRecord => ({
  id,
  sendId: id,
  contactId: 'c1',
  identity: 'email:dana@x.test',
  at,
  channel: 'gmail',
  subject: 'Hi',
  excerpt: 'Hello',
  level: 'ok',
  score: 5,
  overridden: false,
  source: 'send',
  ...patch,
});
const reply = (id: string, at: number, kind: InboundRecord['kind'] = 'reply'): InboundRecord => ({
  id,
  contactId: 'c1',
  identity: 'email:dana@x.test',
  at,
  channel: 'gmail',
  kind,
  excerpt: 'Thanks',
});

afterEach(cleanup);

describe('timeline chart', () => {
  it('stacks messages of the same day instead of drawing them on top of each other, and counts past three', () => {
    const touches = [touch('a', T0), touch('b', T0 + 60_000), touch('c', T0 + 120_000), touch('d', T0 + 180_000), touch('e', T0 + 5 * DAY)];
    render(<TimelineChart touches={touches} inbound={[reply('r1', T0 + 6 * DAY), reply('r2', T0 + 6 * DAY + 1)]} />);
    const dots = screen.getAllByTestId('chart-touch').map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
    // Four on the first day: three drawn, each at its own height, and "+1".
    expect(dots).toHaveLength(4);
    expect(new Set(dots).size).toBe(4);
    expect(screen.getByTestId('chart').textContent).toContain('+1');
    const marks = screen.getAllByTestId('chart-reply').map((p) => p.getAttribute('d'));
    expect(new Set(marks).size).toBe(2);
  });

  it('labels both ends and the middle, says what it shows in words, and has a legend', () => {
    render(
      <TimelineChart
        touches={[touch('a', T0), touch('b', T0 + 20 * DAY, { level: 'pushy', overridden: true })]}
        inbound={[reply('r1', T0 + 9 * DAY, 'decline')]}
      />,
    );
    const chart = screen.getByTestId('chart');
    expect(chart.querySelectorAll('text.tick')).toHaveLength(3);
    expect(chart.getAttribute('aria-label')).toMatch(/^2 messages sent and 1 reply between /);
    const legend = screen.getByTestId('chart-legend').textContent;
    for (const words of ['your message', 'sent anyway', 'their reply', 'they said no']) expect(legend).toContain(words);
  });

  it('draws nothing without history', () => {
    const { container } = render(<TimelineChart touches={[]} inbound={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

import type { InboundRecord, TouchRecord } from '../../db/schema.ts';
import { t } from './i18n.ts';
import { shortDate } from './format.ts';

const W = 320;
const H = 64;
const PAD = 10;

/**
 * The rhythm of a relationship at a glance: your messages as dots on a time line (coloured by the
 * level they had), their replies as marks above it.
 */
export function TimelineChart({ touches, inbound }: { touches: TouchRecord[]; inbound: InboundRecord[] }) {
  const times = [...touches.map((x) => x.at), ...inbound.map((x) => x.at)];
  if (!times.length) return null;
  const min = Math.min(...times);
  const max = Math.max(...times, min + 86_400_000);
  const x = (at: number) => PAD + ((at - min) / (max - min)) * (W - 2 * PAD);
  const label = t('chartLabel', [String(touches.length), String(inbound.filter((m) => m.kind !== 'auto-reply').length), shortDate(min), shortDate(max)]);
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="chart">
      <title>{label}</title>
      <line x1={PAD} y1={H - 18} x2={W - PAD} y2={H - 18} class="axis" />
      {touches.map((tch) => (
        <circle key={tch.id} cx={x(tch.at)} cy={H - 18} r={4} class={`touch level-${tch.level ?? 'ok'}${tch.overridden ? ' overridden' : ''}`} />
      ))}
      {inbound.map((m) => (
        <path key={m.id} d={`M${x(m.at) - 4} ${16} l4 -7 l4 7 z`} class={`reply kind-${m.kind}`} />
      ))}
      <text x={PAD} y={H - 2} class="tick">
        {shortDate(min)}
      </text>
      <text x={W - PAD} y={H - 2} class="tick" text-anchor="end">
        {shortDate(max)}
      </text>
    </svg>
  );
}

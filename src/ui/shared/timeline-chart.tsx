import type { InboundRecord, TouchRecord } from '../../db/schema.ts';
import { t } from './i18n.ts';
import { shortDate } from './format.ts';
import { plural } from '../../platform/plural.ts';

const W = 320;
const H = 84;
const PAD = 10;
const DAY = 86_400_000;
/** Your messages sit on the axis; their replies on a row above it. */
const AXIS = H - 22;
const REPLIES = 14;
/** Same-day marks stack this far apart; past MAX_STACK a "+n" says how many more. */
const STEP = 9;
const MAX_STACK = 3;

/** The local day a time falls on, as a key. */
const dayKey = (at: number) => new Date(at).toDateString();

/** Each item's place in its day's stack (0 = first that day), in time order. */
function stacked<T extends { at: number }>(items: T[]): { item: T; level: number; extra: number }[] {
  const byDay = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.at - b.at)) {
    const key = dayKey(item.at);
    byDay.set(key, [...(byDay.get(key) ?? []), item]);
  }
  return [...byDay.values()].flatMap((day) =>
    day.slice(0, MAX_STACK).map((item, level) => ({ item, level, extra: level === MAX_STACK - 1 ? day.length - MAX_STACK : 0 })),
  );
}

/**
 * The rhythm of a relationship at a glance: your messages as dots on a time line (coloured by the
 * level they had, ringed when sent anyway), their replies as marks above it. Messages on the same
 * day stack instead of hiding each other; dates at both ends and the middle; a legend below.
 */
export function TimelineChart({ touches, inbound }: { touches: TouchRecord[]; inbound: InboundRecord[] }) {
  const times = [...touches.map((x) => x.at), ...inbound.map((x) => x.at)];
  if (!times.length) return null;
  const min = Math.min(...times);
  const max = Math.max(...times, min + DAY);
  const x = (at: number) => PAD + ((at - min) / (max - min)) * (W - 2 * PAD);
  const replies = inbound.filter((m) => m.kind !== 'auto-reply').length;
  const label = t('chartLabel', [plural('chartSent', touches.length), plural('chartReplies', replies), shortDate(min), shortDate(max)]);
  // A middle date only when the span is long enough for it to say something new.
  const middle = max - min >= 4 * DAY ? min + (max - min) / 2 : null;
  return (
    <figure class="chart-box">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="chart">
        <title>{label}</title>
        <line x1={PAD} y1={AXIS} x2={W - PAD} y2={AXIS} class="axis" />
        {stacked(touches).map(({ item, level, extra }) => (
          <g key={item.id}>
            <circle
              cx={x(item.at)}
              cy={AXIS - level * STEP}
              r={4}
              class={`touch level-${item.level ?? 'ok'}${item.overridden ? ' overridden' : ''}`}
              data-testid="chart-touch"
            />
            {extra > 0 && (
              <text x={x(item.at) + 6} y={AXIS - level * STEP + 4} class="more">
                +{extra}
              </text>
            )}
          </g>
        ))}
        {stacked(inbound).map(({ item, level, extra }) => (
          <g key={item.id}>
            <path d={`M${x(item.at) - 4} ${REPLIES + level * STEP} l4 -7 l4 7 z`} class={`reply kind-${item.kind}`} data-testid="chart-reply" />
            {extra > 0 && (
              <text x={x(item.at) + 6} y={REPLIES + level * STEP} class="more">
                +{extra}
              </text>
            )}
          </g>
        ))}
        <text x={PAD} y={H - 3} class="tick">
          {shortDate(min)}
        </text>
        {middle !== null && (
          <text x={x(middle)} y={H - 3} class="tick" text-anchor="middle">
            {shortDate(middle)}
          </text>
        )}
        <text x={W - PAD} y={H - 3} class="tick" text-anchor="end">
          {shortDate(max)}
        </text>
      </svg>
      <figcaption class="legend" data-testid="chart-legend">
        <span>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="4" class="touch level-ok" />
          </svg>
          {t('chartLegendSent')}
        </span>
        <span>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.5" class="touch level-pushy overridden" />
          </svg>
          {t('chartLegendAnyway')}
        </span>
        <span>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <path d="M1 9 l4 -7 l4 7 z" class="reply kind-reply" />
          </svg>
          {t('chartLegendReply')}
        </span>
        <span>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <path d="M1 9 l4 -7 l4 7 z" class="reply kind-decline" />
          </svg>
          {t('chartLegendNo')}
        </span>
      </figcaption>
    </figure>
  );
}

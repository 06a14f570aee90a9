// Draws Pullback's mark (a return arrow, "pull back", on a rounded teal square) at 16-128 px.
// Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const STROKE = 0.12;
// The arrow as line segments in unit coordinates: down the right side, back to the left, arrow head.
const SEGMENTS = [
  [0.7, 0.27, 0.7, 0.58],
  [0.7, 0.58, 0.31, 0.58],
  [0.31, 0.58, 0.45, 0.44],
  [0.31, 0.58, 0.45, 0.72],
];

function inRoundedSquare(x, y, r = 0.22) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function nearArrow(x, y) {
  return SEGMENTS.some(([ax, ay, bx, by]) => {
    const vx = bx - ax,
      vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const dx = x - (ax + t * vx),
      dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= (STROKE / 2) ** 2;
  });
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
  return out;
}

function png(size) {
  const samples = 8;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (nearArrow(x, y)) fg++;
          else bg++;
        }
      }
      const n = samples * samples;
      const alpha = (bg + fg) / n;
      const white = fg / Math.max(1, bg + fg);
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(TEAL[c] * (1 - white) + 255 * white);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size));
const path = SEGMENTS.map(([ax, ay, bx, by]) => `M${ax * 128} ${ay * 128}L${bx * 128} ${by * 128}`).join('');
writeFileSync(
  'icons/icon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><rect width="128" height="128" rx="28" fill="#0f766e"/>` +
    `<path d="${path}" stroke="#fff" stroke-width="${STROKE * 128}" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>\n`,
);
console.log('icons written');

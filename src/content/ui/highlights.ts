/**
 * Highlights are an overlay: rectangles computed from the text's client rects, drawn in our own
 * layer. The editor's DOM is never touched, so no markup of ours can reach a sent message.
 */
import type { DraftText } from '../../sites/types.ts';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Span {
  start: number;
  end: number;
}

/** Viewport rectangles covering each span, clipped to the editor's visible box. */
export function spanRects(body: DraftText, spans: Span[], clip: DOMRect, doc: Document): Rect[] {
  const rects: Rect[] = [];
  for (const span of spans) {
    const from = body.locate(span.start);
    const to = body.locate(span.end);
    if (!from || !to) continue;
    const range = doc.createRange();
    try {
      range.setStart(from.node, Math.min(from.offset, from.node.length));
      range.setEnd(to.node, Math.min(to.offset, to.node.length));
    } catch {
      continue;
    }
    for (const r of range.getClientRects()) {
      const left = Math.max(r.left, clip.left);
      const top = Math.max(r.top, clip.top);
      const right = Math.min(r.right, clip.right);
      const bottom = Math.min(r.bottom, clip.bottom);
      if (right - left < 1 || bottom - top < 1) continue;
      rects.push({ left, top, width: right - left, height: bottom - top });
    }
  }
  return rects;
}

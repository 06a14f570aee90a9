/**
 * Reads an editor's text the way a person sees it (block elements and <br> are line breaks),
 * leaving out quoted history and signatures, and keeps a map from text offsets back to DOM nodes so
 * highlights can be drawn over the right words without touching the editor.
 */
import type { DraftText } from './types.ts';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE']);

interface Segment {
  node: Text;
  start: number;
}

export function readDraftText(editor: HTMLElement, exclude: string): DraftText {
  let text = '';
  const segments: Segment[] = [];
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value) continue;
        segments.push({ node: child as Text, start: text.length });
        text += value;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (exclude && el.matches(exclude)) continue;
        if (el.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(editor);
  // Non-breaking spaces are spaces to the reader (and to the scorer).
  const plain = text.replace(/\u00a0/g, ' ');
  return {
    text: plain,
    locate(offset: number) {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = segments[mid]!;
        if (offset < s.start) hi = mid - 1;
        else if (offset > s.start + s.node.data.length) lo = mid + 1;
        else return { node: s.node, offset: offset - s.start };
      }
      return null;
    },
  };
}

/** A short, stable hash (FNV-1a) for ids of messages a site gives no id. */
export function hashText(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Port names, on their own so a content script can name a port without bundling the protocol's
 * schemas (they stay in the background, src/messaging/protocol.ts).
 */

/** A popped-out compose's sends, armed as each is let through and logged when its window closes (issue 13). */
export const SEND_PORT = 'pullback-send';

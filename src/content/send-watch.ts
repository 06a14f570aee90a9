/**
 * Watches one send until the site shows it left (then logs it once) or refused it, or until it
 * is clearly not happening. Logging is best effort: the send itself is the site's.
 */
import type { ComposeSurface } from '../sites/types.ts';
import type { SendLogEntry } from './send-log.ts';

/** How long after a send we wait for the compose to close before deciding it did not go. */
const SEND_WATCH_MS = 20_000;
const POLL_MS = 150;

interface Pending {
  entry: SendLogEntry;
  started: number;
  marker: number;
}

export class SendWatch {
  private pending: Pending | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly surface: ComposeSurface,
    private readonly log: (entry: SendLogEntry) => void,
    /** Told how each watched send ended (a popped-out window's port settles it). */
    private readonly settled: (sendId: string, sent: boolean) => void = () => {},
  ) {}

  /** A send is under way with this entry: log it when the site shows it left. */
  start(entry: SendLogEntry): void {
    // A new attempt replaces one not yet seen to leave: that one did not go.
    if (this.pending) this.settled(this.pending.entry.sendId, false);
    this.pending = { entry, started: Date.now(), marker: this.surface.sendMarker() };
    clearInterval(this.timer);
    this.timer = setInterval(() => this.check(), POLL_MS);
  }

  /** True while a send is being watched (the session outlives its compose until it is logged). */
  get active(): boolean {
    return this.pending !== null;
  }

  /** The send being watched, if any. */
  get entry(): SendLogEntry | null {
    return this.pending?.entry ?? null;
  }

  check(): void {
    const pending = this.pending;
    if (!pending) return;
    if (this.surface.sendRefused() || Date.now() - pending.started > SEND_WATCH_MS) {
      this.stop();
      this.settled(pending.entry.sendId, false);
    } else if (this.surface.sentSince(pending.marker)) {
      this.stop();
      this.log(pending.entry);
      this.settled(pending.entry.sendId, true);
    }
  }

  stop(): void {
    this.pending = null;
    clearInterval(this.timer);
  }
}

/**
 * What the background does for each request. Built from its dependencies (the store, settings,
 * the badge) so tests can run every handler without a browser.
 */
import { classifyReply, ENGLISH_TEXTS, isMutableRule } from '../scorer/index.ts';
import { plainReply, scoreDraftWith } from '../scorer/core.ts';
import type { RuleTexts } from '../scorer/rules/types.ts';
import type { HistoryItem, StatusItem } from '../scorer/types.ts';
import { ruleOptions } from '../settings/settings.ts';
import type { ComposeState } from '../messaging/protocol.ts';
import { RECENT_CONTACTS } from '../db/types.ts';
import { identityValue, type Store } from '../db/store.ts';
import type { Settings } from '../settings/settings.ts';
import { siteForHost } from '../sites/registry.ts';
import type { Handlers } from './router.ts';
import type { SyncHook } from './sync-hook.ts';
import { checkConfig, type SyncConfig } from '../sync/config.ts';
import type { SyncView } from '../messaging/protocol.ts';
import type { FollowupEntry, FollowupPlan } from '../db/types.ts';
import { STATUS_KEYS } from '../scorer/catalogue/keys.ts';
import { syncWord } from '../sync/words.ts';

/** Where sync keeps its settings, and the test a page runs before saving (src/background/index.ts). */
interface SyncControl {
  view(): Promise<SyncView>;
  save(config: SyncConfig): Promise<void>;
  test(config: SyncConfig): Promise<{ ok: true } | { ok: false; error: string }>;
  clear(): Promise<void>;
}

export interface HandlerDeps {
  store: Store;
  version: string;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  showBadge(tabId: number, state: ComposeState | null): Promise<void>;
  /** Per-tab compose state: kept in storage.session so a restarted service worker still knows it. */
  composeStates: {
    get(tabId: number): Promise<ComposeState | null>;
    set(tabId: number, state: ComposeState | null): Promise<void>;
  };
  now?: () => number;
  /** Settings for scoring, read on every keystroke: may be cached (defaults to `loadSettings`). */
  currentSettings?(): Promise<Settings>;
  /** Rule words in the user's language (the extension's catalogue); English without one. */
  ruleTexts?: RuleTexts;
  /** The toolbar's count of people due a follow-up (null hides it); only with the badgeDue setting. */
  showDueCount?(count: number | null): Promise<void>;
  /** Sync (issue 14): every entry point does nothing while sync is off. */
  sync?: SyncHook;
  syncControl?: SyncControl;
}

/** A conversation address is kept only if it is an HTTPS page of the site the message was sent on. */
export function conversationUrl(url: string | undefined, channel: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && siteForHost(parsed.hostname)?.channel === channel && !parsed.username && !parsed.password ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** After a write, the follow-up list is worked out again this much later (writes come in bursts). */
const WARM_DELAY_MS = 1_000;

const NO_CONTEXT: { history: HistoryItem[]; status: StatusItem[] } = { history: [], status: [] };

/** The last storage error, shown in the popup; cleared by the next successful write. */
export interface Health {
  error: string | null;
}

/**
 * The follow-up list with the team's word on the people it lists: one a teammate recorded as "said
 * no" or "do not contact" is not due and not waiting but left alone, with who recorded it and when.
 */
async function withTeamStatus(plan: FollowupPlan, sync: SyncHook): Promise<FollowupPlan> {
  const listed = [...plan.due, ...plan.wait];
  if (!listed.length) return plan;
  const stops = new Map(
    (await sync.teamStatus([...new Set(listed.flatMap((e) => e.identities))]))
      .filter((s) => s.status === 'said-no' || s.status === 'do-not-contact')
      .map((s) => [s.recipient, s]),
  );
  if (!stops.size) return plan;
  const moved: FollowupEntry[] = [];
  const keep = (entries: FollowupEntry[]) =>
    entries.filter((e) => {
      const hit = e.identities.map((i) => stops.get(identityValue(i))).find((s) => s !== undefined);
      if (!hit) return true;
      const at = hit.at ? Date.parse(hit.at) : NaN;
      moved.push({
        ...e,
        group: 'leave',
        at: Number.isNaN(at) ? null : at,
        rule: `team.${hit.status}`,
        why: syncWord('followupTeamWhy', hit.rep || '?', syncWord(STATUS_KEYS[hit.status])),
        idea: null,
      });
      return false;
    });
  const due = keep(plan.due);
  const wait = keep(plan.wait);
  return {
    due,
    wait,
    leave: [...moved, ...plan.leave],
    counts: {
      due: plan.counts.due - (plan.due.length - due.length),
      wait: plan.counts.wait - (plan.wait.length - wait.length),
      leave: plan.counts.leave + moved.length,
    },
  };
}

export function createHandlers(deps: HandlerDeps, health: Health = { error: null }): Handlers {
  const { store } = deps;
  const control = (): SyncControl => {
    if (!deps.syncControl) throw new Error('sync is not available here');
    return deps.syncControl;
  };
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      health.error = null;
      return result;
    } catch (error) {
      const e = error as DOMException;
      health.error = e.name === 'QuotaExceededError' ? 'The browser ran out of storage space for Pullback.' : `Storage error: ${e.message || e.name}`;
      throw error;
    }
  };
  /**
   * After a write: work the follow-up list out again a moment later (the next popup then opens on
   * it at once), and show its count on the toolbar when the setting asks for it.
   */
  let warming: ReturnType<typeof setTimeout> | undefined;
  const refreshDue = (): void => {
    clearTimeout(warming);
    warming = setTimeout(() => {
      void (async () => {
        const settings = await deps.loadSettings();
        const plan = await store.followupPlan(settings.limits);
        await store.listContacts('', RECENT_CONTACTS);
        if (deps.showDueCount) await deps.showDueCount(settings.badgeDue ? plan.counts.due : null);
      })().catch((error: unknown) => console.debug('Pullback: could not work out who is due', error));
    }, WARM_DELAY_MS);
  };
  return {
    ping: () => ({ version: deps.version }),
    'context.get': ({ people }) =>
      guard(async () => {
        await store.foldAliases(people);
        return store.contextFor(people.map((p) => p.identity));
      }),
    'thread.record': async ({ items }) => {
      const result = await guard(() =>
        store.recordThread(
          items.map((item) => {
            if (item.direction === 'out') return item;
            const reading = classifyReply(item.text, new Date(item.at));
            return { ...item, kind: reading.kind, ...(reading.until ? { until: Date.parse(reading.until) } : {}) };
          }),
        ),
      );
      if (result.written) refreshDue();
      deps.sync?.afterWrite({ kind: 'thread', items: items.map((i) => ({ id: i.id, direction: i.direction, identity: i.person.identity })) });
      return result;
    },
    'send.log': async ({ url, ...log }) => {
      const address = conversationUrl(url, log.channel);
      const result = await guard(() => store.logSend({ ...log, ...(address ? { url: address } : {}) }));
      const identities = log.recipients.map((p) => p.identity);
      deps.sync?.afterWrite({ kind: 'send', sendId: log.sendId, identities, channel: log.channel, at: log.at });
      store.prune().catch((error: unknown) => console.debug('Pullback: could not drop old history; the next send tries again', error));
      refreshDue();
      return result;
    },
    'compose.state': async (state, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: true };
      // Nothing to show: no compose scored, and none that Pullback cannot read.
      const shown = state.level === null && !state.unreadable ? null : state;
      await deps.composeStates.set(tabId, shown).catch((error: unknown) => console.debug('Pullback: could not keep the compose state', error));
      await deps.showBadge(tabId, shown).catch((error: unknown) => console.debug('Pullback: could not show the badge', error));
      return { ok: true };
    },
    'rule.mute': async ({ rule }) => {
      // Every rule the scorer can report about wording can be muted (the built-in checks included).
      if (!isMutableRule(rule)) throw new Error(`unknown rule "${rule}"`);
      const settings = await deps.loadSettings();
      const next = await deps.saveSettings({ disabledRules: [...new Set([...settings.disabledRules, rule])] });
      return { disabledRules: next.disabledRules };
    },
    'rule.unmute': async ({ rule }) => {
      if (!isMutableRule(rule)) throw new Error(`unknown rule "${rule}"`);
      const settings = await deps.loadSettings();
      const next = await deps.saveSettings({ disabledRules: settings.disabledRules.filter((r) => r !== rule) });
      return { disabledRules: next.disabledRules };
    },
    'draft.score': async ({ text, subject, lang, channel, recipients }) => {
      const identities = recipients.map((p) => p.identity);
      const [settings, context, teamStatus] = await Promise.all([
        (deps.currentSettings ?? deps.loadSettings)(),
        // A broken store must not silence the words: judge the tone alone.
        // A person known by a name until now: what the name holds is theirs from here on (issue 13).
        identities.length
          ? store
              .foldAliases(recipients)
              .catch(() => 0)
              .then(() => store.contextFor(identities))
              .catch(() => NO_CONTEXT)
          : NO_CONTEXT,
        // A teammate's "do not contact" or "said no" counts like one's own (issue 14); sync off: none.
        identities.length && deps.sync ? deps.sync.teamStatus(identities).catch((): StatusItem[] => []) : ([] as StatusItem[]),
      ]);
      return scoreDraftWith(
        plainReply,
        text,
        {
          now: new Date((deps.now ?? Date.now)()).toISOString(),
          lang,
          channel,
          subject,
          recipients: recipients.map((r) => ({ id: identityValue(r.identity), ...(r.name ? { name: r.name } : {}) })),
          history: context.history,
          status: [
            ...context.status,
            ...teamStatus.map(({ recipient, status, at, until }) => ({ recipient, status, ...(at ? { at } : {}), ...(until ? { until } : {}) })),
          ],
          limits: settings.limits,
          rules: ruleOptions(settings),
        },
        deps.ruleTexts ?? ENGLISH_TEXTS,
      );
    },
    'compose.current': ({ tabId }) => deps.composeStates.get(tabId),
    // Cheap on purpose (the popup asks on every open): opening the database proves it works;
    // counting 100,000 records would not be cheap.
    'store.health': async () => {
      try {
        await store.open();
        return { ok: health.error === null, error: health.error };
      } catch (error) {
        return { ok: false, error: health.error ?? `Storage error: ${(error as Error).message}` };
      }
    },
    'contacts.list': ({ query, limit }) => guard(() => store.listContacts(query, limit)),
    'contact.get': ({ id }) => guard(() => store.getContact(id)),
    'contact.status': async ({ id, status }) => {
      const at = (deps.now ?? Date.now)();
      await guard(() => store.setStatus(id, status ? { status: status.status, at, ...(status.until ? { until: status.until } : {}) } : null));
      deps.sync?.afterWrite({
        kind: 'status',
        contactId: id,
        event: status ? { status: status.status, at, ...(status.until ? { until: status.until } : {}) } : { status: 'cleared', at },
      });
      return { ok: true };
    },
    'contact.link': async ({ id, otherId }) => {
      const joined = await guard(() => store.identitiesOf(otherId));
      await guard(() => store.link(id, otherId));
      deps.sync?.afterWrite({ kind: 'link', contactId: id, joined, at: (deps.now ?? Date.now)() });
      return { ok: true };
    },
    'contact.linkIdentity': async ({ id, identity }) => {
      const joined = await guard(async () => {
        const other = await store.contactByIdentity(identity);
        if (other && other.id !== id) await store.link(id, other.id);
        else await store.addIdentity(id, identity);
        return other && other.id !== id ? other.identities : [identity];
      });
      deps.sync?.afterWrite({ kind: 'link', contactId: id, joined, at: (deps.now ?? Date.now)() });
      return { ok: true };
    },
    'contact.unlink': async ({ id, identity }) => {
      const split = await guard(() => store.unlink(id, identity));
      deps.sync?.afterWrite({ kind: 'unlink', contactId: id, identity, at: (deps.now ?? Date.now)() });
      return { id: split };
    },
    'contact.delete': async ({ id }) => {
      await guard(() => store.deleteContact(id));
      refreshDue();
      return { ok: true };
    },
    'followup.list': async () => {
      const settings = await (deps.currentSettings ?? deps.loadSettings)();
      const own = await guard(() => store.followupPlan(settings.limits));
      // With a team, a teammate's "no" or "do not contact" moves a listed person to Leave alone.
      const plan = deps.sync
        ? await withTeamStatus(own, deps.sync).catch((error: unknown) => {
            console.debug('Pullback: the follow-up list without the team status', error);
            return own;
          })
        : own;
      // The toolbar's count is brought up to date without keeping the popup waiting for it.
      if (deps.showDueCount)
        void deps
          .showDueCount(settings.badgeDue ? plan.counts.due : null)
          .catch((error: unknown) => console.debug('Pullback: could not show the due count', error));
      return plan;
    },
    'followup.remind': async ({ id, until }) => {
      await guard(() => store.remindAt(id, until));
      refreshDue();
      return { ok: true };
    },
    'data.export': () => guard(() => store.exportAll()),
    'data.import': async ({ data, apply }) => {
      const preview = await guard(() => store.importAll(data, apply));
      if (apply) refreshDue();
      return preview;
    },
    'contact.team': async ({ id }) => {
      if (!deps.sync) return null;
      const identities = await guard(() => store.identitiesOf(id));
      return identities.length ? deps.sync.teamInfo(identities) : null;
    },
    'sync.status': () => control().view(),
    'sync.save': async (raw) => {
      await control().save(checkConfig(raw));
      await deps.sync?.reset();
      deps.sync?.run('manual').catch((error: unknown) => console.debug('Pullback: the first sync failed; the options page shows why', error));
      return { ok: true };
    },
    'sync.test': async (raw) => {
      try {
        return await control().test(checkConfig(raw));
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    'sync.now': async () => {
      try {
        await deps.sync?.run('manual');
        return { ok: true, error: null };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    'sync.forget': async () => {
      await deps.sync?.forget();
      await control().clear();
      return { ok: true };
    },
    'data.deleteAll': async () => {
      await guard(() => store.deleteAll());
      return { ok: true };
    },
  };
}

import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from '../db/store.ts';
import { MUTABLE_RULE_IDS, scoreDraft } from '../scorer/index.ts';
import { normalizeSettings, ruleOptions, type Settings } from '../settings/settings.ts';
import { createHandlers } from './handlers.ts';
import { createRouter } from './router.ts';

const OWN = 'own-id';
const fromPanel = { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

/** A background whose settings go through storage as they would: JSON in, normalized out. */
async function background() {
  let stored = '{}';
  const loadSettings = async (): Promise<Settings> => normalizeSettings(JSON.parse(stored));
  const route = createRouter({
    ownId: OWN,
    ownBase: `chrome-extension://${OWN}/`,
    handlers: createHandlers({
      store: await createStore({ factory: new IDBFactory() }),
      version: '1',
      loadSettings,
      saveSettings: async (patch) => {
        const next = normalizeSettings({ ...(await loadSettings()), ...patch });
        stored = JSON.stringify(next);
        return next;
      },
      showBadge: async () => {},
      composeStates: { get: async () => null, set: async () => {} },
    }),
  });
  const mute = (rule: string) => route({ type: 'rule.mute', payload: { rule } }, fromPanel);
  const unmute = (rule: string) => route({ type: 'rule.unmute', payload: { rule } }, fromPanel);
  return { mute, unmute, loadSettings };
}

const PUSHY = 'Just checking in!!! Did you see my last email?? CALL ME TODAY. This offer expires Friday.';

describe('rule.mute', () => {
  it('"Undo" switches a muted rule back on, and only that one', async () => {
    const { mute, unmute, loadSettings } = await background();
    await mute('bump.checking-in');
    await mute('shouting.capitals');
    expect(await unmute('bump.checking-in')).toMatchObject({ ok: true });
    expect((await loadSettings()).disabledRules).toEqual(['shouting.capitals']);
    expect(await unmute('cadence.unanswered')).toMatchObject({ ok: false });
  });

  it('every rule the scorer reports about wording can be muted, and stays muted', async () => {
    const { mute, loadSettings } = await background();
    expect(MUTABLE_RULE_IDS.length).toBeGreaterThan(30);
    expect(new Set(MUTABLE_RULE_IDS).size).toBe(MUTABLE_RULE_IDS.length);
    const before = scoreDraft(PUSHY, { rules: ruleOptions(await loadSettings()) });
    const reported = before.reasons.filter((r) => r.start !== null).map((r) => r.rule);
    expect(reported.length).toBeGreaterThan(2);
    for (const rule of reported) expect(MUTABLE_RULE_IDS).toContain(rule);

    for (const rule of MUTABLE_RULE_IDS) expect(await mute(rule)).toMatchObject({ ok: true });
    // Read back from storage: every one is still there (none dropped by the settings' own checks).
    const settings = await loadSettings();
    expect([...settings.disabledRules].sort()).toEqual([...MUTABLE_RULE_IDS].sort());
    const after = scoreDraft(PUSHY, { rules: ruleOptions(settings) });
    expect(after.reasons.filter((r) => r.start !== null)).toEqual([]);
  }, 60_000);

  it("mutes the user's own phrases, and refuses what the scorer never reports", async () => {
    const { mute, loadSettings } = await background();
    expect(await mute('custom.3')).toMatchObject({ ok: true });
    for (const rule of ['cadence.unanswered', 'status.said-no', 'bump.checking-in.x', 'custom.', 'custom.3.x', '']) {
      expect(await mute(rule), rule).toMatchObject({ ok: false });
    }
    expect((await loadSettings()).disabledRules).toEqual(['custom.3']);
  });
});

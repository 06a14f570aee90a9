import { describe, expect, it } from 'vitest';
import { classifyReply } from './index.ts';

const AT = new Date('2026-11-03T09:00:00Z');
const kind = (t: string) => classifyReply(t, AT).kind;

describe('classifyReply', () => {
  it.each([
    ['No.', 'decline'],
    ["Thanks, but we're not interested.", 'decline'],
    ["We've decided to go with another shop.", 'decline'],
    ['We went with someone else this year.', 'decline'],
    // Who chose someone else, and how they say it (a hand mutation removed these lines unnoticed).
    ['Our board went with another vendor', 'decline'],
    ['We ended up going with someone else', 'decline'],
    ['We ended up going with Acme.', 'decline'],
    ["We're all set, thanks.", 'decline'],
    ['Please stop emailing me.', 'decline'],
    ['Unsubscribe', 'decline'],
    ['Remove me from your list.', 'decline'],
    ["Please don't message me again.", 'decline'],
    ['Not now, try me in March.', 'defer'],
    ['No budget now, circle back next quarter.', 'defer'],
    ['Maybe later.', 'defer'],
    ['Automatic reply: I am out of the office until 3 December.', 'auto-reply'],
    ["Sure, send more info and let's talk.", 'welcome'],
    ["Sounds interesting, I'm open to a call.", 'welcome'],
    ['No problem, happy to chat next week.', 'welcome'],
    ['Got it, I will forward this to Sam.', 'reply'],
    ['Kein Interesse, danke.', 'decline'],
    ['No me interesa, gracias.', 'decline'],
    ['Ich bin im Urlaub bis 5. Dezember. Abwesenheitsnotiz.', 'auto-reply'],
  ])('%s -> %s', (text, expected) => expect(kind(text)).toBe(expected));

  it('a no that names a time to come back is a not-now', () => {
    expect(classifyReply('Not interested right now, but reach out in January.', AT)).toMatchObject({ kind: 'defer', until: '2027-01-01T00:00:00.000Z' });
  });

  it('when both appear, the later one is the answer', () => {
    expect(kind("Unfortunately I can't do Tuesday, but let's talk Thursday.")).toBe('welcome');
    expect(kind("Sounds interesting, but we've decided to go with another provider.")).toBe('decline');
  });

  it('reads the return date of an out-of-office', () => {
    expect(classifyReply('Out of office until December 3.', AT).until).toBe('2026-12-03T00:00:00.000Z');
  });

  it('keeps the words that decided it', () => {
    expect(classifyReply('Hi. We went with another provider.', AT).evidence).toBe('We went with another');
  });
});

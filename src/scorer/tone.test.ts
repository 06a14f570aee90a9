import { describe, expect, it } from 'vitest';
import { ALL_RULES, BUILT_IN_EXTRA_RULES, scoreDraft } from './index.ts';

const flagged = (text: string) =>
  scoreDraft(text)
    .reasons.filter((r) => (r.weight ?? 0) > 0)
    .map((r) => r.rule);
const reported = (text: string) => scoreDraft(text).reasons.map((r) => r.rule);

/** Per rule: texts it flags, and near misses it must leave alone. */
const TABLE: Record<string, { flags: string[]; ignores: string[] }> = {
  'pressure.firm': {
    flags: ["I can't go any higher.", 'I can only pay $115 for it.'],
    ignores: ['We can only meet on Tuesdays.', 'Happy to talk about the price.'],
  },
  'pressure.act-now': {
    flags: ['Act now before this goes.', 'Hurry, book your seat now!', "Don't miss out on this.", 'Now or never.'],
    ignores: ['We acted on your feedback.', 'No hurry at all.'],
  },
  'pressure.deadline': {
    flags: ['The offer expires tonight.', 'Last chance to join.', 'This price ends Friday.', 'Limited time offer.', 'Sale ends in 02:13:45'],
    ignores: ['The meeting ends at 5.', 'Our last conversation was useful.'],
  },
  'pressure.scarcity': {
    flags: ['Only 2 spots left.', 'Just three seats remaining.', 'Almost sold out.', 'These are selling fast.'],
    ignores: ['Only you can decide.', 'There are 2 options on the left.'],
  },
  'pressure.ultimatum': {
    flags: [
      "That's my final offer.",
      'Take it or leave it.',
      "If I don't hear back by Friday, I'll give your slot to someone else.",
      "You'll regret passing on this.",
    ],
    ignores: ['Our offer includes support.', 'Happy to negotiate.'],
  },
  'guilt.no-reply': {
    flags: [
      "I still haven't heard back from you after three emails.",
      "I've reached out several times and heard nothing.",
      'It would take you thirty seconds to reply.',
      'I have been very patient with you.',
    ],
    ignores: ['I heard back from the team.', 'Thanks for getting back to me.'],
  },
  'bump.checking-in': {
    flags: ['Just checking in.', 'Bumping this to the top of your inbox.', 'Circling back on this.', 'Any update?'],
    ignores: ['I checked in at the hotel.', 'We are circling the date in our calendar.'],
  },
  'bump.per-my-last-email': {
    flags: ['Per my last email, the fee is fixed.', 'As I said in my previous email, it is ready.'],
    ignores: ['My last email address changed.'],
  },
  'presumptive.booked': {
    flags: ["I've booked us for Tuesday.", "I'll call you tomorrow at 9.", "Unless I hear otherwise, I'll assume yes.", "I've already set up your account."],
    ignores: ['Would Tuesday suit you for a call?', 'You can set up your account any time.'],
  },
  'self.quota': {
    flags: ['I need to hit my quota.', 'It is the end of quarter push.', 'My manager wants this closed.', 'Could you do me a favor and sign?'],
    ignores: ['What are your targets for next year?'],
  },
  'shouting.demand': {
    flags: ['You need to decide.', 'I expect an answer.', 'Reply ASAP.'],
    ignores: ['Do you need anything from me?'],
  },
  'shouting.capitals': {
    flags: ['This is REALLY important.', 'Please ANSWER this message.'],
    ignores: ['The CEO sent the PDF to the EU team.'],
  },
  'shouting.questions': {
    flags: ['Did you get it? Are you in? When can we talk?'],
    ignores: ['Is Monday ok?', 'Are you there??'],
  },
  'shouting.punctuation': {
    flags: ['Are you there??', 'Great news!!!', 'What?!'],
    ignores: ['Great news! See you soon.', 'Is Monday ok?'],
  },
  'pressure.hype': {
    flags: ['Click here to claim your free trial.', 'This is our best deal of the year.'],
    ignores: ['The deal we discussed is in the contract.', 'The agenda for Tuesday is below.'],
  },
  'shouting.directive': {
    flags: ['Send it over immediately.', 'Stop changing the scope.'],
    ignores: ['Let me know if you need anything.', 'I changed the scope as you suggested.'],
  },
  'shouting.hostile': {
    flags: ['This delay is ridiculous.', 'I am sick of waiting on your team.'],
    ignores: ['The results were remarkable.', 'Waiting on your team is fine for us.'],
  },
  'shouting.negative': {
    flags: ['The rollout was a mess.', 'I am frustrated with how this went.'],
    ignores: ['The rollout went smoothly.', 'Here is how the pilot went.'],
  },
  'shouting.impatient': {
    flags: ['Are you going to answer me?', 'Did you even read my proposal?'],
    ignores: ['Are you going to the conference?', 'Did you get a chance to read the proposal?'],
  },
  'shouting.direct-question': {
    flags: ['What is the holdup?', 'So what happened to the order?'],
    ignores: ['The pilot went well, and the team liked it.', 'I wondered how the pilot went.'],
  },
  'shouting.insistence': {
    flags: ['In fact, the price is fixed.', 'For the last time, the contract is final.'],
    ignores: ['The facts are in the report.', 'The contract is final.'],
  },
  'value.offer': {
    flags: ['I thought you might find this useful.', 'Happy to introduce you to our logistics lead.'],
    ignores: ['I have attached the signed contract.', 'The invoice is in the post.'],
  },
  'value.needs': {
    flags: ['How can I help?', 'Is there anything I can do to make the trial easier?'],
    ignores: ['Our priorities have not changed.', 'The trial ends in May.'],
  },
  'value.easy-out': {
    flags: ['No worries if not.', 'Feel free to ignore this.'],
    ignores: ['I will follow up next week.', 'The timing is set for May.'],
  },
  'value.gratitude': {
    flags: ['Thanks for the quick reply.', 'I really appreciate your help.'],
    ignores: ['I will send the report on Monday.', 'Thanksgiving falls on a Thursday this year.'],
  },
  'value.apology': {
    flags: ['Sorry for the late reply.', 'My mistake on the date.'],
    ignores: ['The report is late again.', 'The date moved to Friday.'],
  },
  'value.greeting': {
    flags: ['Hi Dana, the files are attached.', 'Have a great weekend.'],
    ignores: ['The hiring plan is attached.', 'Hello?'],
  },
  'value.hedge': {
    flags: ['Perhaps we could meet next week.', 'When you have a moment, could you check the figures?'],
    ignores: ['We will meet next week.', 'Check the figures on page two.'],
  },
  'value.deference': {
    flags: ['Great point about the delivery windows.', 'Fair point on the timeline.'],
    ignores: ['The delivery windows are on page two.', 'The timeline is attached.'],
  },
  'value.courtesy': {
    flags: ['Would you be open to a short call?', 'Looking forward to hearing from you.'],
    ignores: ['We are open on Saturdays.', 'The call is at noon.'],
  },
  'value.positive': {
    flags: ['Glad the launch went well.', 'The team was delighted with the pilot.'],
    ignores: ['The launch is on Monday.', 'The pilot ran for six weeks.'],
  },
  'de.pressure.urgency': {
    flags: ['Letzte Chance: das Angebot endet heute.', 'Jetzt zugreifen!'],
    ignores: ['Die Besprechung endet um fünf.', 'Das Angebot liegt bei.'],
  },
  'de.guilt.no-reply': {
    flags: ['Ich habe noch nichts von Ihnen gehört.', 'Haben Sie meine E-Mail bekommen?'],
    ignores: ['Ich habe von Ihrem Team gehört.', 'Ich habe Ihre E-Mail bekommen, danke.'],
  },
  'de.bump.checking-in': {
    flags: ['Ich wollte nur kurz nachhaken.', 'Kurze Erinnerung an unser Angebot.'],
    ignores: ['Ich wollte Ihnen den Bericht schicken.', 'Unser Angebot ist kurz.'],
  },
  'es.pressure.urgency': {
    flags: ['Última oportunidad para reservar.', 'Solo quedan 2 plazas.'],
    ignores: ['La reunión termina a las cinco.', 'Quedan dos puntos en la agenda.'],
  },
  'es.guilt.no-reply': {
    flags: ['No he recibido respuesta a mi correo.', '¿Recibiste mi mensaje?'],
    ignores: ['Recibí tu mensaje, gracias.', 'He recibido el contrato.'],
  },
  'es.bump.checking-in': {
    flags: ['Solo quería dar seguimiento a mi propuesta.', 'Te escribo de nuevo por el presupuesto.'],
    ignores: ['Te escribo para presentarte a Ana.', 'Adjunto el presupuesto.'],
  },
};

/** Every rule id a draft's words can be reported under: the rule data and the built-in extras. */
const TONE_RULE_IDS = [...ALL_RULES, ...BUILT_IN_EXTRA_RULES].map((r) => r.id);

describe('the table of examples', () => {
  // A rule without an example of what it catches and of a near miss it leaves alone is untested.
  it.each(TONE_RULE_IDS)('has rows %s flags and rows it ignores', (id) => {
    expect(TABLE[id]?.flags.length ?? 0, `${id} has no "flags" row`).toBeGreaterThan(0);
    expect(TABLE[id]?.ignores.length ?? 0, `${id} has no "ignores" row`).toBeGreaterThan(0);
  });

  it('names only rules that exist', () => {
    expect(Object.keys(TABLE).filter((id) => !TONE_RULE_IDS.includes(id))).toEqual([]);
  });
});

describe.each(Object.entries(TABLE))('%s', (rule, { flags, ignores }) => {
  // Reported at all: what lowers the score (value.*) is reported with a negative weight.
  it.each(flags)('flags: %s', (text) => expect(reported(text)).toContain(rule));
  it.each(ignores)('does not flag: %s', (text) => expect(reported(text)).not.toContain(rule));
});

describe('offsets', () => {
  it('point at the phrase in UTF-16 units, after emoji and accents', () => {
    const text = 'Héllo 👋🏽 Zoë, just checking in. Act now!';
    const result = scoreDraft(text);
    const bump = result.reasons.find((r) => r.rule === 'bump.checking-in')!;
    expect(text.slice(bump.start!, bump.end!)).toBe('just checking in');
    const act = result.reasons.find((r) => r.rule === 'pressure.act-now')!;
    expect(text.slice(act.start!, act.end!)).toBe('Act now');
  });

  it('match curly apostrophes as straight ones', () => {
    expect(flagged('I haven’t heard back from you.')).toContain('guilt.no-reply');
  });
});

describe('what lowers the score', () => {
  it('value, needs and an easy out make a follow-up warmer than a bare bump', () => {
    const bare = scoreDraft('Just checking in on the proposal.');
    const warm = scoreDraft(
      'Just checking in on the proposal. I thought you might find this case study useful. What are your priorities this spring? No worries if not.',
    );
    expect(warm.score).toBeLessThan(bare.score);
    // Warmth lowers the score; the bump is still a mild cue.
    expect(warm.level).toBe('caution');
  });

  it('warmth does not hide strong pressure', () => {
    const r = scoreDraft('Thanks so much! Only 2 spots left, the offer expires tonight, act now. No worries if not.');
    expect(r.level).not.toBe('ok');
  });
});

describe('context in the text', () => {
  it('a deadline between colleagues is not sales pressure', () => {
    expect(scoreDraft('Could you send the report for the board meeting? It ends Friday for us.').level).toBe('ok');
    expect(flagged('Reminder: invoice 1042 is overdue; payment ends Friday.')).not.toContain('pressure.deadline');
  });

  it('a sales deadline is', () => {
    expect(flagged('Our discount offer ends Friday.')).toContain('pressure.deadline');
  });

  it('a phrase inside a quoted earlier message is not the user’s', () => {
    const text = 'Thanks Dana, that helps.\n\nOn Mon, 2 Nov 2026 at 09:00, Sam <sam@x.test> wrote:\n> Act now, only 2 spots left!';
    expect(scoreDraft(text).level).toBe('ok');
    expect(scoreDraft('Happy to help.\n> Just checking in, act now!').level).toBe('ok');
  });

  it('the signature is not judged', () => {
    expect(scoreDraft('Thanks, see you soon.\n-- \nACT NOW LTD, Hurry Street').level).toBe('ok');
  });

  it('the subject is judged, without offsets', () => {
    const r = scoreDraft('Hello there.', { subject: 'LAST CHANCE: offer expires tonight' });
    expect(r.level).not.toBe('ok');
    expect(r.reasons.every((x) => x.start === null || x.start < 'Hello there.'.length)).toBe(true);
    expect(r.reasons.some((x) => x.message.startsWith('In the subject'))).toBe(true);
  });
});

describe('rule choices', () => {
  it('a switched-off rule does not count', () => {
    const r = scoreDraft('Just checking in.', { rules: { disabled: ['bump.checking-in'] } });
    expect(r.reasons.map((x) => x.rule)).not.toContain('bump.checking-in');
    expect(r.level).toBe('ok');
  });

  it('the user’s own phrases are flagged', () => {
    const r = scoreDraft('Let us synergize our roadmaps.', { rules: { custom: [{ phrase: 'synergize', category: 'pressure' }] } });
    expect(r.reasons[0]).toMatchObject({ rule: 'custom.0', start: 7, end: 16 });
    expect(r.level).toBe('caution');
  });

  it('sensitivity moves the line', () => {
    const text = 'Just checking in. Did you get my emails?';
    const gentle = scoreDraft(text, { rules: { sensitivity: 'gentle' } });
    const strict = scoreDraft(text, { rules: { sensitivity: 'strict' } });
    expect(strict.score).toBeGreaterThan(gentle.score);
  });
});

describe('other languages', () => {
  it('judges German and Spanish pressure from data', () => {
    expect(scoreDraft('Letzte Chance: das Angebot endet heute. Jetzt zugreifen!').level).not.toBe('ok');
    expect(scoreDraft('Última oportunidad, sólo quedan 2 plazas.').level).not.toBe('ok');
  });

  it.each(['これは普通のメールです。', 'Привет, как дела?', 'مرحبا، كيف حالك؟', 'Bonjour, voici le document.'])('does not fail on %s', (text) => {
    const r = scoreDraft(text);
    expect(r.level).toBe('ok');
  });
});

import type { ToneRule } from './types.ts';

const lang = 'de';

/** German tone rules: a first set, to show that languages are data. */
export const DE_RULES: ToneRule[] = [
  {
    id: 'de.pressure.urgency',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      'nur noch (heute|bis (morgen|freitag|montag))',
      'letzte (chance|gelegenheit)',
      'jetzt (zugreifen|handeln|bestellen)',
      'nur noch \\d+ (plätze|stück|exemplare)',
      'angebot (endet|läuft ab)',
      'dringend',
    ],
    source: 'darkPatterns',
  },
  {
    id: 'de.guilt.no-reply',
    category: 'guilt',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      '(ich habe|habe) (noch )?(nichts|keine antwort) (von ihnen|von dir)? ?(gehört|bekommen|erhalten)',
      'haben sie meine (e-?mail|nachricht) (bekommen|erhalten|gesehen)',
    ],
    source: 'essay',
  },
  {
    id: 'de.bump.checking-in',
    category: 'empty-bump',
    kind: 'mild',
    weight: 25,
    lang,
    patterns: ['(ich )?(wollte|möchte) (nur )?(kurz )?nachhaken', 'kurze erinnerung', 'ich hake (nochmal|noch einmal) nach'],
    source: 'bumps',
  },
];

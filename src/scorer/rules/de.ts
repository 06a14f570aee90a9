import type { ToneRule } from './types.ts';

const lang = 'de';

/** German tone rules: a first set, to show that languages are data. */
export const DE_RULES: ToneRule[] = [
  {
    id: 'de.pressure.urgency',
    category: 'pressure',
    weight: 24,
    lang,
    patterns: ['nur noch (heute|bis (morgen|freitag|montag))', 'letzte (chance|gelegenheit)', 'jetzt (zugreifen|handeln|bestellen)', 'nur noch \\d+ (plätze|stück|exemplare)', 'angebot (endet|läuft ab)', 'dringend'],
    explanation: 'Drängt zu einer schnellen Entscheidung. Künstliche Eile macht misstrauisch.',
    suggestion: 'Lassen Sie die Eile weg und sagen Sie, was der andere davon hat.',
    source: 'darkPatterns',
  },
  {
    id: 'de.guilt.no-reply',
    category: 'guilt',
    weight: 24,
    lang,
    patterns: ['(ich habe|habe) (noch )?(nichts|keine antwort) (von ihnen|von dir)? ?(gehört|bekommen|erhalten)', 'haben sie meine (e-?mail|nachricht) (bekommen|erhalten|gesehen)'],
    explanation: 'Macht dem anderen ein schlechtes Gewissen, weil er nicht geantwortet hat.',
    suggestion: 'Schicken Sie etwas Neues und Nützliches statt einer Erinnerung.',
    source: 'essay',
  },
  {
    id: 'de.bump.checking-in',
    category: 'empty-bump',
    weight: 20,
    lang,
    patterns: ['(ich )?(wollte|möchte) (nur )?(kurz )?nachhaken', 'kurze erinnerung', 'ich hake (nochmal|noch einmal) nach'],
    explanation: '„Nur kurz nachhaken“ bringt nichts Neues.',
    suggestion: 'Bringen Sie einen neuen Gedanken oder eine Frage zu seinem Bedarf mit.',
    source: 'bumps',
  },
];

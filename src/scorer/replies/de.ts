import type { ReplyPhrases } from './types.ts';

/** German replies: a first set, so other languages are shown to be data. */
export const DE_REPLIES: ReplyPhrases = {
  lang: 'de',
  autoReply: ['abwesenheitsnotiz', 'automatische antwort', 'nicht im büro', '(bin|ist) (bis|ab) .{0,30} (abwesend|im urlaub|nicht erreichbar)', 'im urlaub'],
  stop: ['(bitte )?(kontaktieren|schreiben) sie mir nicht mehr', 'keine weiteren (e-?mails|nachrichten)', 'abmelden', 'austragen'],
  decline: ['kein interesse', 'nein,? danke', 'haben uns für (einen anderen|eine andere|jemand anderen) entschieden', 'brauchen (wir|ich) nicht'],
  defer: ['(gerade|momentan|derzeit|aktuell) nicht', 'nächstes (quartal|jahr)', 'nächsten monat', 'später (noch ?mal|wieder)', 'melden sie sich (im|in|nach)'],
  welcome: ['(schicken|senden) sie (mir )?(gerne )?mehr', 'klingt (gut|interessant)', 'lassen sie uns (sprechen|telefonieren|reden)', 'gerne'],
};

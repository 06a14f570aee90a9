import type { ToneRule } from './types.ts';

const lang = 'es';

/** Spanish tone rules: a first set, to show that languages are data. */
export const ES_RULES: ToneRule[] = [
  {
    id: 'es.pressure.urgency',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      '(solo|sólo) (hoy|hasta (mañana|el viernes))',
      '(última|ultima) (oportunidad|ocasión)',
      '(actúa|actúe|compra|reserva) (ya|ahora)',
      '(solo|sólo) quedan \\d+',
      'la oferta (termina|vence|expira)',
      'urgente',
    ],
    source: 'darkPatterns',
  },
  {
    id: 'es.guilt.no-reply',
    category: 'guilt',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: ['no he (tenido|recibido) (respuesta|noticias)', '(recibiste|recibió) mi (correo|mensaje)'],
    source: 'essay',
  },
  {
    id: 'es.bump.checking-in',
    category: 'empty-bump',
    kind: 'mild',
    weight: 25,
    lang,
    patterns: ['(solo|sólo) (quería|queria) (dar )?seguimiento', 'te escribo de nuevo', 'un recordatorio amistoso'],
    source: 'bumps',
  },
];

import type { ReplyPhrases } from './types.ts';

/** Spanish replies: a first set, so other languages are shown to be data. */
export const ES_REPLIES: ReplyPhrases = {
  lang: 'es',
  autoReply: ['respuesta automática', 'fuera de la oficina', 'estoy de vacaciones', 'ausente hasta'],
  stop: ['no me (escriba|contacte|escribas|contactes) más', 'dar(me)? de baja', 'deje de (escribir|enviar)'],
  decline: ['no (me|nos) interesa', 'no,? gracias', '(hemos|he) (elegido|decidido ir con) (otro|otra)', 'no lo necesito'],
  defer: ['(ahora|por ahora|en este momento) no', 'el (próximo|siguiente) (trimestre|año|mes)', 'más adelante', 'escríbeme en'],
  welcome: ['(envíe|envíame|mándame|mande) más (información|info|detalles)', 'suena (bien|interesante)', 'hablemos', '(?<!no )me interesa'],
};

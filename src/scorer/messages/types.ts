/**
 * The words the scorer uses for cadence and replies, for one language. Templates fill `{name}`
 * slots; a language is a new file like en.ts, so languages are data, not code changes.
 */
export interface MessageTable {
  lang: string;
  months: readonly string[];
  ordinal(n: number): string;
  templates: Record<
    | 'status.do-not-contact'
    | 'status.said-no'
    | 'status.not-now'
    | 'reply.declined'
    | 'reply.deferred.dated'
    | 'reply.deferred.undated'
    | 'reply.away'
    | 'cadence.unanswered'
    | 'cadence.unanswered-last'
    | 'cadence.too-soon'
    | 'cadence.volume'
    | 'ago.today'
    | 'ago.day'
    | 'ago.days'
    | 'on'
    | 'said'
    | 'said.aside'
    | 'suggest.rest'
    | 'suggest.no'
    | 'suggest.wait'
    | 'suggest.spacing'
    | 'suggest.away'
    | 'suggest.last',
    string
  >;
}

export type TemplateKey = keyof MessageTable['templates'];

/** Fill a template's `{slots}`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

import type { ToneRule } from '../types.ts';

const lang = 'en';

/** Presumptive closes: acting as if they had agreed. */
export const PRESUMPTIVE_RULES: ToneRule[] = [
  {
    id: 'presumptive.booked',
    category: 'presumptive',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      '(gone|went|go|going) ahead and (booked|scheduled|reserved|put|pencil+ed|set|created|added|registered|enrol+ed|signed|submitted|moved|ordered|started|listed|drafted|renewed|blocked|sent|told)',
      '(taken|took) the liberty',
      '(i|we) (have )?(booked|scheduled|reserved|blocked( out)?|put|pencil+ed|set|held|slotted) (us|you|your team)( in| down| for| on| into)?',
      '(i|we) (have )?(already )?(set up|created|opened|activated|started|drafted|raised|submitted|moved|renewed|enrol+ed|registered|signed|added|listed|counted) (you|your)',
      '(i|we) (have )?already (told|let|started|created|drafted|begun|started building|set|added|submitted|raised|booked|scheduled|ordered|sent)',
      '(silence|no (answer|reply|response)|not hearing back)( from you)? (as|means|=|will mean|is) (a )?(yes|green light|go ahead|agreement|consent)',
      '(take|taking|treat|treating|read|count) (your|that|the|this|it) (silence )?as a (yes|green light|go ahead)',
      '(unless|if) (you tell me otherwise|i hear otherwise|i do not hear otherwise|not,? i will)',
      '(since|as) (i have not|i haven\'t|i did not) heard otherwise',
      'i will (assume|take it) (that )?(you|it is|this is|we are|silence|a yes|yes|your)',
      'assuming (you are|that is|it is|you\'re|you have) (on board|in|ok|okay|good|fine|a yes|happy|interested)',
      '(i am|we are) (counting|putting|marking) you (in|down)',
      'consider it done',
      'i will (go ahead|proceed)',
      '(i|we) will (send|get|have) (over |out )?(the|your|a) (contract|invoice|paperwork|agreement|order|docusign|welcome pack|purchase order|po|first invoice|payment link|onboarding)',
      '(ready|waiting) for (you to sign|your (signature|deposit|payment|card))',
      '(just|only) (need|needs|waiting on|waiting for) (your|you to) (signature|sign|card|payment|deposit)',
      'all (that is )?left is for you to',
      '(expect|expecting) (your|a) (deposit|payment|call from)',
      'i will (call|ring|phone) you (tomorrow|today|on|at|this|next)',
      'i will (be calling|stop by|drop by|swing by|come by)',
      'when (would|do|should) (we|you) (start|begin|sign)',
      '(which|what) (day|time|date)( works| suits)?[^.?!\\n]{0,30} (to|for) (sign|start|get started|kick off|install)',
      'so i can get (this|things|it) (rolling|moving|started)',
      'the (invite|invitation|contract|paperwork) is already',
      '(you will|you\'ll) (see|get|receive) (the|an?) (invite|invitation|invoice|contract)( shortly| soon| tomorrow| today)?',
      '(the|your) (purchase order|po|order) has been (raised|placed|submitted)',
      '(i|we) will (renew|charge|bill|invoice|enrol+|register|book) (you|your)',
      'welcome aboard',
      '(i am|we are) (so )?(excited|glad|looking forward) to (have you|welcome you|work(ing)? together)',
    ],
    source: 'essay',
  },
  // --- self-serving motive -------------------------------------------------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const PRESUMPTIVE_NEGATIONS: string[] = [];

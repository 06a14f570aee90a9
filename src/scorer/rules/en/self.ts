import type { ToneRule } from '../types.ts';

const lang = 'en';

/** The sender's own pocket as the reason. */
export const SELF_RULES: ToneRule[] = [
  {
    id: 'self.quota',
    category: 'self-serving',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      'my (sales |quarterly |monthly |annual |q\\d |year-?end |end-?of-?year )?(quota|targets?|numbers|commission|bonus|figures|spiff|pipeline review|leaderboard)(?! (limit|of disk|exceeded|on the server))',
      '(our|the team\'s|my team\'s|our office\'s) (sales |quarterly |quarter-?end |month-?end |year-?end )?(quota|numbers|figures|targets?) (this|before|by|for the|are|is)',
      '(hit|hitting|make|making|reach|reaching|meet|meeting|beat|beating) (my|our) (quota|target|number|numbers|goal|bonus)',
      '(quarter|month|year)-?end (numbers|figures|target|push|deadline)',
      'end of (the )?(quarter|fiscal year|month) (is|push|target|numbers)',
      'before (the )?(end of )?(the )?(quarter|fiscal year) (ends|closes|is over)',
      'my (manager|boss|director|team lead|vp|head of sales|sales (manager|director)|agency|office|ceo|supervisor) (is|has|keeps|wants|needs|asked|expects|says|set)',
      '(our|the) (manager|boss|ceo|vp|director) wants (this|every|it)',
      '(get|have) this (deal )?(closed|signed|done|over the line) (by|before|this|today)',
      'over the line',
      '(close|closing) (this|the) deal',
      'do me a (favou?r|solid|real kindness)',
      'you would be doing me a (favou?r|real kindness)',
      '(help|helping) (me|a (girl|guy|brother|sister)) (out|hit|reach|make|close)',
      '(i|we) (really )?need (this|the|one more|another|just one more) (sale|deal|win|signature|client|booking|signing|signup|sign ?up|contract|project|placement|hire)',
      '(i am|i\'m) (so |just )?(close|short|away) (to|of|from) (my|our|hitting|the)',
      '(a|one|two|a couple of) (more )?(deals?|contracts?|signups?|sign ?ups|placements?|accounts?) (short|away)',
      '(make|makes|would make|it would make) my (month|quarter|year|week|day)',
      '(only |i only )?get paid (when|once|if)',
      '(only )?pays me (when|once|if)',
      '(count|counts) towards? my',
      '(push|pushes|take|takes|get|gets) me (over|past)',
      '(promotion|president\'s club|my review) (if|depends|trip)',
      'depends on this one',
      '(breathing|on) (down )?my neck',
      '(under|feeling) (a lot of |so much )?pressure from my',
      '(i am|i\'m) measured on',
      'cover (my )?rent',
      '(let|help|helps) me break even',
      'make-?or-?break for (me|my)',
      '(would|will|could) (really |so )?help (me|my) (out|numbers|figures|quota|target)',
      'help my (numbers|figures|quota|target)',
      '(a|huge|big|great) help on my (side|end)',
    ],
    source: 'essay',
  },
  // --- demands -------------------------------------------------------------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const SELF_NEGATIONS: string[] = [];

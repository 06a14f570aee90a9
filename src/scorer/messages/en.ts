import { ordinal } from '../names.ts';
import type { MessageTable } from './types.ts';

export const EN_MESSAGES: MessageTable = {
  lang: 'en',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ordinal,
  templates: {
    'status.do-not-contact': 'You marked {who} as "do not contact"{on}.',
    'status.said-no': 'You marked that {who} said no{on}.',
    'status.not-now': 'You noted that {who} asked for time: not before {until}.',
    'reply.declined': '{who} said no on {date}{said}.',
    'reply.deferred.dated': '{who} asked you to wait until {until}{said}.',
    'reply.deferred.undated': '{who} said "not now" on {date}{aside}; your rule is to wait {days} days, until {until}.',
    'reply.away': '{who} is away until {until} (automatic reply): your message will wait in their inbox.',
    'cadence.unanswered': 'This would be your {nth} message in a row to {who} with no reply (your limit is {limit}).',
    'cadence.unanswered-last': 'This would be your {nth} message in a row to {who} with no reply: the last one your limit of {limit} allows.',
    'cadence.too-soon': 'You wrote to {who} {ago} and they have not answered yet (your rule: wait {days} days).',
    'cadence.volume': 'This would be your {nth} message to {who} in 30 days (your limit is {limit}).',
    'ago.today': 'earlier today',
    'ago.day': '1 day ago',
    'ago.days': '{n} days ago',
    on: ' on {date}',
    said: ': "{quote}"',
    'said.aside': ' ("{quote}")',
    'suggest.rest': 'Let this thread rest. Write again when you have something genuinely new for them, or move on: play the long game.',
    'suggest.no': 'They said no. Respect it: if you want to stay in touch, offer something useful with no ask, months from now.',
    'suggest.wait': 'Wait until the time they gave. Put a reminder in your calendar and write then, with something new.',
    'suggest.spacing': 'Give them a few days. Follow-ups 2-5 days apart do best.',
    'suggest.away': 'Send it after they are back, so it does not sink under the backlog.',
    'suggest.last': 'Make this one count: bring something new, and give them an easy way to say no.',
  },
};

/** Where rule ideas come from (full references in docs/evidence.md and test/../shared eval SOURCES). */
export const SOURCES = {
  essay: 'Coaching essay "When to Keep Pushing or Pull Back?" (find the value, aim to serve, play the long game)',
  belkins: 'Belkins 2023/2025 follow-up studies (11 M and 16.5 M emails)',
  bumps: 'Agency study of "just checking in" bumps: ~0.3 % replies vs 0.8-1.2 % with a new angle',
  darkPatterns: 'Mathur et al. 2019, "Dark Patterns at Scale" (urgency and scarcity)',
  politeness: 'Danescu-Niculescu-Mizil et al. 2013, politeness strategies',
  negotiation: 'Jeong et al. 2019, warmth and toughness in negotiation messages',
  canSpam: 'CAN-SPAM Act: opt-outs must be honoured within 10 business days',
  user: 'Your own phrase, from the settings',
} as const;

export type SourceKey = keyof typeof SOURCES;

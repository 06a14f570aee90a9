/** Where the rules' ideas come from, for the options page: each source once, linked where it is public. */
import type { SourceKey } from '../../scorer/rules/sources.ts';

export const SOURCE_LINKS: Partial<Record<SourceKey, string>> = {
  darkPatterns: 'https://arxiv.org/abs/1907.07032',
  politeness: 'https://aclanthology.org/P13-1025/',
  negotiation: 'https://doi.org/10.1287/mnsc.2018.3199',
  canSpam: 'https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business',
};

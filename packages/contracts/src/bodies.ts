/** The organs whose resolutions and sessions the tracker holds. */
export const BODIES = ['GENERAL_ASSEMBLY', 'SECURITY_COUNCIL', 'ECONOMIC_AND_SOCIAL_COUNCIL', 'HUMAN_RIGHTS_COUNCIL'] as const;
export type Body = (typeof BODIES)[number];

export const BODY_LABELS: Record<Body, string> = {
  GENERAL_ASSEMBLY: 'General Assembly',
  SECURITY_COUNCIL: 'Security Council',
  ECONOMIC_AND_SOCIAL_COUNCIL: 'Economic and Social Council',
  HUMAN_RIGHTS_COUNCIL: 'Human Rights Council',
};

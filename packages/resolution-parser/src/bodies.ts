/** The adopting organs: names as texts print them, database enum values and symbol prefixes. */
import type { Body } from './types';
import type { BodyCode } from './symbols';

export const BODY_NAMES: Record<Body, string> = {
  GENERAL_ASSEMBLY: 'General Assembly',
  SECURITY_COUNCIL: 'Security Council',
  ECONOMIC_AND_SOCIAL_COUNCIL: 'Economic and Social Council',
  HUMAN_RIGHTS_COUNCIL: 'Human Rights Council',
};

export const BODY_CODES: Record<Body, BodyCode> = {
  GENERAL_ASSEMBLY: 'A',
  SECURITY_COUNCIL: 'S',
  ECONOMIC_AND_SOCIAL_COUNCIL: 'E',
  HUMAN_RIGHTS_COUNCIL: 'A/HRC',
};

export function bodyFromName(name: string): Body | null {
  const lower = name.toLowerCase();
  if (lower.includes('general assembly')) return 'GENERAL_ASSEMBLY';
  if (lower.includes('security council')) return 'SECURITY_COUNCIL';
  if (lower.includes('human rights council')) return 'HUMAN_RIGHTS_COUNCIL';
  if (lower.includes('economic and social council')) return 'ECONOMIC_AND_SOCIAL_COUNCIL';
  return null;
}

export function bodyFromSymbol(symbol: string): Body | null {
  if (symbol.startsWith('A/HRC/')) return 'HUMAN_RIGHTS_COUNCIL';
  if (symbol.startsWith('A/')) return 'GENERAL_ASSEMBLY';
  if (symbol.startsWith('S/')) return 'SECURITY_COUNCIL';
  if (symbol.startsWith('E/')) return 'ECONOMIC_AND_SOCIAL_COUNCIL';
  return null;
}

import type { Timestamp } from './wire.js';

/**
 * A responsible office. Obligations, calendar feeds and editors' office limits name it by `label`: its
 * abbreviation, or its name when it has none (ADR 0008).
 */
export interface OfficeView {
  id: number;
  name: string;
  abbreviation: string | null;
  /** Other names texts and people use for it; each resolves to this office. */
  aliases: string[];
  label: string;
  version: number;
  updatedAt: Timestamp;
}

/** POST /api/offices. */
export interface CreateOfficeRequest {
  name: string;
  abbreviation?: string | null;
  aliases?: string[];
}

/** PATCH /api/offices/:id: `version` is the one read. */
export interface UpdateOfficeRequest extends Partial<CreateOfficeRequest> {
  version?: number;
}

/** An administrator's rule: an obligation whose actor contains `pattern` (any case) is suggested the office. */
export interface OfficeSuggestionRuleView {
  id: number;
  pattern: string;
  officeId: number;
  officeLabel: string;
  version: number;
}

/** POST /api/office-suggestion-rules. */
export interface CreateOfficeSuggestionRuleRequest {
  pattern: string;
  officeId: number;
}

/** PATCH /api/office-suggestion-rules/:id. */
export interface UpdateOfficeSuggestionRuleRequest extends Partial<CreateOfficeSuggestionRuleRequest> {
  version?: number;
}

/**
 * GET /api/offices/suggestion?actor=…: the office the rules suggest for an actor, to be confirmed by a person;
 * both null when no rule matches.
 */
export interface OfficeSuggestionView {
  office: OfficeView | null;
  /** The rule that matched, so the person confirming sees why. */
  rule: { id: number; pattern: string } | null;
}

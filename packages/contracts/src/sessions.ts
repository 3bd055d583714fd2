import type { Body } from './bodies.js';
import type { IsoDate } from './wire.js';

/** A body's session and its days. */
export interface SessionView {
  id: number;
  body: Body;
  number: number;
  opensOn: IsoDate;
  /** Null while the closing day is unknown. */
  closesOn: IsoDate | null;
  version: number;
}

/** POST /api/sessions. */
export interface CreateSessionRequest {
  body: Body;
  number: number;
  opensOn: IsoDate;
  closesOn?: IsoDate | null;
}

/** PATCH /api/sessions/:id: null clears closesOn; `version` is the one read. */
export interface UpdateSessionRequest extends Partial<CreateSessionRequest> {
  version: number;
}

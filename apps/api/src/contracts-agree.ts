import type * as Contracts from '@mandate-tracker/contracts';
import type { AgendaQueryDto, AnnotatedListQueryDto } from './agenda/dto/agenda-query.dto';
import type { CreateCalendarFeedDto } from './calendar/dto/create-calendar-feed.dto';
import type { CreateDocumentDto } from './documents/dto/create-document.dto';
import type { UpdateDocumentDto } from './documents/dto/update-document.dto';
import type { CalendarFeed, Session } from './generated/prisma/client';
import type * as Schema from './generated/prisma/enums';
import type { CommitImportDto, ObligationDecisionDto } from './imports/dto/commit-import.dto';
import type { PreviewImportDto } from './imports/dto/preview-import.dto';
import type { CreateObligationNoteDto } from './obligations/dto/create-obligation-note.dto';
import type { LinkDocumentDto, ReviewLinkDto } from './obligations/dto/link-document.dto';
import type { UpdateObligationDto } from './obligations/dto/update-obligation.dto';
import type { Document, Obligation, Resolution } from './prisma/filter-only-columns';
import type { CreateResolutionDto } from './resolutions/dto/create-resolution.dto';
import type { UpdateResolutionDto } from './resolutions/dto/update-resolution.dto';
import type { SearchQueryDto } from './search/dto/search-query.dto';
import type { CreateSessionDto } from './sessions/dto/create-session.dto';
import type { UpdateSessionDto } from './sessions/dto/update-session.dto';

/**
 * packages/contracts spells out for the admin (which cannot bundle Prisma or Nest) what schema.prisma and the
 * DTO classes spell out for the API. These types fail the typecheck the moment the two drift apart: an enum
 * value added on one side only, a column no view shows (or says it leaves out), a request field renamed on
 * either side (`implements` alone lets an optional field go missing). Nothing here runs.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type EnumsAgree = [
  Holds<Same<Contracts.Body, Schema.Body>>,
  Holds<Same<Contracts.SourceFormat, Schema.SourceFormat>>,
  Holds<Same<Contracts.ParagraphKind, Schema.ParagraphKind>>,
  Holds<Same<Contracts.ObligationKind, Schema.ObligationKind>>,
  Holds<Same<Contracts.ObligationStrength, Schema.ObligationStrength>>,
  Holds<Same<Contracts.ObligationStatus, Schema.ObligationStatus>>,
  Holds<Same<Contracts.ReviewState, Schema.ReviewState>>,
  Holds<Same<Contracts.DocumentKind, Schema.DocumentKind>>,
  Holds<Same<Contracts.LinkRelation, Schema.LinkRelation>>,
  Holds<Same<Contracts.LinkOrigin, Schema.LinkOrigin>>,
  Holds<Same<Contracts.AuditAction, Schema.AuditAction>>,
  Holds<Same<Contracts.MainCommittee, Schema.MainCommittee>>,
  Holds<Same<Contracts.CalendarFeedScope, Schema.CalendarFeedScope>>,
];

/** The columns a view leaves out, named here on purpose: a new column fails until it is shown or added here. */
export type ViewsCoverColumns = [
  Holds<Same<Exclude<keyof Resolution, keyof Contracts.ResolutionView>, never>>,
  // Shown as `proven`.
  Holds<Same<Exclude<keyof Obligation, keyof Contracts.ObligationView>, 'fulfillingLinks'>>,
  Holds<Same<Exclude<keyof Document, keyof Contracts.DocumentView>, never>>,
  Holds<Same<Exclude<keyof Session, keyof Contracts.SessionView>, never>>,
  // Shown as `path`, the address that carries it.
  Holds<Same<Exclude<keyof CalendarFeed, keyof Contracts.CalendarFeedView>, 'secret'>>,
];

/** The same field names on both sides; `implements` on each DTO checks the fields' types. */
type SameFields<Dto, Request> = Same<keyof Dto, keyof Request>;

export type RequestsAgree = [
  Holds<SameFields<CreateResolutionDto, Contracts.CreateResolutionRequest>>,
  Holds<SameFields<UpdateResolutionDto, Contracts.UpdateResolutionRequest>>,
  Holds<SameFields<CreateSessionDto, Contracts.CreateSessionRequest>>,
  Holds<SameFields<UpdateSessionDto, Contracts.UpdateSessionRequest>>,
  Holds<SameFields<UpdateObligationDto, Contracts.UpdateObligationRequest>>,
  Holds<SameFields<CreateObligationNoteDto, Contracts.CreateObligationNoteRequest>>,
  Holds<SameFields<LinkDocumentDto, Contracts.LinkDocumentRequest>>,
  Holds<SameFields<ReviewLinkDto, Contracts.ReviewLinkRequest>>,
  Holds<SameFields<CreateDocumentDto, Contracts.CreateDocumentRequest>>,
  Holds<SameFields<UpdateDocumentDto, Contracts.UpdateDocumentRequest>>,
  Holds<SameFields<PreviewImportDto, Contracts.PreviewImportRequest>>,
  Holds<SameFields<ObligationDecisionDto, Contracts.ObligationDecision>>,
  Holds<SameFields<CommitImportDto, Contracts.CommitImportRequest>>,
  Holds<SameFields<SearchQueryDto, Contracts.SearchRequest>>,
  Holds<SameFields<AgendaQueryDto, Contracts.AgendaRequest>>,
  Holds<SameFields<AnnotatedListQueryDto, Contracts.AnnotatedListRequest>>,
  Holds<SameFields<CreateCalendarFeedDto, Contracts.CreateCalendarFeedRequest>>,
];

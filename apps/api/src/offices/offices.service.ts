import type { OfficeSuggestionView, OfficeView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { createAudited, deleteAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Office, Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateOfficeDto } from './dto/create-office.dto';
import type { OfficeFilterDto } from './dto/office-filter.dto';
import type { UpdateOfficeDto } from './dto/update-office.dto';
import { toOfficeView } from './office.view';
import { officeIdsNamed, officeUse, ruleMatching } from './offices.repository';

export const OFFICE_SORTABLE = ['id', 'name', 'abbreviation', 'label'] as const;
export type OfficeSortField = (typeof OFFICE_SORTABLE)[number];

/** A transaction, or the client itself for a lookup outside one. */
type Tx = Pick<Prisma.TransactionClient, '$queryRaw' | 'office'>;

/** The names an office answers to: each must be free across all other offices. */
function namesOf(office: { name: string; abbreviation?: string | null; aliases?: string[] }): string[] {
  return [office.name, ...(office.abbreviation ? [office.abbreviation] : []), ...(office.aliases ?? [])];
}

/**
 * The managed list of responsible offices, and the one way any module turns what a person typed ("Mine Action
 * Service", "unmas") into the label obligations store (ADR 0008).
 */
@Injectable()
export class OfficesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async list(request: ListRequest<OfficeFilterDto, OfficeSortField>): Promise<ListPage<OfficeView>> {
    const where = this.whereOf(request.filter);
    const [records, total] = await Promise.all([
      this.prisma.office.findMany({
        where,
        orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'asc' }],
        skip: request.skip,
        take: request.take,
      }),
      this.prisma.office.count({ where }),
    ]);
    return { records: records.map(toOfficeView), total, skip: request.skip };
  }

  async get(id: number): Promise<OfficeView> {
    const record = await this.prisma.office.findUnique({ where: { id } });
    if (!record) throw AppError.notFound('Office', id);
    return toOfficeView(record);
  }

  async create(input: CreateOfficeDto, actor: string): Promise<OfficeView> {
    return this.prisma.transaction(async (tx) => {
      await this.assertNamesFree(tx, namesOf(input));
      return createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Office',
        create: () =>
          tx.office.create({ data: { name: input.name, abbreviation: input.abbreviation ?? null, aliases: input.aliases ?? [] } }),
        view: toOfficeView,
      });
    });
  }

  /** A new abbreviation (or a new name without one) changes the label; obligations, feeds and limits follow. */
  async update(id: number, input: UpdateOfficeDto, actor: string): Promise<OfficeView> {
    const { version, ...changes } = input;
    return this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'Office',
        id,
        version,
        find: () => tx.office.findUnique({ where: { id } }),
        apply: async (current) => {
          const next = {
            name: changes.name ?? current.name,
            abbreviation: changes.abbreviation === undefined ? current.abbreviation : changes.abbreviation,
            aliases: changes.aliases ?? current.aliases,
          };
          await this.assertNamesFree(tx, namesOf(next), id);
          return tx.office.update({ where: { id, version: current.version }, data: { ...next, version: { increment: 1 } } });
        },
        view: toOfficeView,
      }),
    );
  }

  /** Refused while anything names the office: reassign its obligations first (or rename it instead). */
  async remove(id: number, actor: string): Promise<OfficeView> {
    return this.prisma.transaction(async (tx) => {
      const current = await tx.office.findUnique({ where: { id } });
      if (current) {
        const label = toOfficeView(current).label;
        const use = await officeUse(tx, label);
        if (use.obligations + use.calendarFeeds + use.users > 0) {
          throw new AppError(
            ErrorCode.REFERENCE_CONFLICT,
            `${label} is still the office of ${use.obligations} obligation(s), ${use.calendarFeeds} calendar feed(s) and ` +
              `${use.users} editor's office limit(s); assign them another office first`,
            { office: label, ...use },
          );
        }
      }
      return deleteAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Office',
        id,
        find: () => Promise.resolve(current),
        remove: () => tx.office.delete({ where: { id } }),
        view: toOfficeView,
      });
    });
  }

  /**
   * The label of the office a person named by its name, abbreviation or an alias, in any case; a 400 naming
   * `field` when no office answers to it. Null and undefined pass through (clearing, or not changing).
   */
  async resolve(value: string | null | undefined, field: string): Promise<string | null | undefined> {
    if (value === undefined) return undefined;
    // A form's emptied field clears the office.
    if (value === null || value.trim() === '') return null;
    const [label] = await this.resolveAll([value], field);
    return label ?? null;
  }

  /** resolve() for a list: repeats (one office by two names) are kept once. */
  async resolveAll(values: readonly string[], field: string): Promise<string[]> {
    const tx = this.prisma;
    const wanted = values.map((value) => value.trim()).filter(Boolean);
    const found = await officeIdsNamed(tx, wanted);
    const unknown = wanted.filter((value) => !found.some((f) => f.value === value.toLowerCase()));
    if (unknown.length > 0) {
      throw AppError.validation({
        [field]: `${unknown.map((value) => `"${value}"`).join(', ')} is not a known office; choose one from the offices list (an administrator adds offices)`,
      });
    }
    const offices = await tx.office.findMany({ where: { id: { in: [...new Set(found.map((f) => f.id))] } } });
    const labelOf = new Map(offices.map((office) => [office.id, toOfficeView(office).label]));
    const labels = wanted.map((value) => labelOf.get(found.find((f) => f.value === value.toLowerCase())?.id ?? 0) ?? value);
    return [...new Set(labels)];
  }

  /** The office the administrator's rules suggest for an actor: shown to be confirmed, never applied by itself. */
  async suggest(actor: string): Promise<OfficeSuggestionView> {
    const ruleId = await ruleMatching(this.prisma, actor);
    const rule =
      ruleId === null ? null : await this.prisma.officeSuggestionRule.findUnique({ where: { id: ruleId }, include: { office: true } });
    if (!rule) return { office: null, rule: null };
    return { office: toOfficeView(rule.office), rule: { id: rule.id, pattern: rule.pattern } };
  }

  whereOf(filter: OfficeFilterDto): Prisma.OfficeWhereInput {
    const where: Prisma.OfficeWhereInput = {};
    if (filter.id) where.id = { in: filter.id };
    const q = filter.q?.trim();
    if (q) {
      where.OR = [
        { name: { contains: q, mode: 'insensitive' } },
        { abbreviation: { contains: q, mode: 'insensitive' } },
        { aliases: { has: q } },
      ];
    }
    return where;
  }

  /** Two offices answering to one name would make "Mine Action Service" ambiguous: 409 naming the other office. */
  private async assertNamesFree(tx: Tx, names: string[], exceptId = 0): Promise<void> {
    const lowered = names.map((name) => name.toLowerCase());
    const repeated = lowered.find((name, index) => lowered.indexOf(name) !== index);
    if (repeated) throw AppError.validation({ aliases: `"${repeated}" is given twice (name, abbreviation and aliases must differ)` });
    const [clash] = await officeIdsNamed(tx, names, exceptId);
    if (!clash) return;
    const name = names.find((n) => n.toLowerCase() === clash.value) ?? clash.value;
    const other: Office | null = await tx.office.findUnique({ where: { id: clash.id } });
    throw new AppError(ErrorCode.DUPLICATE, `"${name}" already names the office ${other ? toOfficeView(other).label : clash.id}`, {
      name,
      officeId: clash.id,
    });
  }
}

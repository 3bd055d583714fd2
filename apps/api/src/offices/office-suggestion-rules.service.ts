import type { OfficeSuggestionRuleView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { createAudited, deleteAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type {
  CreateOfficeSuggestionRuleDto,
  OfficeSuggestionRuleFilterDto,
  UpdateOfficeSuggestionRuleDto,
} from './dto/office-suggestion-rule.dto';
import { toOfficeSuggestionRuleView } from './office.view';

export const OFFICE_RULE_SORTABLE = ['id', 'pattern', 'officeId'] as const;
export type OfficeRuleSortField = (typeof OFFICE_RULE_SORTABLE)[number];

/** The administrator's rules from an actor's words to an office (issue 14: *Mine Action Service* → UNMAS). */
@Injectable()
export class OfficeSuggestionRulesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async list(request: ListRequest<OfficeSuggestionRuleFilterDto, OfficeRuleSortField>): Promise<ListPage<OfficeSuggestionRuleView>> {
    const where: Prisma.OfficeSuggestionRuleWhereInput = {};
    if (request.filter.id) where.id = { in: request.filter.id };
    if (request.filter.officeId) where.officeId = request.filter.officeId;
    const [records, total] = await Promise.all([
      this.prisma.officeSuggestionRule.findMany({
        where,
        include: { office: true },
        orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'asc' }],
        skip: request.skip,
        take: request.take,
      }),
      this.prisma.officeSuggestionRule.count({ where }),
    ]);
    return { records: records.map(toOfficeSuggestionRuleView), total, skip: request.skip };
  }

  async get(id: number): Promise<OfficeSuggestionRuleView> {
    const record = await this.prisma.officeSuggestionRule.findUnique({ where: { id }, include: { office: true } });
    if (!record) throw AppError.notFound('OfficeSuggestionRule', id);
    return toOfficeSuggestionRuleView(record);
  }

  async create(input: CreateOfficeSuggestionRuleDto, actor: string): Promise<OfficeSuggestionRuleView> {
    return this.prisma.transaction(async (tx) => {
      await this.assertOffice(tx, input.officeId);
      return createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'OfficeSuggestionRule',
        create: () => tx.officeSuggestionRule.create({ data: input, include: { office: true } }),
        view: toOfficeSuggestionRuleView,
      });
    });
  }

  async update(id: number, input: UpdateOfficeSuggestionRuleDto, actor: string): Promise<OfficeSuggestionRuleView> {
    const { version, ...changes } = input;
    return this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'OfficeSuggestionRule',
        id,
        version,
        find: () => tx.officeSuggestionRule.findUnique({ where: { id }, include: { office: true } }),
        apply: async (current) => {
          if (changes.officeId !== undefined) await this.assertOffice(tx, changes.officeId);
          return tx.officeSuggestionRule.update({
            where: { id, version: current.version },
            data: { ...changes, version: { increment: 1 } },
            include: { office: true },
          });
        },
        view: toOfficeSuggestionRuleView,
      }),
    );
  }

  async remove(id: number, actor: string): Promise<OfficeSuggestionRuleView> {
    return this.prisma.transaction((tx) =>
      deleteAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'OfficeSuggestionRule',
        id,
        find: () => tx.officeSuggestionRule.findUnique({ where: { id }, include: { office: true } }),
        remove: () => tx.officeSuggestionRule.delete({ where: { id } }),
        view: toOfficeSuggestionRuleView,
      }),
    );
  }

  private async assertOffice(tx: Prisma.TransactionClient, officeId: number): Promise<void> {
    if (!(await tx.office.findUnique({ where: { id: officeId }, select: { id: true } }))) {
      throw AppError.validation({ officeId: `office ${officeId} does not exist` });
    }
  }
}

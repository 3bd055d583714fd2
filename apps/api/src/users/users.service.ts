import { Injectable } from '@nestjs/common';
import type { UserView } from '@mandate-tracker/contracts';
import { createAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { normaliseEmail, revokeSessions } from '../auth/sign-in.service';
import { AppError } from '../common/errors/app-error';
import type { ListFilter } from '../common/list/list-filter';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import { ErrorCode } from '../common/errors/error-code';
import { Prisma, type User } from '../generated/prisma/client';
import { SYSTEM_ACTOR } from '../audit/actor.decorator';
import { newSecret } from '../auth/secrets';
import { OfficesService } from '../offices/offices.service';
import { PrismaService, type Transaction } from '../prisma/prisma.service';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { toUserView } from './user.view';

export const USER_SORTABLE = ['displayName', 'email', 'role', 'lastSignInAt', 'id'] as const;
type UserSortField = (typeof USER_SORTABLE)[number];

/** Users are invited, changed and deactivated, never deleted: the audit trail keeps pointing at them. */
@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly offices: OfficesService,
  ) {}

  /** Office limits are offices of the list, kept as their labels like obligations' offices (ADR 0008). */
  private officeLabels(wanted: string[] | undefined): Promise<string[]> {
    return this.offices.resolveAll(cleanOffices(wanted), 'offices');
  }

  /**
   * First start: with no users at all, an administrator from ADMIN_EMAIL and ADMIN_PASSWORD, or with a generated
   * one-time password that the caller prints once. undefined when users exist (or another process just made one).
   */
  async createFirstAdministrator(
    email: string,
    password: string | undefined,
  ): Promise<{ user: UserView; generatedPassword?: string } | undefined> {
    if ((await this.prisma.user.count()) > 0) return undefined;
    const generatedPassword = password === undefined ? newSecret(15) : undefined;
    const input = { email, displayName: 'Administrator', role: 'ADMINISTRATOR' as const, password: password ?? generatedPassword };
    try {
      const user = await this.create(input, SYSTEM_ACTOR, { mustChangePassword: generatedPassword !== undefined });
      return { user, generatedPassword };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return undefined;
      throw error;
    }
  }

  async list(request: ListRequest<ListFilter, UserSortField>): Promise<ListPage<UserView>> {
    const where: Prisma.UserWhereInput = request.filter.id ? { id: { in: request.filter.id } } : {};
    const [users, total] = await Promise.all([
      this.prisma.user.findMany({
        where,
        // Deactivated accounts stay listed (nobody is deleted) but after everyone who can still sign in.
        orderBy: [{ active: 'desc' }, { [request.sort.field]: request.sort.direction }, { id: 'asc' }],
        skip: request.skip,
        take: request.take,
      }),
      this.prisma.user.count({ where }),
    ]);
    return { records: users.map(toUserView), total, skip: request.skip };
  }

  async get(id: number): Promise<UserView> {
    return toUserView(await this.find(id));
  }

  async findByEmail(email: string): Promise<User> {
    const user = await this.prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
    if (!user) throw AppError.notFound('User', normaliseEmail(email));
    return user;
  }

  /** A password given by an administrator is a one-time password: the user chooses their own at first sign-in. */
  async create(input: CreateUserDto, actor: string, options: { mustChangePassword?: boolean } = {}): Promise<UserView> {
    const passwordHash = input.password === undefined ? null : await this.checkedHash(input.password, 'password');
    const offices = input.role === 'SECRETARIAT_EDITOR' ? await this.officeLabels(input.offices) : [];
    return this.prisma.transaction((tx) =>
      createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'User',
        create: () =>
          tx.user.create({
            data: {
              email: normaliseEmail(input.email),
              displayName: input.displayName.trim(),
              role: input.role,
              offices,
              passwordHash,
              mustChangePassword: passwordHash !== null && (options.mustChangePassword ?? true),
            },
          }),
        view: toUserView,
      }),
    );
  }

  async update(id: number, input: UpdateUserDto, actor: string, actingUserId: number | null): Promise<UserView> {
    const { version, offices, ...changes } = input;
    if (changes.displayName !== undefined) changes.displayName = changes.displayName.trim();
    const officeLabels = offices ? await this.officeLabels(offices) : undefined;
    return this.prisma.transaction(async (tx) => {
      const updated = await updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'User',
        id,
        version,
        find: () => tx.user.findUnique({ where: { id } }),
        check: (current) => {
          // Nobody locks the last door: an administrator cannot demote or deactivate themselves.
          if (current.id === actingUserId && ((changes.role && changes.role !== 'ADMINISTRATOR') || changes.active === false)) {
            throw new AppError(ErrorCode.FORBIDDEN, 'You cannot remove your own administrator role or deactivate yourself');
          }
        },
        apply: (current) => {
          const role = changes.role ?? current.role;
          const nextOffices = role === 'SECRETARIAT_EDITOR' ? (officeLabels ?? current.offices) : [];
          return tx.user.update({
            where: { id, version: current.version },
            data: { ...changes, offices: nextOffices, version: { increment: 1 } },
          });
        },
        view: toUserView,
      });
      if (changes.active === false) await this.revokeAccess(tx, id);
      return updated;
    });
  }

  /** An administrator's reset: the old sessions end and the user must choose a new password at next sign-in. */
  async resetPassword(id: number, password: string, actor: string): Promise<UserView> {
    const passwordHash = await this.checkedHash(password, 'password');
    return this.prisma.transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) throw AppError.notFound('User', id);
      const user = await tx.user.update({
        where: { id },
        data: { passwordHash, mustChangePassword: true, failedSignIns: 0, signInBlockedUntil: null, version: { increment: 1 } },
      });
      await revokeSessions(tx, id);
      await this.audit.record(tx, {
        actor,
        action: 'UPDATE',
        entityType: 'User',
        entityId: id,
        before: { ...toUserView(before), password: 'old' },
        after: { ...toUserView(user), password: 'reset' },
      });
      return toUserView(user);
    });
  }

  async deactivate(email: string, actor: string): Promise<UserView> {
    const user = await this.findByEmail(email);
    return this.update(user.id, { active: false, version: user.version }, actor, null);
  }

  private async revokeAccess(tx: Transaction, userId: number): Promise<void> {
    await revokeSessions(tx, userId);
    await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  private async find(id: number): Promise<User> {
    const user = await this.prisma.user.findUnique({ where: { id } });
    if (!user) throw AppError.notFound('User', id);
    return user;
  }

  private async checkedHash(password: string, field: string): Promise<string> {
    const problem = passwordProblem(password);
    if (problem) throw AppError.validation({ [field]: `The password ${problem}` });
    return hashPassword(password);
  }
}

function cleanOffices(offices: string[] | undefined): string[] {
  return [...new Set((offices ?? []).map((office) => office.trim()).filter(Boolean))];
}

import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppError, type FieldErrors } from '../errors/app-error';
import { unacceptableValues } from '../validation/request-values';
import { fieldErrorsOf } from '../validation/validation-pipe';
import type { ListQueryDto } from './list-query.dto';

export type SortDirection = 'asc' | 'desc';

export interface ListRequest<F, S extends string> {
  filter: F;
  sort: { field: S; direction: SortDirection };
  skip: number;
  take: number;
}

export interface ListOptions<F, S extends string> {
  filterType: ClassConstructor<F>;
  sortable: readonly S[];
  defaultSort: { field: S; direction: SortDirection };
  defaultPageSize?: number;
  maxPageSize?: number;
}

/** Reads sort, range and filter once for every resource, refusing what the resource does not offer. */
export function parseListQuery<F extends object, S extends string>(query: ListQueryDto, options: ListOptions<F, S>): ListRequest<F, S> {
  const errors: FieldErrors = {};
  const maxPageSize = options.maxPageSize ?? 1000;
  const sort = parseSort(query.sort, options, errors);
  const { skip, take } = parseRange(query.range, options.defaultPageSize ?? 25, maxPageSize, errors);
  const filter = parseFilter(query.filter, options.filterType, errors);
  if (Object.keys(errors).length > 0) throw AppError.validation(errors);
  return { filter, sort, skip, take };
}

function parseJson(raw: string, param: string, errors: FieldErrors): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    errors[param] = `${param} must be JSON`;
    return undefined;
  }
  const unacceptable = unacceptableValues(value, param);
  if (unacceptable) {
    Object.assign(errors, unacceptable);
    return undefined;
  }
  return value;
}

function parseSort<F, S extends string>(raw: string | undefined, options: ListOptions<F, S>, errors: FieldErrors) {
  if (raw === undefined) return options.defaultSort;
  const value = parseJson(raw, 'sort', errors);
  if (value === undefined) return options.defaultSort;
  const [field, order] = Array.isArray(value) ? value : [];
  if (typeof field !== 'string' || !(options.sortable as readonly string[]).includes(field)) {
    errors['sort'] = `sort field must be one of: ${options.sortable.join(', ')}`;
    return options.defaultSort;
  }
  if (order !== undefined && order !== 'ASC' && order !== 'DESC') {
    errors['sort'] = 'sort order must be "ASC" or "DESC"';
    return options.defaultSort;
  }
  return { field: field as S, direction: order === 'DESC' ? ('desc' as const) : ('asc' as const) };
}

function parseRange(raw: string | undefined, pageSize: number, maxPageSize: number, errors: FieldErrors) {
  if (raw === undefined) return { skip: 0, take: pageSize };
  const value = parseJson(raw, 'range', errors);
  if (value === undefined) return { skip: 0, take: pageSize };
  const [first, last] = Array.isArray(value) ? value : [];
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first < 0 || last < first) {
    errors['range'] = 'range must be [first, last] with 0 <= first <= last';
    return { skip: 0, take: pageSize };
  }
  const take = last - first + 1;
  if (take > maxPageSize) {
    errors['range'] = `range may cover at most ${maxPageSize} records`;
    return { skip: 0, take: pageSize };
  }
  return { skip: first as number, take };
}

function parseFilter<F extends object>(raw: string | undefined, type: ClassConstructor<F>, errors: FieldErrors): F {
  const value = raw === undefined ? {} : parseJson(raw, 'filter', errors);
  if (value === undefined) return new type();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors['filter'] = 'filter must be a JSON object';
    return new type();
  }
  const filter = plainToInstance(type, value);
  const problems = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  Object.assign(errors, fieldErrorsOf(problems, 'filter'));
  return filter;
}

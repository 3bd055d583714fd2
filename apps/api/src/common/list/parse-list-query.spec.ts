import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import { parseListQuery, type ListOptions } from './parse-list-query';
import type { ListQueryDto } from './list-query.dto';

class ThingFilter {
  @IsOptional()
  @IsString()
  q?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  session?: number;
}

const options: ListOptions<ThingFilter, 'title' | 'id'> = {
  filterType: ThingFilter,
  sortable: ['title', 'id'],
  defaultSort: { field: 'id', direction: 'asc' },
  defaultPageSize: 25,
  maxPageSize: 100,
};

const parse = (query: ListQueryDto, overrides: Partial<typeof options> = {}) => parseListQuery(query, { ...options, ...overrides });

/** The field errors of the refusal, or a failure when the query was accepted. */
function refusal(query: ListQueryDto, overrides: Partial<typeof options> = {}): Record<string, string> {
  try {
    parse(query, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.VALIDATION_FAILED);
    return (error as AppError).fieldErrors ?? {};
  }
  throw new Error('the query was accepted');
}

describe('parseListQuery', () => {
  it('takes the defaults when nothing is asked', () => {
    const request = parse({});
    expect(request).toEqual({ filter: {}, sort: { field: 'id', direction: 'asc' }, skip: 0, take: 25 });
    expect(request.filter).toBeInstanceOf(ThingFilter);
  });

  it('falls back to a page of 25 and at most 1000 records when the resource sets no sizes', () => {
    const { defaultPageSize: _size, maxPageSize: _max, ...bare } = options;
    expect(parseListQuery({}, bare).take).toBe(25);
    expect(parseListQuery({ range: '[0,999]' }, bare).take).toBe(1000);
    expect(refusalOf(() => parseListQuery({ range: '[0,1000]' }, bare))).toEqual({ range: 'range may cover at most 1000 records' });
  });

  it('reads sort, range and filter', () => {
    expect(parse({ sort: '["title","DESC"]', range: '[10,19]', filter: '{"q":"mine","session":58}' })).toEqual({
      filter: { q: 'mine', session: 58 },
      sort: { field: 'title', direction: 'desc' },
      skip: 10,
      take: 10,
    });
    expect(parse({ sort: '["title","ASC"]' }).sort).toEqual({ field: 'title', direction: 'asc' });
    expect(parse({ sort: '["title"]' }).sort).toEqual({ field: 'title', direction: 'asc' });
  });

  it('accepts a range of one record and one of exactly the largest page', () => {
    expect(parse({ range: '[0,0]' })).toMatchObject({ skip: 0, take: 1 });
    expect(parse({ range: '[5,5]' })).toMatchObject({ skip: 5, take: 1 });
    expect(parse({ range: '[100,199]' })).toMatchObject({ skip: 100, take: 100 });
  });

  it.each([
    ['not JSON', { sort: 'title' }, { sort: 'sort must be JSON' }],
    ['a field not offered', { sort: '["secret","ASC"]' }, { sort: 'sort field must be one of: title, id' }],
    ['not a list', { sort: '"title"' }, { sort: 'sort field must be one of: title, id' }],
    ['a field that is not text', { sort: '[1,"ASC"]' }, { sort: 'sort field must be one of: title, id' }],
    ['an unknown order', { sort: '["title","UP"]' }, { sort: 'sort order must be "ASC" or "DESC"' }],
    ['a lower-case order', { sort: '["title","asc"]' }, { sort: 'sort order must be "ASC" or "DESC"' }],
  ])('refuses a sort that is %s', (_what, query, errors) => {
    expect(refusal(query)).toEqual(errors);
  });

  const rangeRule = 'range must be [first, last] with 0 <= first <= last';
  it.each([
    ['not JSON', '[0,', 'range must be JSON'],
    ['not a list', '{"first":0}', rangeRule],
    ['backwards', '[10,9]', rangeRule],
    ['negative', '[-1,5]', rangeRule],
    ['fractional', '[0.5,5]', rangeRule],
    ['fractional at its end', '[0,5.5]', rangeRule],
    ['of text', '["0","5"]', rangeRule],
    ['one record over the largest page', '[0,100]', 'range may cover at most 100 records'],
  ])('refuses a range that is %s', (_what, range, message) => {
    expect(refusal({ range })).toEqual({ range: message });
  });

  it('refuses a range beyond what PostgreSQL counts, naming the end that is', () => {
    expect(refusal({ range: '[0,9007199254740993]' })).toEqual({ 'range[1]': 'range[1] must be between -2147483648 and 2147483647' });
  });

  it.each([
    ['not JSON', '{q:1}', { filter: 'filter must be JSON' }],
    ['a list', '["q"]', { filter: 'filter must be a JSON object' }],
    ['null', 'null', { filter: 'filter must be a JSON object' }],
    ['text', '"mine"', { filter: 'filter must be a JSON object' }],
  ])('refuses a filter that is %s', (_what, filter, errors) => {
    expect(refusal({ filter })).toEqual(errors);
  });

  it('names each filter field that is unknown or invalid, under "filter."', () => {
    const errors = refusal({ filter: '{"owner":"me","session":0}' });
    expect(Object.keys(errors).sort()).toEqual(['filter.owner', 'filter.session']);
    expect(errors['filter.session']).toContain('session');
  });

  it('reports every bad parameter at once', () => {
    expect(Object.keys(refusal({ sort: '["x","ASC"]', range: '[3,1]', filter: '[]' })).sort()).toEqual(['filter', 'range', 'sort']);
  });
});

function refusalOf(run: () => unknown): Record<string, string> | undefined {
  try {
    run();
  } catch (error) {
    return (error as AppError).fieldErrors;
  }
  return undefined;
}

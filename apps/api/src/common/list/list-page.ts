/** One page of a list and the size of the whole, for the Content-Range header. */
export interface ListPage<T> {
  records: T[];
  total: number;
  skip: number;
}

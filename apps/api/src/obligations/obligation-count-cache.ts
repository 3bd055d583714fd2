import { Injectable } from '@nestjs/common';
import { CountCache } from '../common/list/count-cache';
import { Environment } from '../config/environment';

/** Totals of the obligations list; every service that writes obligations or their links clears it. */
@Injectable()
export class ObligationCountCache extends CountCache {
  constructor(environment: Environment) {
    super(environment.LIST_COUNT_CACHE_MS);
  }
}

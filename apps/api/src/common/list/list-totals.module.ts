import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ClearListTotalsInterceptor } from './clear-list-totals.interceptor';
import { ListTotals } from './list-totals';
import { ListTotalsListener } from './list-totals-listener';

@Global()
@Module({
  providers: [ListTotals, ListTotalsListener, { provide: APP_INTERCEPTOR, useClass: ClearListTotalsInterceptor }],
  exports: [ListTotals],
})
export class ListTotalsModule {}

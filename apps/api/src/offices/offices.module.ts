import { Module } from '@nestjs/common';
import { OfficeSuggestionRulesController } from './office-suggestion-rules.controller';
import { OfficeSuggestionRulesService } from './office-suggestion-rules.service';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';

/** Exports OfficesService: obligations, users and calendar feeds resolve what people type to an office with it. */
@Module({
  controllers: [OfficesController, OfficeSuggestionRulesController],
  providers: [OfficesService, OfficeSuggestionRulesService],
  exports: [OfficesService],
})
export class OfficesModule {}

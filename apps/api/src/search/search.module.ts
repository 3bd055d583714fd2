import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** GET /api/search: one search box over resolutions, paragraphs and obligations. */
@Module({ controllers: [SearchController], providers: [SearchService, SearchRepository] })
export class SearchModule {}

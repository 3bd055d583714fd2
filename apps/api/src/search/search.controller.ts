import { Controller, Get, Query } from '@nestjs/common';
import { READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SEARCH_LIMIT_DEFAULT, SearchQueryDto } from './dto/search-query.dto';
import type { SearchHit } from '@mandate-tracker/contracts';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Allow(...READERS)
  @ApiOkResponse({ description: 'Hits across resolutions, paragraphs and obligations, best first, with <mark>ed snippets' })
  @ApiBadRequestResponse({ description: 'q empty or over 200 characters, or limit outside 1-100' })
  search(@Query() query: SearchQueryDto): Promise<SearchHit[]> {
    return this.searchService.search(query.q, query.limit ?? SEARCH_LIMIT_DEFAULT);
  }
}

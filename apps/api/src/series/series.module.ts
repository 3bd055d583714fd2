import { Module } from '@nestjs/common';
import { SeriesService } from './series.service';

/** A resolution's series (what it recalls and what recalls it): read by resolutions, obligations and follow-up. */
@Module({ providers: [SeriesService], exports: [SeriesService] })
export class SeriesModule {}

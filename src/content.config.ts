import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxLoader } from './lib/build/mdx-loader';
import { stageSchema } from './schemas/stage';
import { areaSchema } from './schemas/area';
import { sourceSchema } from './schemas/source';
import { playSchema } from './schemas/play';
import { metricSchema } from './schemas/metric';
import { practiceSchema } from './schemas/practice';

export const collections = {
  stages: defineCollection({ loader: mdxLoader({ pattern: '*.mdx', base: './content/stages' }), schema: stageSchema }),
  areas: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/areas' }), schema: areaSchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/sources' }), schema: sourceSchema }),
  playbook: defineCollection({ loader: mdxLoader({ pattern: '*.mdx', base: './content/playbook' }), schema: playSchema }),
  metrics: defineCollection({ loader: mdxLoader({ pattern: '*.mdx', base: './content/metrics' }), schema: metricSchema }),
  practices: defineCollection({ loader: mdxLoader({ pattern: '*.mdx', base: './content/practices' }), schema: practiceSchema }),
};

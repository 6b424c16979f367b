import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config so `astro:content` types and `astro/zod` resolve.
export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});

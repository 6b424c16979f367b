/** The bench reads built sites through the tests' reader, so a "KB gzip" means the same in both. */
export * from '../../helpers/built-site.ts';
export * from '../../helpers/page-weight.ts';

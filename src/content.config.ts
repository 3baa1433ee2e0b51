import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir, loadHotlines, loadSources } from './lib/contentFiles';
import { pageId } from './lib/routesFromDisk';
import { hotlineSchema, newsSchema, pageSchema, sourceSchema } from './lib/schemas';
import { loadServices, serviceContext } from './lib/finder/data';
import { serviceSchema } from './lib/finder/schema';

const dir = contentDir();
// Sources are read once, synchronously, so every other schema can check ids against them.
const sourceIds = new Set(loadSources(dir).map((s) => s.id));

/** A loader for a YAML list that fails the build (file, entry, field, reason) instead of logging and going on. */
function listLoader(name: string, read: () => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      const entries = read();
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
        store.set({ id: entry.id, data });
      }
    },
  };
}

const sources = defineCollection({
  loader: listLoader('sources', () => loadSources(dir)),
  schema: sourceSchema,
});

const hotlines = defineCollection({
  loader: listLoader('hotlines', () => loadHotlines(dir)),
  schema: hotlineSchema(sourceIds) as z.ZodType<z.output<ReturnType<typeof hotlineSchema>>>,
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${dir}/pages`, generateId: ({ entry }) => pageId(entry) }),
  schema: pageSchema(sourceIds),
});

const news = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${dir}/news`, generateId: ({ entry }) => pageId(entry) }),
  schema: newsSchema(sourceIds),
});

/** Treatment-finder listings, one file per place in content/services/; every file is validated or the build fails. */
const services = defineCollection({
  loader: {
    name: 'services',
    load: async ({ store, parseData }) => {
      const listings = loadServices(dir);
      store.clear();
      for (const { id, file, ...data } of listings) {
        store.set({
          id,
          data: await parseData({ id, data: data as unknown as Record<string, unknown> }),
          filePath: file,
        });
      }
    },
  },
  schema: serviceSchema(serviceContext(dir)) as z.ZodType<z.output<ReturnType<typeof serviceSchema>>>,
});

export const collections = { sources, hotlines, pages, news, services };

import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Astro hands its loaders this too, though `LoaderContext` does not declare it; the glob loader renders through it. */
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * Wraps a loader so that it keeps every entry's data but renders only the entries `renders`
 * accepts; the others are stored without HTML. A build of one part of a large archive
 * (src/data/site-part.ts) thus knows the whole archive, for lists and related articles,
 * while its content store holds the HTML of its own articles only.
 */
export function renderOnly(loader: Loader, renders: (data: Record<string, unknown>) => boolean): Loader {
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as GlobContext;
      const selective = new Map(
        [...entryTypes].map(([extension, type]): [string, ContentEntryType] => {
          const { getRenderFunction } = type;
          if (!getRenderFunction) return [extension, type];
          return [
            extension,
            {
              ...type,
              getRenderFunction: async (config) => {
                const render = await getRenderFunction.call(type, config);
                // Astro stores an entry whose render gave nothing as its data alone.
                return (entry) => (renders(entry.data) ? render(entry) : Promise.resolve(undefined!));
              },
            },
          ];
        }),
      );
      return loader.load({ ...context, entryTypes: selective } as GlobContext);
    },
  };
}

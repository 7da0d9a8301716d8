import { useEffect, useMemo, useState } from 'react';
import { hitMap, type HitMap } from '../../core/reader/hits';
import type { Placed } from '../../core/volume/model';
import { queryForms, queryFormsNow } from '../../app/library';

const NO_FORMS: string[] = [];

/**
 * The forms a query's terms are highlighted in. They need the search engine, which in H5 may not be
 * loaded yet (a link with a query): undefined until it is. Derived, not set: an entry opened
 * without a query must not draw (and scroll) twice.
 */
function useQueryForms(query: string | undefined): string[] | undefined {
  const [fetched, setFetched] = useState<{ query: string; forms: string[] }>();
  const forms = useMemo(
    () =>
      !query ? NO_FORMS : (queryFormsNow(query) ?? (fetched?.query === query ? fetched.forms : undefined)),
    [query, fetched],
  );
  useEffect(() => {
    if (query && !forms)
      queryForms(query)
        .then((loaded) => setFetched({ query, forms: loaded }))
        .catch(() => setFetched({ query, forms: NO_FORMS }));
  }, [query, forms]);
  return forms;
}

/** Where the query a block was opened with occurs in it; undefined until the block and the forms are at hand. */
export function useHits(here: Placed | undefined, query: string | undefined): HitMap | undefined {
  const forms = useQueryForms(query);
  return useMemo(() => (here && forms ? hitMap(here.block, forms) : undefined), [here, forms]);
}

import { createCatalogApi } from './catalog-api';
import { officeSession } from './office-services';

/** The catalog's calls, over the back office's one session. */
export const catalogApi = createCatalogApi(officeSession);

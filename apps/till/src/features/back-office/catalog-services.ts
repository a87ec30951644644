import { createCatalogApi } from './catalog-api';
import { createCheckoutSettingsApi } from './checkout-settings-api';
import { createQuickKeysApi } from './quick-keys-api';
import { officeSession } from './office-services';

/** The catalog's calls, over the back office's one session. */
export const catalogApi = createCatalogApi(officeSession);

/** A channel's quick keys, over the same session. */
export const quickKeysApi = createQuickKeysApi(officeSession);

/** A channel's checkout settings, over the same session. */
export const checkoutSettingsApi = createCheckoutSettingsApi(officeSession);

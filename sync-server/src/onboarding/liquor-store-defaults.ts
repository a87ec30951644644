import type { CatalogStep } from './onboarding-schemas';

/** What the wizard offers a liquor store to start from; the owner edits it before saving. */
export const LIQUOR_STORE_DEFAULTS: CatalogStep = {
  productTypes: [
    { name: 'Alcoholic drinks', ageRestricted: true },
    { name: 'Soft drinks', ageRestricted: false },
    { name: 'Food', ageRestricted: false },
    { name: 'Accessories', ageRestricted: false },
  ],
  categories: [
    { name: 'Wine', color: '#7a1f3d', productType: 'Alcoholic drinks' },
    { name: 'Sparkling', color: '#c9a227', productType: 'Alcoholic drinks' },
    { name: 'Beer', color: '#d08c1f', productType: 'Alcoholic drinks' },
    { name: 'Spirits', color: '#5b3a29', productType: 'Alcoholic drinks' },
    { name: 'Cider', color: '#8aa63b', productType: 'Alcoholic drinks' },
    { name: 'Ready to drink', color: '#c2185b', productType: 'Alcoholic drinks' },
    { name: 'Mixers', color: '#1f7a8c', productType: 'Soft drinks' },
    { name: 'Soft drinks', color: '#2e86de', productType: 'Soft drinks' },
    { name: 'Snacks', color: '#e67e22', productType: 'Food' },
    { name: 'Ice & accessories', color: '#7f8c8d', productType: 'Accessories' },
  ],
};

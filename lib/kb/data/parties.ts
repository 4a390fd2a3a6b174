import type { OrganizationEntity } from '../types';

// Placeholder until the data lands.
export const parties: readonly OrganizationEntity[] = [];

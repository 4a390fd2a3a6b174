import type { EventEntity } from '../types';

// Placeholder until the data lands.
export const events: readonly EventEntity[] = [];

import { hc } from 'hono/client';
import type { AppType } from './app';

/**
 * The typed API client for the web app and tests. Pre-typed here so the compiler resolves
 * the route types once (Hono RPC guide) and so the web never imports server runtime.
 */
export type Client = ReturnType<typeof hc<AppType>>;
export const createClient = (...args: Parameters<typeof hc>): Client => hc<AppType>(...args);

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';

export function registerOutreachRoutes(_app: OpenAPIHono<AppEnv>): void {}

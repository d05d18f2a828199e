import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { problem, sendProblem } from '../lib/problem.js';
import { hasRole, type StaffRole } from './identity.js';

/**
 * For a staff route that only some roles may use: 403 otherwise (a desk user
 * opening an admin page). Runs after staffAuth, which answers 401 for no one.
 */
export function requireRole(...roles: StaffRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = c.get('staff');
    if (!staff) return sendProblem(c, problem(401, 'unauthorized', 'Sign in first'));
    if (!hasRole(staff, roles)) {
      return sendProblem(
        c,
        problem(403, 'forbidden', 'Your role does not allow this', {
          detail: `Needs the role: ${roles.join(' or ')}.`,
        }),
      );
    }
    await next();
    return undefined;
  };
}

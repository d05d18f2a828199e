import type { SeedDirectory, SeedService } from '../../src/seed/types.js';
import { testDirectory } from './directory.js';

/** A service of the search tests: in the test office, no places, hours or phones. */
function service(key: string, name: string, description: string, topics: SeedService['topics']): SeedService {
  return {
    key,
    organization: 't-office',
    name: { en: name },
    description: { en: description },
    topics,
    badges: [],
    locations: [],
    languages: [],
    phones: [],
    schedules: [],
    last_verified: '2026-10-01',
  };
}

/** The small test directory and four services more, whose words the search tests count on. */
export const searchDirectory: SeedDirectory = {
  ...testDirectory,
  services: [
    ...testDirectory.services,
    service('s-tenant', 'Tenant help desk', 'Advice for tenants facing eviction in housing court.', ['housing']),
    service('s-food', 'Neighborhood food pantry', 'Groceries every Saturday morning.', ['benefits']),
    service('s-citizen', 'Naturalization workshop', 'Help with the N-400 application.', ['citizenship']),
    service('s-rights', 'Know your rights workshop', 'What to do when enforcement comes to your door.', [
      'know-your-rights',
    ]),
  ],
};

import { parseArgs } from 'node:util';
import { DOMAINS, ROLES, viewerProblem, type Domain, type Role } from '../platform/contract/identity.js';
import { loadSecrets } from '../platform/server/secrets.js';
import { mintToken } from '../gateway/auth.js';

/**
 * `npm run token -- --role analyst --jurisdiction 410503[,410502] [--domains civil-affairs,economy] [--sub name] [--expires 12h]`
 * mints a development token signed with this data directory's JWT secret.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    jurisdiction: { type: 'string', default: '' },
    domains: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});
const role = values.role as Role;
if (!ROLES.includes(role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(2);
}
const domains = (
  values.domains ? values.domains.split(',') : role === 'analyst' || role === 'service' ? [] : [...DOMAINS]
) as Domain[];
const jurisdiction = values.jurisdiction ? values.jurisdiction.split(',') : [];
const claims = { sub: values.sub ?? `${role}-dev`, role, jurisdiction, domains };
const problem = viewerProblem(claims);
if (problem !== null) {
  console.error(
    `${problem} (--jurisdiction: comma-separated division codes, only admins may omit it; --domains from ${DOMAINS.join(', ')})`,
  );
  process.exit(2);
}
const { jwtSecret } = loadSecrets(process.env, process.env.DATA_DIR ?? '.data', (line) => console.error(line));
if (!jwtSecret) {
  console.error('no JWT_SECRET: tokens for a JWKS-configured gateway come from your identity provider');
  process.exit(2);
}
console.log(await mintToken(jwtSecret, claims, values.expires));

import { schema } from '@kc/db';

/** The columns of an organisation that other resources embed. */
export const organisationRefColumns = {
  id: schema.organisations.id,
  name: schema.organisations.name,
  slug: schema.organisations.slug,
  kind: schema.organisations.kind,
  verified: schema.organisations.verified,
};

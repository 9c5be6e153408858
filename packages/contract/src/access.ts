/** Who may call a route, as the OpenAPI document states it (`x-access`). */
export const ACCESS_LEVELS = {
  public: 'Anyone, signed in or not',
  'signed-in': 'Any signed-in user',
  owner: 'The signed-in student the profile belongs to',
  'organisation-member': 'Members of the organisation that owns the record (and cluster administrators where stated)',
  'organisation-admin': 'Administrators of the organisation (and cluster administrators)',
  'cluster-admin': 'Cluster administrators',
} as const;
export type AccessLevel = keyof typeof ACCESS_LEVELS;

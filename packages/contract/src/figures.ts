import { z } from 'zod';

/** The cluster in four numbers, as anyone may see them: counts only, nothing about a person. */
export const clusterFiguresSchema = z.object({
  organisations: z.number().int().describe('Organisations in the directory'),
  openOpportunities: z.number().int().describe('Opportunities open for applications'),
  students: z.number().int().describe('Students with a profile, whatever its visibility (a count only)'),
  publishedOfferings: z.number().int().describe('Trainings, courses and programmes published by providers'),
});
export type ClusterFigures = z.infer<typeof clusterFiguresSchema>;

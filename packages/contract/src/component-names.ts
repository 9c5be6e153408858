import type { z } from 'zod';
import { applicationSchema, currentUserSchema, invitationSchema, memberSchema, membershipSchema, messageSchema, profileViewSchema, sessionSchema, signedInSchema } from './auth.ts';
import { errorResponseSchema, issueSchema } from './errors.ts';
import { healthSchema } from './health.ts';
import { notificationSchema } from './inbox.ts';
import { candidateSchema, candidateStudentSchema, fitRequirementSchema, fitSchema, fittingOpportunitySchema, gapSchema, learningPathSchema, pathStepSchema, teachingOfferingSchema } from './matching.ts';
import { offeringSchema, taughtSkillSchema } from './offerings.ts';
import { opportunitySchema, requiredSkillSchema } from './opportunities.ts';
import { organisationRef, organisationSchema } from './organisations.ts';
import { highlightSegment, searchDocumentSchemas } from './search.ts';
import { aliasSchema, conceptRef, extractedSkillSchema, inferredOccupationSchema, occupationRef, occupationSchema, occupationSuggestionSchema, occupationSummarySchema, skillSchema, skillSummarySchema, suggestionSchema } from './skills.ts';
import { profileSkillSchema, studentProfileSchema } from './students.ts';

/**
 * The names under which the OpenAPI document lists the shapes the API answers with
 * (`#/components/schemas/<name>`); generated clients name their types after them, so they are
 * part of the contract. Only response shapes: a request schema with defaults reads differently
 * as input and output.
 */
export const RESPONSE_COMPONENTS = {
  Alias: aliasSchema,
  Application: applicationSchema,
  Candidate: candidateSchema,
  CandidateStudent: candidateStudentSchema,
  ConceptRef: conceptRef,
  CurrentUser: currentUserSchema,
  ErrorResponse: errorResponseSchema,
  ExtractedSkill: extractedSkillSchema,
  Fit: fitSchema,
  FitRequirement: fitRequirementSchema,
  FittingOpportunity: fittingOpportunitySchema,
  Gap: gapSchema,
  Health: healthSchema,
  HighlightSegment: highlightSegment,
  InferredOccupation: inferredOccupationSchema,
  Invitation: invitationSchema,
  Issue: issueSchema,
  LearningPath: learningPathSchema,
  Member: memberSchema,
  Membership: membershipSchema,
  Message: messageSchema,
  Notification: notificationSchema,
  Occupation: occupationSchema,
  OccupationRef: occupationRef,
  OccupationSuggestion: occupationSuggestionSchema,
  OccupationSummary: occupationSummarySchema,
  Offering: offeringSchema,
  OfferingDocument: searchDocumentSchemas.offerings,
  Opportunity: opportunitySchema,
  OpportunityDocument: searchDocumentSchemas.opportunities,
  Organisation: organisationSchema,
  OrganisationDocument: searchDocumentSchemas.organisations,
  OrganisationRef: organisationRef,
  PathStep: pathStepSchema,
  ProfileSkill: profileSkillSchema,
  ProfileView: profileViewSchema,
  RequiredSkill: requiredSkillSchema,
  Session: sessionSchema,
  SignedIn: signedInSchema,
  Skill: skillSchema,
  SkillDocument: searchDocumentSchemas.skills,
  SkillSuggestion: suggestionSchema,
  SkillSummary: skillSummarySchema,
  StudentDocument: searchDocumentSchemas.students,
  StudentProfile: studentProfileSchema,
  TaughtSkill: taughtSkillSchema,
  TeachingOffering: teachingOfferingSchema,
} satisfies Record<string, z.ZodType>;

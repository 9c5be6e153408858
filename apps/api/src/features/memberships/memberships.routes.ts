import { createRoute } from '@hono/zod-openapi';
import { invitationCreateSchema, invitationSchema, memberRoleUpdateSchema, memberSchema, organisationSchema, tokenSchema, uuidParam, verificationDecisionSchema } from '@kc/contract';
import { z } from 'zod';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const tags = ['Organisations'];

export const membershipRoutes = {
  members: createRoute({
    method: 'get',
    operationId: 'listMembers',
    path: '/api/v1/organisations/{id}/members',
    tags,
    ...access('organisation-member'),
    summary: "The organisation's members",
    request: { params: uuidParam },
    responses: { 200: json(z.object({ items: z.array(memberSchema) }), 'Members'), 400: e[400], 401: e[401], 403: e[403] },
  }),
  removeMember: createRoute({
    method: 'delete',
    operationId: 'removeMember',
    path: '/api/v1/organisations/{id}/members/{userId}',
    tags,
    ...access('organisation-admin', 'members may remove themselves'),
    summary: 'Remove a member (or leave)',
    request: { params: z.object({ id: z.uuid(), userId: z.uuid() }) },
    responses: { 204: { description: 'Removed' }, 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  }),
  updateMemberRole: createRoute({
    method: 'patch',
    operationId: 'updateMemberRole',
    path: '/api/v1/organisations/{id}/members/{userId}',
    tags,
    ...access('organisation-admin'),
    summary: "Change a member's role (make them an administrator, or a member again)",
    description: 'Setting the role the member already has changes nothing. The last administrator of the organisation cannot be made a member (409).',
    request: { params: z.object({ id: z.uuid(), userId: z.uuid() }), body: jsonBody(memberRoleUpdateSchema) },
    responses: { 200: json(memberSchema, 'The member with their role'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  }),
  invite: createRoute({
    method: 'post',
    operationId: 'createInvitation',
    path: '/api/v1/organisations/{id}/invitations',
    tags,
    ...access('organisation-admin'),
    summary: 'Invite someone by e-mail to join as member or admin',
    request: { params: uuidParam, body: jsonBody(invitationCreateSchema) },
    responses: { 201: json(invitationSchema, 'Invitation sent'), 400: e[400], 401: e[401], 403: e[403] },
  }),
  invitations: createRoute({
    method: 'get',
    operationId: 'listInvitations',
    path: '/api/v1/organisations/{id}/invitations',
    tags,
    ...access('organisation-admin'),
    summary: "The organisation's invitations",
    request: { params: uuidParam },
    responses: { 200: json(z.object({ items: z.array(invitationSchema) }), 'Invitations'), 400: e[400], 401: e[401], 403: e[403] },
  }),
  accept: createRoute({
    method: 'post',
    operationId: 'acceptInvitation',
    path: '/api/v1/invitations/accept',
    tags,
    ...access('signed-in', 'with the invited e-mail address'),
    summary: 'Accept an invitation with the token from the e-mail',
    request: { body: jsonBody(tokenSchema) },
    description: 'It also confirms the address. The last administrator of the organisation cannot accept a member invitation (409).',
    responses: { 200: json(z.object({ organisationId: z.uuid(), role: z.enum(['member', 'admin']) }), 'Joined'), 400: e[400], 401: e[401], 409: e[409] },
  }),
  verify: createRoute({
    method: 'post',
    operationId: 'verifyOrganisation',
    path: '/api/v1/organisations/{id}/verification',
    tags,
    ...access('cluster-admin'),
    summary: 'Verify an organisation, refuse to with a reason, or withdraw the verification',
    description:
      'Send the `version` of the organisation you checked: if it changed since (a rename, say), the answer is 409 and nothing is verified. A refusal (`verified: false` with a `reason`) is mailed to its administrators; it returns to the queue when the organisation changes its profile. Every decision bumps the version.',
    request: {
      params: uuidParam,
      body: jsonBody(verificationDecisionSchema),
    },
    responses: { 200: json(organisationSchema, 'The organisation'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  }),
};

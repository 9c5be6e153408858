import { createRoute } from '@hono/zod-openapi';
import { applicationSchema, currentUserSchema, deleteAccountSchema, inboxQuery, inboxSchema, markReadSchema, myApplicationsQuery, profileViewSchema, unreadCountSchema } from '@kc/contract';
import { z } from 'zod';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const tags = ['Me'];

export const meRoutes = {
  me: createRoute({
    method: 'get',
    operationId: 'getMe',
    path: '/api/v1/me',
    tags,
    ...access('signed-in'),
    summary: 'Who I am: account, student profile and memberships',
    responses: { 200: json(currentUserSchema, 'The signed-in user'), 401: e[401] },
  }),
  exportData: createRoute({
    method: 'get',
    operationId: 'exportMyData',
    path: '/api/v1/me/export',
    tags,
    ...access('signed-in'),
    summary: 'Download my data: everything stored about me, as JSON',
    responses: { 200: json(z.record(z.string(), z.unknown()), 'The export (sent as an attachment)'), 401: e[401], 429: e[429] },
  }),
  deleteAccount: createRoute({
    method: 'delete',
    operationId: 'deleteMyAccount',
    path: '/api/v1/me',
    tags,
    ...access('signed-in'),
    summary: 'Delete my account and all personal data',
    request: { body: jsonBody(deleteAccountSchema) },
    description: 'Confirm with the password. Applications remain only as anonymous counts. The last administrator of an organisation gets 409 until another member is made an administrator.',
    responses: { 204: { description: 'Deleted' }, 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
  }),
  profileViews: createRoute({
    method: 'get',
    operationId: 'listMyProfileViews',
    path: '/api/v1/me/profile-views',
    tags,
    ...access('signed-in'),
    summary: 'Who opened my profile or my applications, once a viewer a day',
    responses: { 200: json(z.object({ items: z.array(profileViewSchema) }), 'Newest first'), 401: e[401] },
  }),
  applications: createRoute({
    method: 'get',
    operationId: 'listMyApplications',
    path: '/api/v1/me/applications',
    tags,
    ...access('signed-in'),
    summary: 'My applications',
    request: { query: myApplicationsQuery },
    responses: { 200: json(z.object({ items: z.array(applicationSchema) }), 'Newest first'), 400: e[400], 401: e[401] },
  }),
  notifications: createRoute({
    method: 'get',
    operationId: 'listMyNotifications',
    path: '/api/v1/me/notifications',
    tags,
    ...access('signed-in'),
    summary: 'My inbox: news of the applications I sent or my organisations received',
    request: { query: inboxQuery },
    responses: { 200: json(inboxSchema, 'Newest first, with the number unread'), 400: e[400], 401: e[401] },
  }),
  markNotificationsRead: createRoute({
    method: 'post',
    operationId: 'markMyNotificationsRead',
    path: '/api/v1/me/notifications/read',
    tags,
    ...access('signed-in'),
    summary: 'Mark entries of my inbox read: some by id, or all',
    request: { body: jsonBody(markReadSchema) },
    description: "Ids of entries that are not the caller's are ignored.",
    responses: { 200: json(unreadCountSchema, 'How many entries are still unread'), 400: e[400], 401: e[401] },
  }),
};

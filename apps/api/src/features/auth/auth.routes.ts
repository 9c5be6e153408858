import { createRoute } from '@hono/zod-openapi';
import {
  messageSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  sessionSchema,
  signedInSchema,
  signInSchema,
  signUpSchema,
  verifyEmailSchema,
} from '@kc/contract';
import type { z } from 'zod';
import { access, errorResponses as e, json, jsonBody } from '../../lib/route-specs.ts';

const body = <T extends z.ZodType>(schema: T) => ({ body: jsonBody(schema) });
const tags = ['Accounts'];

export const authRoutes = {
  signUp: createRoute({
    method: 'post',
    operationId: 'signUp',
    path: '/api/v1/auth/sign-up',
    tags,
    ...access('public'),
    summary: 'Create an account; the e-mailed link confirms the address and signs in',
    description:
      'Answers the same whether or not the address already has an account, so it reveals nothing about who does: a new address gets a link to confirm it and choose the password (`/auth/verify-email`), the owner of a known one an e-mail saying so. Students choose their profile visibility here (`student.visibility`). Throttled per client (10 / hour).',
    request: body(signUpSchema),
    responses: { 202: json(messageSchema, 'Accepted; the e-mail is on its way'), 400: e[400], 429: e[429] },
  }),
  signIn: createRoute({
    method: 'post',
    operationId: 'signIn',
    path: '/api/v1/auth/sign-in',
    tags,
    ...access('public'),
    summary: 'Sign in with e-mail and password',
    description:
      'Accounts whose address is not confirmed cannot sign in (the answer is the same as for a wrong password; the confirmation link is sent again). Throttled per account and client (5 attempts, then a delay doubling from 15 s up to 15 min) and per client (30, then doubling up to an hour); the owner signing in from elsewhere is not held back.',
    request: body(signInSchema),
    responses: { 200: json(signedInSchema, 'Signed in; the session cookie is set'), 400: e[400], 401: e[401], 429: e[429] },
  }),
  signOut: createRoute({
    method: 'post',
    operationId: 'signOut',
    path: '/api/v1/auth/sign-out',
    tags,
    ...access('signed-in'),
    summary: 'End this session',
    responses: { 204: { description: 'Signed out' }, 401: e[401], 403: e[403] },
  }),
  session: createRoute({
    method: 'get',
    operationId: 'getSession',
    path: '/api/v1/auth/session',
    tags,
    ...access('signed-in'),
    summary: 'The current session: who you are and the CSRF token for writes',
    responses: { 200: json(sessionSchema, 'The session'), 401: e[401] },
  }),
  verifyEmail: createRoute({
    method: 'post',
    operationId: 'verifyEmail',
    path: '/api/v1/auth/verify-email',
    tags,
    ...access('public'),
    summary: 'Confirm an e-mail address with the token from the e-mail, choose the password, and sign in',
    description: 'The token works once; any other confirmation link of the account stops working, and so does any other session.',
    request: body(verifyEmailSchema),
    responses: { 200: json(signedInSchema, 'Confirmed and signed in; the session cookie is set'), 400: e[400] },
  }),
  resendVerification: createRoute({
    method: 'post',
    operationId: 'resendVerification',
    path: '/api/v1/auth/resend-verification',
    tags,
    ...access('signed-in'),
    summary: 'Send the confirmation e-mail again',
    responses: { 202: json(messageSchema, 'Sent'), 401: e[401], 403: e[403], 409: e[409], 429: e[429] },
  }),
  requestPasswordReset: createRoute({
    method: 'post',
    operationId: 'requestPasswordReset',
    path: '/api/v1/auth/password-reset/request',
    tags,
    ...access('public'),
    summary: 'E-mail a password-reset link',
    description: 'Answers the same whether or not the address has an account.',
    request: body(passwordResetRequestSchema),
    responses: { 202: json(messageSchema, 'If the account exists, a link is on its way'), 400: e[400], 429: e[429] },
  }),
  resetPassword: createRoute({
    method: 'post',
    operationId: 'resetPassword',
    path: '/api/v1/auth/password-reset/confirm',
    tags,
    ...access('public'),
    summary: 'Set a new password with the token from the e-mail; ends every session',
    description: 'The token works once, and voids every other reset link of the account. It also confirms the address.',
    request: body(passwordResetSchema),
    responses: { 200: json(messageSchema, 'Password changed'), 400: e[400] },
  }),
};

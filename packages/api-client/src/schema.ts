/**
 * The API as its OpenAPI document describes it: written by `pnpm api:types`, not by hand.
 * `pnpm lint` fails when it differs from what the routes say.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database kind, schema version, the loaded ESCO release, the search engine and its lag */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, by action, record, actor and period */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations by verification: waiting (oldest first), refused or verified */
        get: operations["listOrganisationsForReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cluster's local skills and aliases, each with where it is used */
        get: operations["listCuration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People with an account, their organisations and roles */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an application on: shortlist, reject, accept, or withdraw */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the e-mail; ends every session
         * @description The token works once, and voids every other reset link of the account. It also confirms the address.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password-reset link
         * @description Answers the same whether or not the address has an account.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the confirmation e-mail again */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session: who you are and the CSRF token for writes */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Accounts whose address is not confirmed cannot sign in (the answer is the same as for a wrong password; the confirmation link is sent again). Throttled per account and client (5 attempts, then a delay doubling from 15 s up to 15 min) and per client (30, then doubling up to an hour); the owner signing in from elsewhere is not held back.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account; the e-mailed link confirms the address and signs in
         * @description Answers the same whether or not the address already has an account, so it reveals nothing about who does: a new address gets a link to confirm it and choose the password (`/auth/verify-email`), the owner of a known one an e-mail saying so. Students choose their profile visibility here (`student.visibility`). Throttled per client (10 / hour).
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an e-mail address with the token from the e-mail, choose the password, and sign in
         * @description The token works once; any other confirmation link of the account stops working, and so does any other session.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many organisations, open opportunities, students and published trainings the cluster has */
        get: operations["getClusterFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation with the token from the e-mail
         * @description It also confirms the address. The last administrator of the organisation cannot accept a member invitation (409).
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am: account, student profile and memberships */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete my account and all personal data
         * @description Confirm with the password. Applications remain only as anonymous counts. The last administrator of an organisation gets 409 until another member is made an administrator.
         */
        delete: operations["deleteMyAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications */
        get: operations["listMyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/demand-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your demand alerts, newest first, with open positions at the last check */
        get: operations["listDemandAlerts"];
        put?: never;
        /** Be told in your inbox, once each time, when open positions asking for a skill or a skill group reach a threshold */
        post: operations["createDemandAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/demand-alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of your demand alerts */
        delete: operations["deleteDemandAlert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data: everything stored about me, as JSON */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in student's fit for an occupation or an opportunity
         * @description The fit now, explained requirement by requirement, without a learning path (see `/api/v1/me/gap`). An unknown occupation URI is refused with 422.
         */
        get: operations["getFitForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in student's gap against an occupation or an opportunity, and the learning path that closes it
         * @description The fit now, then the published offerings that raise it at least cost (hours, money or number of offerings): each step with what it improves and the fit after it, and what no offering teaches. Exact for a few useful offerings, otherwise greedy within the stated bound. An unknown occupation URI is refused with 422.
         */
        get: operations["getGapForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox: news of the applications I sent or my organisations received */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark entries of my inbox read: some by id, or all
         * @description Ids of entries that are not the caller's are ignored.
         */
        post: operations["markMyNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open opportunities that fit the signed-in student
         * @description Ranked by fit (0–100), best first; each item explains its fit requirement by requirement: matched, partial (with the relation that gave the credit) or missing, and any level shortfall. The search engine shortlists the records that share skills (at most 500); `considered` says how many were scored. Empty until the student's profile lists skills.
         */
        get: operations["listOpportunitiesForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who opened my profile or my applications, once a viewer a day */
        get: operations["listMyProfileViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List occupations, optionally by preferred-label prefix or ISCO group */
        get: operations["listOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/{uri}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one occupation with its essential and optional skills
         * @description The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.
         */
        get: operations["getOccupation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/infer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which occupations a job title, a text or a set of skills means
         * @description A title as posted ("INTERN - DIGITAL MARKETING", "Програмист, Java"), a longer text, skill URIs (at most 100), or a text and skills together → occupations, best first, each with the label and the skills that matched. Unknown skill URIs are refused with 422, each named.
         */
        post: operations["inferOccupations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest occupations as someone types, from their English and Bulgarian labels
         * @description Typos are tolerated; each occupation appears once, by the label that matched best.
         */
        get: operations["suggestOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offerings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List offerings */
        get: operations["listOfferings"];
        put?: never;
        /** Create an offering */
        post: operations["createOffering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offerings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one offering */
        get: operations["getOffering"];
        put?: never;
        post?: never;
        /** Delete an offering */
        delete: operations["deleteOffering"];
        options?: never;
        head?: never;
        /**
         * Change an offering
         * @description Send only the fields to change. Send `version` to be protected against overwriting a newer edit (409).
         */
        patch: operations["updateOffering"];
        trace?: never;
    };
    "/api/v1/offerings/{id}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open needs an offering covers
         * @description Ranked by fit (0–100), best first; each item explains its fit requirement by requirement: matched, partial (with the relation that gave the credit) or missing, and any level shortfall. The search engine shortlists the records that share skills (at most 500); `considered` says how many were scored. The fit is how much of each need the offering's taught skills cover.
         */
        get: operations["listOpportunitiesForOffering"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List opportunities */
        get: operations["listOpportunities"];
        put?: never;
        /** Create an opportunity */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one opportunity */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        /** Delete an opportunity */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /**
         * Change an opportunity
         * @description Send only the fields to change. Send `version` to be protected against overwriting a newer edit (409).
         */
        patch: operations["updateOpportunity"];
        trace?: never;
    };
    "/api/v1/opportunities/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The applicants to an opportunity, newest first, by stage and page (a view of each, once a viewer a day, for the student) */
        get: operations["listApplications"];
        put?: never;
        /** Apply to an open opportunity */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Students ranked for an opportunity, with the reasons
         * @description Ranked by fit (0–100), best first; each item explains its fit requirement by requirement: matched, partial (with the relation that gave the credit) or missing, and any level shortfall. The search engine shortlists the records that share skills (at most 500); `considered` says how many were scored. Only profiles the caller may find by their visibility; never a private one.
         */
        get: operations["listCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/offerings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trainings that teach an opportunity's skills
         * @description Ranked by fit (0–100), best first; each item explains its fit requirement by requirement: matched, partial (with the relation that gave the credit) or missing, and any level shortfall. The search engine shortlists the records that share skills (at most 500); `considered` says how many were scored. The fit is how much of the need the offering's taught skills cover.
         */
        get: operations["listOfferingsForOpportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offerings put forward for an opportunity, newest first */
        get: operations["listNeedResponses"];
        put?: never;
        /** Respond to a need: put one of your organisation's published offerings forward for an open opportunity */
        post: operations["createNeedResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a response back */
        delete: operations["deleteNeedResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create an organisation
         * @description A name that would pass for a registered organisation's (case, spacing, accents, look-alike letters of other scripts) gets 409.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        /** Delete an organisation */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        /**
         * Change an organisation
         * @description Send only the fields to change. Send `version` to be protected against overwriting a newer edit (409). Changing the name, kind, slug or website of a verified organisation withdraws the verification; its members and the cluster administrators are told by e-mail. A look-alike name gets 409.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's invitations */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by e-mail to join as member or admin */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's members */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (or leave) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (make them an administrator, or a member again)
         * @description Setting the role the member already has changes nothing. The last administrator of the organisation cannot be made a member (409).
         */
        patch: operations["updateMemberRole"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an organisation, refuse to with a reason, or withdraw the verification
         * @description Send the `version` of the organisation you checked: if it changed since (a rename, say), the answer is 409 and nothing is verified. A refusal (`verified: false` with a `reason`) is mailed to its administrators; it returns to the queue when the organisation changes its profile. Every decision bumps the version.
         */
        post: operations["verifyOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/offerings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search offerings
         * @description Drafts are never indexed.
         */
        get: operations["searchOfferings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search opportunities
         * @description Drafts are never indexed.
         */
        get: operations["searchOpportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search organisations
         * @description Every record is indexed.
         */
        get: operations["searchOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search skills
         * @description Every record is indexed.
         */
        get: operations["searchSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search students
         * @description Public profiles for everyone; profiles shared with the cluster for members of verified organisations and cluster administrators. Private profiles are never indexed.
         */
        get: operations["searchStudents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The skills the city is shortest of, today or in a month's snapshot: demand from open postings against students and training places (docs/SHORTAGE-MEASURES.md) */
        get: operations["listShortages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested offerings: pairs of skills open postings ask for together that no published offering teaches together (docs/SHORTAGE-MEASURES.md) */
        get: operations["listSkillBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why postings closed unfilled, as shares of the causes their organisations gave; small and dominated counts suppressed for everyone (docs/SHORTAGE-MEASURES.md) */
        get: operations["getUnfilledCauses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shortage by ESCO skill group, the top-level groups and the groups under them (docs/SHORTAGE-MEASURES.md) */
        get: operations["listSkillGroupShortages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How an organisation's published offerings meet today's demand, skill by skill, and the skills in demand it teaches nowhere (public figures) */
        get: operations["getProviderCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/slices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the shortage views can be sliced by: sectors and occupations with open demand, and the months recorded */
        get: operations["getShortageSlices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demand and supply month by month from the monthly snapshots, for a skill, a group or all demand, with growth and a projection where history allows (docs/SHORTAGE-MEASURES.md) */
        get: operations["getShortageTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/unmet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Skills in demand that no published offering teaches, with the positions and organisations behind each (docs/SHORTAGE-MEASURES.md) */
        get: operations["listUnmetDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-aliases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a local alias */
        delete: operations["deleteSkillAlias"];
        options?: never;
        head?: never;
        /** Change the words of an alias */
        patch: operations["updateSkillAlias"];
        trace?: never;
    };
    "/api/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List skills, optionally by preferred-label prefix */
        get: operations["listSkills"];
        put?: never;
        /** Add a local skill (one ESCO lacks) under the ESCO skill it narrows */
        post: operations["createLocalSkill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/{uri}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one skill with its broader, narrower and related concepts
         * @description The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.
         */
        get: operations["getSkill"];
        put?: never;
        post?: never;
        /**
         * Remove a local skill that nothing uses
         * @description The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.
         */
        delete: operations["deleteLocalSkill"];
        options?: never;
        head?: never;
        /**
         * Change a local skill's label, other labels or description
         * @description ESCO skills cannot be edited (403).
         */
        patch: operations["updateLocalSkill"];
        trace?: never;
    };
    "/api/v1/skills/{uri}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a local alias for a skill (e.g. "k8s")
         * @description The concept URI goes into the path URL-encoded, e.g. `/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…`.
         */
        post: operations["createSkillAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find the ESCO skills in a text (job ad, CV, syllabus)
         * @description English text up to 20,000 characters; in a text mostly in another script (Bulgarian), only the technology names written in Latin script are read. Each skill comes with a score, a confidence (the confident ones first) and the character spans that gave rise to it; near-duplicates are folded into the best of them as its variants. Rate-limited per address.
         */
        post: operations["extractSkills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autocomplete and normalise a typed phrase to ESCO skills
         * @description Prefix matching, typo tolerance, abbreviations and local aliases; exact labels rank before prefixes before fuzzy matches.
         */
        get: operations["suggestSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List student profiles */
        get: operations["listStudentProfiles"];
        put?: never;
        /** Create a student profile */
        post: operations["createStudentProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one student profile */
        get: operations["getStudentProfile"];
        put?: never;
        post?: never;
        /** Delete a student profile */
        delete: operations["deleteStudentProfile"];
        options?: never;
        head?: never;
        /**
         * Change a student profile
         * @description Send only the fields to change. Send `version` to be protected against overwriting a newer edit (409).
         */
        patch: operations["updateStudentProfile"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Alias: {
            alias: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            skillUri: string;
        };
        Application: {
            /** @description Null once the student deleted their account */
            applicant: {
                displayName: string;
                /** Format: uuid */
                profileId: string;
            } | null;
            createdAt: string;
            /** @description Each status the application reached, oldest first, ending with the current one */
            history: {
                at: string;
                /** @enum {string} */
                status: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn";
            }[];
            /** Format: uuid */
            id: string;
            message: string;
            opportunity: {
                /** Format: uuid */
                id: string;
                organisation: components["schemas"]["OrganisationRef"];
                title: string;
            };
            /** @enum {string} */
            status: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn";
            statusChangedAt: string;
            version: number;
        };
        Candidate: {
            fit: components["schemas"]["Fit"];
            student: components["schemas"]["CandidateStudent"];
        };
        CandidateStudent: {
            /** @enum {string} */
            availability: "not_available" | "part_time" | "full_time";
            displayName: string;
            district: string | null;
            headline: string;
            /** Format: uuid */
            id: string;
            institutionName: string | null;
            programme: string | null;
            studyYear: number | null;
        };
        ConceptRef: {
            /** @enum {string} */
            kind: "skill" | "group";
            preferredLabel: string;
            uri: string;
        };
        CurrentUser: {
            displayName: string;
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            isClusterAdmin: boolean;
            /**
             * @description The language e-mails to the person are written in
             * @enum {string}
             */
            locale: "en" | "bg";
            memberships: components["schemas"]["Membership"][];
            /** Format: uuid */
            profileId: string | null;
            /** @description Unread entries in the inbox */
            unreadNotifications: number;
        };
        ErrorResponse: {
            error: {
                /** @enum {string} */
                code: "BAD_REQUEST" | "VALIDATION_FAILED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "VERSION_CONFLICT" | "REFERENCED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_REFERENCE" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                issues?: components["schemas"]["Issue"][];
                message: string;
                requestId: string;
            };
        };
        ExtractedSkill: {
            /**
             * @description How sure the reading is, from the score: `strong` and `likely` are the confident results, shown first; `possible` ones are worth a look
             * @enum {string}
             */
            confidence: "strong" | "likely" | "possible";
            preferredLabel: string;
            /** @description 0..1 */
            score: number;
            /** @description Character offsets of the words that gave rise to it */
            spans: {
                end: number;
                start: number;
            }[];
            uri: string;
            /** @description Near-duplicates found in the same words and folded into this skill, best first (at most 10): its broader or narrower skills, its siblings, and skills whose label holds its label ("write English" under "English") */
            variants: {
                preferredLabel: string;
                score: number;
                uri: string;
            }[];
        };
        Fit: {
            requirements: components["schemas"]["FitRequirement"][];
            score: number;
        };
        FitRequirement: {
            credit: number;
            /** @enum {string} */
            importance: "essential" | "optional";
            level: number;
            levelFactor: number;
            /** @enum {string} */
            outcome: "matched" | "partial" | "missing";
            points: number;
            preferredLabel: string;
            uri: string;
            via: {
                level: number;
                preferredLabel: string;
                /** @enum {string} */
                relation: "exact" | "narrower" | "broader" | "related" | "sibling";
                steps: number;
                uri: string;
            } | null;
        };
        FittingOpportunity: {
            fit: components["schemas"]["Fit"];
            opportunity: components["schemas"]["Opportunity"];
        };
        Gap: {
            fit: components["schemas"]["Fit"];
            path: components["schemas"]["LearningPath"];
            target: {
                id: string;
                /** @enum {string} */
                kind: "occupation" | "opportunity";
                /** @description The preferred name in each language (null where the Bulgarian version has none) */
                names: {
                    bg: string | null;
                    en: string;
                } | null;
                title: string;
            };
        };
        Health: {
            attribution: string;
            /** @description When these figures were read: at most a second ago, unless the database is slow to answer (degraded after 30 s) */
            checkedAt: string;
            database: {
                /** @enum {string} */
                kind: "pglite" | "postgres";
                migrations: number;
                pendingMigrations: number;
                schemaVersion: string | null;
            };
            esco: {
                importedAt: string | null;
                occupations: number;
                skills: number;
                version: string | null;
            };
            search: {
                /** @enum {string} */
                engine: "postgres" | "meilisearch";
                outbox: {
                    /** @description Of those, changes that failed at least once and wait for a retry */
                    failing: number;
                    lastError: string | null;
                    /** @description Age of the oldest change not yet in the engine */
                    oldestSeconds: number;
                    /** @description Changes not yet in the search engine */
                    pending: number;
                };
            };
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        HighlightSegment: {
            match: boolean;
            text: string;
        };
        InferredOccupation: {
            /** @description The preferred name in each language (null where the Bulgarian version has none) */
            names: {
                bg: string | null;
                en: string;
            };
            preferredLabel: string;
            reasons: {
                /** @description The label whose words the text holds, in its language */
                label: string | null;
                /** @description Given skills the occupation lists (`via` is the listed skill; `relation` how the given one answers it) */
                skills: {
                    preferredLabel: string;
                    relation: string;
                    uri: string;
                    via: string;
                }[];
            };
            /** @description 0..1 */
            score: number;
            uri: string;
        };
        Invitation: {
            acceptedAt: string | null;
            email: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "member" | "admin";
        };
        Issue: {
            message: string;
            /** @description Where in the input, e.g. "body.skills.0.level" */
            path: string;
        };
        LearningPath: {
            bound: number;
            considered: number;
            fitAfter: number;
            fitBefore: number;
            /** @enum {string} */
            method: "exact" | "greedy";
            /** @enum {string} */
            minimise: "hours" | "money" | "count";
            steps: components["schemas"]["PathStep"][];
            total: {
                costEur: number;
                hours: number;
                offerings: number;
                withoutHours: number;
                withoutPrice: number;
            };
            uncovered: {
                /** @enum {string} */
                importance: "essential" | "optional";
                preferredLabel: string;
                uri: string;
            }[];
        };
        Member: {
            displayName: string;
            email: string;
            /** @enum {string} */
            role: "member" | "admin";
            /** Format: uuid */
            userId: string;
        };
        Membership: {
            organisation: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                name: string;
                slug: string;
                verified: boolean;
            };
            /** @enum {string} */
            role: "member" | "admin";
        };
        Message: {
            message: string;
        };
        Notification: {
            /** @description The application it tells of; null for a demand alert */
            application: {
                /** @description The applicant's display name; null once they deleted their account */
                applicant: string | null;
                /** @description Whether the applicant moved it (a withdrawal) rather than the organisation */
                byApplicant: boolean;
                /** Format: uuid */
                id: string;
                opportunity: {
                    /** Format: uuid */
                    id: string;
                    organisation: components["schemas"]["OrganisationRef"];
                    title: string;
                };
                /** @enum {string|null} */
                previousStatus: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn" | null;
                /**
                 * @description The status the application reached
                 * @enum {string}
                 */
                status: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn";
            } | null;
            createdAt: string;
            /** @description The demand alert that went off; null for an application */
            demandAlert: {
                concept: {
                    /** @enum {string} */
                    kind: "skill" | "group";
                    preferredLabel: string;
                    uri: string;
                };
                /** Format: uuid */
                id: string;
                /** @description Open positions when it went off */
                positions: number;
                threshold: number;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "application_received" | "application_moved" | "demand_alert";
            readAt: string | null;
            /**
             * @description Whether it reached the person as the applicant, as a member of the organisation, or as the subscriber of an alert
             * @enum {string}
             */
            recipientRole: "applicant" | "organisation" | "subscriber";
        };
        Occupation: {
            /** @description The other names in each language */
            alternativeNames: {
                bg: string[];
                en: string[];
            };
            code: string;
            description: string;
            iscoGroup: string;
            /** @description The preferred name in each language (null where the Bulgarian version has none) */
            names: {
                bg: string | null;
                en: string;
            };
            /** @description ESCO's English preferred label */
            preferredLabel: string;
            skills: {
                preferredLabel: string;
                /** @enum {string} */
                relationType: "essential" | "optional";
                uri: string;
            }[];
            uri: string;
        };
        OccupationRef: {
            /** @description The preferred name in each language (null where the Bulgarian version has none) */
            names: {
                bg: string | null;
                en: string;
            };
            preferredLabel: string;
            uri: string;
        };
        OccupationSuggestion: {
            /** @enum {string} */
            language: "en" | "bg";
            /** @description The label that matched, in its language */
            matchedLabel: string;
            /** @description The preferred name in each language (null where the Bulgarian version has none) */
            names: {
                bg: string | null;
                en: string;
            };
            preferredLabel: string;
            /** @description 0..1: how closely the words typed match the label */
            score: number;
            uri: string;
        };
        OccupationSummary: {
            code: string;
            iscoGroup: string;
            /** @description The preferred name in each language (null where the Bulgarian version has none) */
            names: {
                bg: string | null;
                en: string;
            };
            /** @description ESCO's English preferred label */
            preferredLabel: string;
            uri: string;
        };
        Offering: {
            costEur: number | null;
            createdAt: string;
            description: string;
            ects: number | null;
            endsOn: string | null;
            /** @enum {string} */
            format: "online" | "on_site" | "hybrid";
            hours: number | null;
            /** Format: uuid */
            id: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: "degree_programme" | "course" | "training" | "bootcamp";
            /** @description ISO 639-1 code of the language it is taught in */
            language: string;
            provider: components["schemas"]["OrganisationRef"];
            seats: number | null;
            skills: components["schemas"]["TaughtSkill"][];
            startsOn: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            title: string;
            updatedAt: string;
            version: number;
            yearlyCapacity: number | null;
        };
        OfferingDocument: {
            costEur: number | null;
            description: string;
            /** @enum {string} */
            format: "online" | "on_site" | "hybrid";
            hours: number | null;
            id: string;
            /** @enum {string} */
            kind: "degree_programme" | "course" | "training" | "bootcamp";
            language: string;
            providerId: string;
            providerName: string;
            skillLabels: string[];
            skillUris: string[];
            startsOn: string | null;
            status: string;
            title: string;
            updatedAt: string;
        };
        Opportunity: {
            createdAt: string;
            deadline: string | null;
            description: string;
            headcount: number;
            /** Format: uuid */
            id: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: "job" | "internship" | "upskilling" | "research_collaboration";
            location: string | null;
            /** @description The ESCO occupation the posting is for */
            occupation: {
                /** @description The preferred name in each language (null where the Bulgarian version has none) */
                names: {
                    bg: string | null;
                    en: string;
                };
                preferredLabel: string;
                uri: string;
            } | null;
            organisation: components["schemas"]["OrganisationRef"];
            skills: components["schemas"]["RequiredSkill"][];
            startsOn: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "filled";
            title: string;
            /**
             * @description Why it was closed unfilled, if its organisation said. Only in answers about one opportunity to its organisation’s members; absent for everyone else and in lists
             * @enum {string|null}
             */
            unfilledCause?: "no_skilled_candidates" | "pay_or_conditions" | "insufficient_experience" | "slow_hiring" | "other" | null;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            workMode: "on_site" | "hybrid" | "remote";
        };
        OpportunityDocument: {
            deadline: string | null;
            description: string;
            id: string;
            /** @enum {string} */
            kind: "job" | "internship" | "upskilling" | "research_collaboration";
            location: string | null;
            organisationId: string;
            organisationName: string;
            skillLabels: string[];
            skillUris: string[];
            startsOn: string | null;
            status: string;
            title: string;
            updatedAt: string;
            /** @enum {string} */
            workMode: "on_site" | "hybrid" | "remote";
        };
        Organisation: {
            createdAt: string;
            description: string;
            district: string | null;
            /** Format: uuid */
            id: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
            name: string;
            sector: string | null;
            /** @enum {string|null} */
            sizeBand: "micro" | "small" | "medium" | "large" | null;
            slug: string;
            updatedAt: string;
            /** @description Why a cluster administrator refused to verify it, while that stands (a change to its profile asks again): null when it was not refused. Only in answers about one organisation to its members and the cluster administrators; absent for everyone else and in lists */
            verificationRefusal?: {
                decidedAt: string;
                reason: string;
            } | null;
            verified: boolean;
            version: number;
            website: string | null;
        };
        OrganisationDocument: {
            description: string;
            district: string | null;
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
            name: string;
            sector: string | null;
            sizeBand: string | null;
            slug: string;
            updatedAt: string;
            verified: string;
        };
        OrganisationRef: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
            name: string;
            slug: string;
            /** @description Whether a cluster administrator verified the organisation */
            verified: boolean;
        };
        PathStep: {
            fitAfter: number;
            fitBefore: number;
            improves: {
                /** @enum {string} */
                after: "matched" | "partial" | "missing";
                /** @enum {string} */
                before: "matched" | "partial" | "missing";
                preferredLabel: string;
                uri: string;
            }[];
            offering: components["schemas"]["Offering"];
        };
        ProfileSkill: {
            evidence: string | null;
            level: number;
            preferredLabel: string;
            /** @enum {string} */
            source: "declared" | "offering" | "extracted";
            uri: string;
        };
        ProfileView: {
            /** @enum {string} */
            action: "view" | "export";
            at: string;
            organisation: components["schemas"]["OrganisationRef"] & (Record<string, never> | null);
            /** @description Display name of the person who looked */
            viewer: string;
        };
        RequiredSkill: {
            /** @enum {string} */
            importance: "essential" | "optional";
            level: number;
            preferredLabel: string;
            uri: string;
        };
        Session: {
            /** @description Send it as the X-CSRF-Token header with every cookie-authenticated write */
            csrfToken: string;
            expiresAt: string;
            user: components["schemas"]["CurrentUser"];
        };
        SignedIn: {
            /** @description Send it as the X-CSRF-Token header with every cookie-authenticated write */
            csrfToken: string;
            expiresAt: string;
            /** @description The session token, also set as the httpOnly kc_session cookie; send it as a Bearer token from non-browser clients */
            token: string;
            user: components["schemas"]["CurrentUser"];
        };
        Skill: {
            /** @description The cluster's own words for the skill */
            aliases: {
                alias: string;
                /** Format: uuid */
                id: string;
            }[];
            altLabels: string[];
            broader: components["schemas"]["ConceptRef"][];
            description: string;
            hiddenLabels: string[];
            isLocal: boolean;
            narrower: components["schemas"]["ConceptRef"][];
            /** @description How many ESCO occupations list this skill */
            occupationCount: number;
            preferredLabel: string;
            related: {
                preferredLabel: string;
                /** @enum {string} */
                relationType: "essential" | "optional";
                uri: string;
            }[];
            /** @enum {string|null} */
            reuseLevel: "transversal" | "cross-sector" | "sector-specific" | "occupation-specific" | null;
            /** @enum {string|null} */
            type: "knowledge" | "skill/competence" | null;
            uri: string;
        };
        SkillDocument: {
            altLabels: string[];
            description: string;
            id: string;
            isLocal: string;
            preferredLabel: string;
            reuseLevel: string | null;
            type: string | null;
            uri: string;
        };
        SkillSuggestion: {
            /** @description The label (preferred, alternative, hidden or local alias) that matched */
            matchedLabel: string;
            /** @enum {string} */
            matchKind: "exact" | "prefix" | "alias" | "fuzzy";
            preferredLabel: string;
            score: number;
            uri: string;
        };
        SkillSummary: {
            isLocal: boolean;
            preferredLabel: string;
            /** @enum {string|null} */
            reuseLevel: "transversal" | "cross-sector" | "sector-specific" | "occupation-specific" | null;
            /** @enum {string|null} */
            type: "knowledge" | "skill/competence" | null;
            uri: string;
        };
        StudentDocument: {
            about: string;
            /** @enum {string} */
            availability: "not_available" | "part_time" | "full_time";
            displayName: string;
            district: string | null;
            headline: string;
            id: string;
            institutionId: string | null;
            institutionName: string | null;
            programme: string | null;
            skillLabels: string[];
            skillUris: string[];
            studyYear: string | null;
            updatedAt: string;
            visibility: string;
        };
        StudentProfile: {
            about: string;
            /** @enum {string} */
            availability: "not_available" | "part_time" | "full_time";
            availableFrom: string | null;
            createdAt: string;
            displayName: string;
            district: string | null;
            headline: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            institutionId: string | null;
            institutionName: string | null;
            isDemo: boolean;
            programme: string | null;
            skills: components["schemas"]["ProfileSkill"][];
            studyYear: number | null;
            /** @description The ESCO occupations the student aims at */
            targetOccupations: components["schemas"]["OccupationRef"][];
            updatedAt: string;
            version: number;
            /** @enum {string} */
            visibility: "private" | "cluster" | "public";
        };
        TaughtSkill: {
            level: number;
            preferredLabel: string;
            uri: string;
        };
        TeachingOffering: {
            fit: components["schemas"]["Fit"];
            offering: components["schemas"]["Offering"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Alias = components['schemas']['Alias'];
export type Application = components['schemas']['Application'];
export type Candidate = components['schemas']['Candidate'];
export type CandidateStudent = components['schemas']['CandidateStudent'];
export type ConceptRef = components['schemas']['ConceptRef'];
export type CurrentUser = components['schemas']['CurrentUser'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ExtractedSkill = components['schemas']['ExtractedSkill'];
export type Fit = components['schemas']['Fit'];
export type FitRequirement = components['schemas']['FitRequirement'];
export type FittingOpportunity = components['schemas']['FittingOpportunity'];
export type Gap = components['schemas']['Gap'];
export type Health = components['schemas']['Health'];
export type HighlightSegment = components['schemas']['HighlightSegment'];
export type InferredOccupation = components['schemas']['InferredOccupation'];
export type Invitation = components['schemas']['Invitation'];
export type Issue = components['schemas']['Issue'];
export type LearningPath = components['schemas']['LearningPath'];
export type Member = components['schemas']['Member'];
export type Membership = components['schemas']['Membership'];
export type Message = components['schemas']['Message'];
export type Notification = components['schemas']['Notification'];
export type Occupation = components['schemas']['Occupation'];
export type OccupationRef = components['schemas']['OccupationRef'];
export type OccupationSuggestion = components['schemas']['OccupationSuggestion'];
export type OccupationSummary = components['schemas']['OccupationSummary'];
export type Offering = components['schemas']['Offering'];
export type OfferingDocument = components['schemas']['OfferingDocument'];
export type Opportunity = components['schemas']['Opportunity'];
export type OpportunityDocument = components['schemas']['OpportunityDocument'];
export type Organisation = components['schemas']['Organisation'];
export type OrganisationDocument = components['schemas']['OrganisationDocument'];
export type OrganisationRef = components['schemas']['OrganisationRef'];
export type PathStep = components['schemas']['PathStep'];
export type ProfileSkill = components['schemas']['ProfileSkill'];
export type ProfileView = components['schemas']['ProfileView'];
export type RequiredSkill = components['schemas']['RequiredSkill'];
export type Session = components['schemas']['Session'];
export type SignedIn = components['schemas']['SignedIn'];
export type Skill = components['schemas']['Skill'];
export type SkillDocument = components['schemas']['SkillDocument'];
export type SkillSuggestion = components['schemas']['SkillSuggestion'];
export type SkillSummary = components['schemas']['SkillSummary'];
export type StudentDocument = components['schemas']['StudentDocument'];
export type StudentProfile = components['schemas']['StudentProfile'];
export type TaughtSkill = components['schemas']['TaughtSkill'];
export type TeachingOffering = components['schemas']['TeachingOffering'];
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up (status says whether it is fully ready) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The address contains a NUL character */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                action?: string;
                /** @description The actor's e-mail address, or part of it */
                actor?: string;
                entityId?: string;
                entityType?: string;
                /** @description From this day (UTC), inclusive */
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description To this day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with the actions and record types to filter by */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every action the log holds, for a filter */
                        actions: string[];
                        entityTypes: string[];
                        items: {
                            action: string;
                            /** @description Null for anonymous actions and deleted accounts */
                            actor: {
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            at: string;
                            details: {
                                [key: string]: unknown;
                            };
                            entityId: string;
                            entityType: string;
                            id: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOrganisationsForReview: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Name contains */
                q?: string;
                verification?: "pending" | "refused" | "verified";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with how many stand in each state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            pending: number;
                            refused: number;
                            verified: number;
                        };
                        items: {
                            createdAt: string;
                            decidedAt: string | null;
                            description: string;
                            district: string | null;
                            /** Format: uuid */
                            id: string;
                            isDemo: boolean;
                            /** @enum {string} */
                            kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                            members: number;
                            name: string;
                            /** @description Why it was refused, when it was */
                            refusal: string | null;
                            sector: string | null;
                            slug: string;
                            /** @enum {string} */
                            verification: "pending" | "refused" | "verified";
                            version: number;
                            website: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCuration: {
        parameters: {
            query?: {
                /** @description Label or alias contains */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 500 of each, by label */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: {
                            alias: string;
                            createdAt: string;
                            /** @description Display name of the administrator who added it */
                            createdBy: string | null;
                            /** Format: uuid */
                            id: string;
                            skill: {
                                isLocal: boolean;
                                preferredLabel: string;
                                uri: string;
                            };
                            /** @description Where its skill is used */
                            usage: {
                                offerings: number;
                                opportunities: number;
                                students: number;
                            };
                        }[];
                        localSkills: {
                            aliases: {
                                alias: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            altLabels: string[];
                            broader: {
                                preferredLabel: string;
                                uri: string;
                            } | null;
                            description: string;
                            preferredLabel: string;
                            uri: string;
                            usage: {
                                offerings: number;
                                opportunities: number;
                                students: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Name or e-mail contains */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            displayName: string;
                            email: string;
                            emailVerified: boolean;
                            /** Format: uuid */
                            id: string;
                            isClusterAdmin: boolean;
                            isStudent: boolean;
                            memberships: {
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    slug: string;
                                };
                                /** @enum {string} */
                                role: "member" | "admin";
                            }[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Organisations shortlist, accept or reject; the student withdraws. Rejected and withdrawn are final (409 otherwise).
                     * @enum {string}
                     */
                    status: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn";
                    version: number;
                };
            };
        };
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description If the account exists, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * @description The language the person uses now: their e-mails follow it
                     * @enum {string}
                     */
                    locale?: "en" | "bg";
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** Format: email */
                    email: string;
                    /**
                     * @description The language to write to the person in (English when not said)
                     * @enum {string}
                     */
                    locale?: "en" | "bg";
                    student?: {
                        /** @enum {string} */
                        visibility: "private" | "cluster" | "public";
                    };
                };
            };
        };
        responses: {
            /** @description Accepted; the e-mail is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Confirmed and signed in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClusterFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts as of now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Opportunities open for applications */
                        openOpportunities: number;
                        /** @description Organisations in the directory */
                        organisations: number;
                        /** @description Trainings, courses and programmes published by providers */
                        publishedOfferings: number;
                        /** @description Students with a profile, whatever its visibility (a count only) */
                        students: number;
                    };
                };
            };
            /** @description The address contains a NUL character */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {string} */
                        role: "member" | "admin";
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                /** @description Only the application to this opportunity, if any */
                opportunity?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDemandAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            above: boolean;
                            checkedAt: string | null;
                            concept: {
                                /** @enum {string} */
                                kind: "skill" | "group";
                                preferredLabel: string;
                                uri: string;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Open positions at the last check; null before the first */
                            positions: number | null;
                            threshold: number;
                        }[];
                        max: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createDemandAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A skill or a skill group (its skills, at any depth, count) */
                    conceptUri: string;
                    /** @description Open positions that set it off */
                    threshold: number;
                };
            };
        };
        responses: {
            /** @description Subscribed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        above: boolean;
                        checkedAt: string | null;
                        concept: {
                            /** @enum {string} */
                            kind: "skill" | "group";
                            preferredLabel: string;
                            uri: string;
                        };
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Open positions at the last check; null before the first */
                        positions: number | null;
                        threshold: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDemandAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export (sent as an attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFitForMe: {
        parameters: {
            query?: {
                /** @description An ESCO occupation URI: its essential and optional skills */
                occupation?: string;
                /** @description An opportunity: its required skills */
                opportunity?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fit: components["schemas"]["Fit"];
                        target: {
                            id: string;
                            /** @enum {string} */
                            kind: "occupation" | "opportunity";
                            /** @description The preferred name in each language (null where the Bulgarian version has none) */
                            names: {
                                bg: string | null;
                                en: string;
                            } | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getGapForMe: {
        parameters: {
            query?: {
                /** @description What the learning path keeps smallest */
                minimise?: "hours" | "money" | "count";
                /** @description An ESCO occupation URI: its essential and optional skills */
                occupation?: string;
                /** @description An opportunity: its required skills */
                opportunity?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gap and the path */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gap"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only unread entries (true) */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, with the number unread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markMyNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                } | {
                    /** @enum {boolean} */
                    all: true;
                };
            };
        };
        responses: {
            /** @description How many entries are still unread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOpportunitiesForMe: {
        parameters: {
            query?: {
                /** @description Internships before other kinds, each by fit */
                internshipsFirst?: "true" | "false";
                /** @description Only opportunities of this kind */
                kind?: "job" | "internship" | "upskilling" | "research_collaboration";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        considered: number;
                        items: components["schemas"]["FittingOpportunity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyProfileViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProfileView"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOccupations: {
        parameters: {
            query?: {
                iscoGroup?: string;
                page?: number;
                pageSize?: number;
                /** @description Preferred label prefix, case-insensitive */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of occupations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OccupationSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOccupation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The concept URI, URL-encoded */
                uri: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The occupation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occupation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    inferOccupations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 10 */
                    limit?: number;
                    /** @description Skill URIs; unknown ones are refused with 422 */
                    skills?: string[];
                    /** @description A job title as posted, or a longer text, in English or Bulgarian */
                    text?: string;
                };
            };
        };
        responses: {
            /** @description Best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InferredOccupation"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    suggestOccupations: {
        parameters: {
            query: {
                limit?: number;
                /** @description What the person typed, in English or Bulgarian, with typos */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OccupationSuggestion"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOfferings: {
        parameters: {
            query?: {
                kind?: "degree_programme" | "course" | "training" | "bootcamp";
                page?: number;
                pageSize?: number;
                providerId?: string;
                /** @description Title contains */
                q?: string;
                status?: "draft" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offerings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Offering"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createOffering: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    costEur?: number | null;
                    description?: string;
                    ects?: number | null;
                    /** Format: date */
                    endsOn?: string | null;
                    /** @enum {string} */
                    format?: "online" | "on_site" | "hybrid";
                    hours?: number | null;
                    /** @enum {string} */
                    kind: "degree_programme" | "course" | "training" | "bootcamp";
                    /** @enum {string} */
                    language?: "bg" | "en" | "cs" | "da" | "de" | "el" | "es" | "et" | "fi" | "fr" | "ga" | "hr" | "hu" | "it" | "lt" | "lv" | "mt" | "nl" | "pl" | "pt" | "ro" | "sk" | "sl" | "sv" | "ru" | "tr" | "uk";
                    /** Format: uuid */
                    providerId: string;
                    seats?: number | null;
                    skills?: {
                        /** @default 2 */
                        level?: number;
                        uri: string;
                    }[];
                    /** Format: date */
                    startsOn?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "published" | "archived";
                    title: string;
                    yearlyCapacity?: number | null;
                };
            };
        };
        responses: {
            /** @description The new offering */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offering"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOffering: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offering */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offering"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteOffering: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateOffering: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    costEur?: number | null;
                    description?: string;
                    ects?: number | null;
                    /** Format: date */
                    endsOn?: string | null;
                    /** @enum {string} */
                    format?: "online" | "on_site" | "hybrid";
                    hours?: number | null;
                    /** @enum {string} */
                    kind?: "degree_programme" | "course" | "training" | "bootcamp";
                    /** @enum {string} */
                    language?: "bg" | "en" | "cs" | "da" | "de" | "el" | "es" | "et" | "fi" | "fr" | "ga" | "hr" | "hu" | "it" | "lt" | "lv" | "mt" | "nl" | "pl" | "pt" | "ro" | "sk" | "sl" | "sv" | "ru" | "tr" | "uk";
                    seats?: number | null;
                    skills?: {
                        /** @default 2 */
                        level?: number;
                        uri: string;
                    }[];
                    /** Format: date */
                    startsOn?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "published" | "archived";
                    title?: string;
                    /** @description The version you edited; a stale one gets 409 VERSION_CONFLICT */
                    version: number;
                    yearlyCapacity?: number | null;
                };
            };
        };
        responses: {
            /** @description The changed offering */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offering"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOpportunitiesForOffering: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        considered: number;
                        items: components["schemas"]["FittingOpportunity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                kind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description Title contains */
                q?: string;
                status?: "draft" | "open" | "closed" | "filled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Opportunity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    deadline?: string | null;
                    description?: string;
                    headcount?: number;
                    /** @enum {string} */
                    kind: "job" | "internship" | "upskilling" | "research_collaboration";
                    location?: string | null;
                    /** @description An ESCO occupation; left out on creation, the best one for the title and skills is suggested; null for none */
                    occupationUri?: string | null;
                    /** Format: uuid */
                    organisationId: string;
                    skills?: {
                        /**
                         * @default essential
                         * @enum {string}
                         */
                        importance?: "essential" | "optional";
                        /** @default 2 */
                        level?: number;
                        uri: string;
                    }[];
                    /** Format: date */
                    startsOn?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "open" | "closed" | "filled";
                    title: string;
                    /**
                     * @description Why it closes unfilled (status closed only; optional, private to the cluster’s aggregates). Cleared when it is opened again
                     * @enum {string|null}
                     */
                    unfilledCause?: "no_skilled_candidates" | "pay_or_conditions" | "insufficient_experience" | "slow_hiring" | "other" | null;
                    /** @enum {string} */
                    workMode?: "on_site" | "hybrid" | "remote";
                };
            };
        };
        responses: {
            /** @description The new opportunity */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    deadline?: string | null;
                    description?: string;
                    headcount?: number;
                    /** @enum {string} */
                    kind?: "job" | "internship" | "upskilling" | "research_collaboration";
                    location?: string | null;
                    /** @description An ESCO occupation; left out on creation, the best one for the title and skills is suggested; null for none */
                    occupationUri?: string | null;
                    skills?: {
                        /**
                         * @default essential
                         * @enum {string}
                         */
                        importance?: "essential" | "optional";
                        /** @default 2 */
                        level?: number;
                        uri: string;
                    }[];
                    /** Format: date */
                    startsOn?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "open" | "closed" | "filled";
                    title?: string;
                    /**
                     * @description Why it closes unfilled (status closed only; optional, private to the cluster’s aggregates). Cleared when it is opened again
                     * @enum {string|null}
                     */
                    unfilledCause?: "no_skilled_candidates" | "pay_or_conditions" | "insufficient_experience" | "slow_hiring" | "other" | null;
                    /** @description The version you edited; a stale one gets 409 VERSION_CONFLICT */
                    version: number;
                    /** @enum {string} */
                    workMode?: "on_site" | "hybrid" | "remote";
                };
            };
        };
        responses: {
            /** @description The changed opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only the applications at this stage */
                status?: "applied" | "shortlisted" | "rejected" | "accepted" | "withdrawn";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Applications at each stage, whatever the page shows */
                        counts: {
                            accepted?: number;
                            applied?: number;
                            rejected?: number;
                            shortlisted?: number;
                            withdrawn?: number;
                        };
                        items: components["schemas"]["Application"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Applied */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCandidates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of candidates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        considered: number;
                        items: components["schemas"]["Candidate"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOfferingsForOpportunity: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offerings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        considered: number;
                        items: components["schemas"]["TeachingOffering"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listNeedResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The responses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        items: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            message: string;
                            offering: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "degree_programme" | "course" | "training" | "bootcamp";
                                title: string;
                            };
                            /** Format: uuid */
                            opportunityId: string;
                            provider: components["schemas"]["OrganisationRef"];
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createNeedResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A word to the organisation: how the offering meets its need */
                    message?: string;
                    /**
                     * Format: uuid
                     * @description One of your organisation's published offerings
                     */
                    offeringId: string;
                };
            };
        };
        responses: {
            /** @description Put forward */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        message: string;
                        offering: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "degree_programme" | "course" | "training" | "bootcamp";
                            title: string;
                        };
                        /** Format: uuid */
                        opportunityId: string;
                        provider: components["schemas"]["OrganisationRef"];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteNeedResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                responseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Taken back */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                kind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                page?: number;
                pageSize?: number;
                /** @description Name contains */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organisation"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /**
                     * @description One of Sofia's 24 districts by its English name; null or an empty text clears it
                     * @enum {string|null}
                     */
                    district?: "Sredets" | "Krasno selo" | "Vazrazhdane" | "Oborishte" | "Serdika" | "Poduyane" | "Slatina" | "Izgrev" | "Lozenets" | "Triaditsa" | "Krasna polyana" | "Ilinden" | "Nadezhda" | "Iskar" | "Mladost" | "Studentski" | "Vitosha" | "Ovcha kupel" | "Lyulin" | "Vrabnitsa" | "Novi Iskar" | "Kremikovtsi" | "Pancharevo" | "Bankya" | "" | null;
                    /** @enum {string} */
                    kind: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                    name: string;
                    sector?: string | null;
                    /** @enum {string|null} */
                    sizeBand?: "micro" | "small" | "medium" | "large" | null;
                    /** @description Derived from the name when omitted */
                    slug?: string;
                    /** Format: uri */
                    website?: string | null;
                };
            };
        };
        responses: {
            /** @description The new organisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /**
                     * @description One of Sofia's 24 districts by its English name; null or an empty text clears it
                     * @enum {string|null}
                     */
                    district?: "Sredets" | "Krasno selo" | "Vazrazhdane" | "Oborishte" | "Serdika" | "Poduyane" | "Slatina" | "Izgrev" | "Lozenets" | "Triaditsa" | "Krasna polyana" | "Ilinden" | "Nadezhda" | "Iskar" | "Mladost" | "Studentski" | "Vitosha" | "Ovcha kupel" | "Lyulin" | "Vrabnitsa" | "Novi Iskar" | "Kremikovtsi" | "Pancharevo" | "Bankya" | "" | null;
                    /** @enum {string} */
                    kind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                    name?: string;
                    sector?: string | null;
                    /** @enum {string|null} */
                    sizeBand?: "micro" | "small" | "medium" | "large" | null;
                    /** @description Derived from the name when omitted */
                    slug?: string;
                    /** @description The version you edited; a stale one gets 409 VERSION_CONFLICT */
                    version: number;
                    /** Format: uri */
                    website?: string | null;
                };
            };
        };
        responses: {
            /** @description The changed organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "admin";
                };
            };
        };
        responses: {
            /** @description Invitation sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "member" | "admin";
                };
            };
        };
        responses: {
            /** @description The member with their role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is refused; sent to its administrators. Only with verified: false */
                    reason?: string;
                    verified: boolean;
                    /** @description The version you edited; a stale one gets 409 VERSION_CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchOfferings: {
        parameters: {
            query?: {
                /** @description Only documents with one of these format values (repeatable) */
                format?: string | string[];
                /** @description Only documents with one of these kind values (repeatable) */
                kind?: string | string[];
                /** @description Only documents with one of these language values (repeatable) */
                language?: string | string[];
                page?: number;
                pageSize?: number;
                /** @description Only documents with one of these providerName values (repeatable) */
                providerName?: string | string[];
                /** @description Words to look for; typos are tolerated */
                q?: string;
                /** @description Skill or skill-group URI; every one given is required, narrower skills count (repeatable) */
                skill?: string | string[];
                sort?: "relevance" | "recent" | "starts" | "title";
                /** @description Only documents with one of these status values (repeatable) */
                status?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching documents with highlights, facet counts and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        collection: "offerings";
                        /** @enum {string} */
                        engine: "postgres" | "meilisearch";
                        facets: {
                            [key: string]: {
                                count: number;
                                value: string;
                            }[];
                        };
                        hits: {
                            document: components["schemas"]["OfferingDocument"];
                            highlights: {
                                [key: string]: components["schemas"]["HighlightSegment"][];
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        q: string;
                        tookMs: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchOpportunities: {
        parameters: {
            query?: {
                /** @description Only documents with one of these kind values (repeatable) */
                kind?: string | string[];
                /** @description Only documents with one of these location values (repeatable) */
                location?: string | string[];
                /** @description Only documents with one of these organisationName values (repeatable) */
                organisationName?: string | string[];
                page?: number;
                pageSize?: number;
                /** @description Words to look for; typos are tolerated */
                q?: string;
                /** @description Skill or skill-group URI; every one given is required, narrower skills count (repeatable) */
                skill?: string | string[];
                sort?: "relevance" | "recent" | "deadline" | "title";
                /** @description Only documents with one of these status values (repeatable) */
                status?: string | string[];
                /** @description Only documents with one of these workMode values (repeatable) */
                workMode?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching documents with highlights, facet counts and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        collection: "opportunities";
                        /** @enum {string} */
                        engine: "postgres" | "meilisearch";
                        facets: {
                            [key: string]: {
                                count: number;
                                value: string;
                            }[];
                        };
                        hits: {
                            document: components["schemas"]["OpportunityDocument"];
                            highlights: {
                                [key: string]: components["schemas"]["HighlightSegment"][];
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        q: string;
                        tookMs: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchOrganisations: {
        parameters: {
            query?: {
                /** @description Only documents with one of these district values (repeatable) */
                district?: string | string[];
                /** @description Only documents with one of these kind values (repeatable) */
                kind?: string | string[];
                page?: number;
                pageSize?: number;
                /** @description Words to look for; typos are tolerated */
                q?: string;
                /** @description Only documents with one of these sector values (repeatable) */
                sector?: string | string[];
                /** @description Only documents with one of these sizeBand values (repeatable) */
                sizeBand?: string | string[];
                /** @description Skill or skill-group URI; every one given is required, narrower skills count (repeatable) */
                skill?: string | string[];
                sort?: "relevance" | "name" | "recent";
                /** @description Only documents with one of these verified values (repeatable) */
                verified?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching documents with highlights, facet counts and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        collection: "organisations";
                        /** @enum {string} */
                        engine: "postgres" | "meilisearch";
                        facets: {
                            [key: string]: {
                                count: number;
                                value: string;
                            }[];
                        };
                        hits: {
                            document: components["schemas"]["OrganisationDocument"];
                            highlights: {
                                [key: string]: components["schemas"]["HighlightSegment"][];
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        q: string;
                        tookMs: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchSkills: {
        parameters: {
            query?: {
                /** @description Only documents with one of these isLocal values (repeatable) */
                isLocal?: string | string[];
                page?: number;
                pageSize?: number;
                /** @description Words to look for; typos are tolerated */
                q?: string;
                /** @description Only documents with one of these reuseLevel values (repeatable) */
                reuseLevel?: string | string[];
                /** @description Skill or skill-group URI; every one given is required, narrower skills count (repeatable) */
                skill?: string | string[];
                sort?: "relevance" | "label" | "popular";
                /** @description Only documents with one of these type values (repeatable) */
                type?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching documents with highlights, facet counts and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        collection: "skills";
                        /** @enum {string} */
                        engine: "postgres" | "meilisearch";
                        facets: {
                            [key: string]: {
                                count: number;
                                value: string;
                            }[];
                        };
                        hits: {
                            document: components["schemas"]["SkillDocument"];
                            highlights: {
                                [key: string]: components["schemas"]["HighlightSegment"][];
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        q: string;
                        tookMs: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchStudents: {
        parameters: {
            query?: {
                /** @description Only documents with one of these availability values (repeatable) */
                availability?: string | string[];
                /** @description Only documents with one of these district values (repeatable) */
                district?: string | string[];
                /** @description Only documents with one of these institutionName values (repeatable) */
                institutionName?: string | string[];
                page?: number;
                pageSize?: number;
                /** @description Words to look for; typos are tolerated */
                q?: string;
                /** @description Skill or skill-group URI; every one given is required, narrower skills count (repeatable) */
                skill?: string | string[];
                sort?: "relevance" | "recent" | "name";
                /** @description Only documents with one of these studyYear values (repeatable) */
                studyYear?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching documents with highlights, facet counts and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        collection: "students";
                        /** @enum {string} */
                        engine: "postgres" | "meilisearch";
                        facets: {
                            [key: string]: {
                                count: number;
                                value: string;
                            }[];
                        };
                        hits: {
                            document: components["schemas"]["StudentDocument"];
                            highlights: {
                                [key: string]: components["schemas"]["HighlightSegment"][];
                            };
                        }[];
                        page: number;
                        pageSize: number;
                        q: string;
                        tookMs: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listShortages: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                limit?: number;
                /** @description A month's snapshot instead of today's figures */
                month?: string;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
                /** @description public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only */
                view?: "public" | "cluster";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The top shortages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The day (Europe/Sofia) the figures are for */
                        asOf: string;
                        /** @description Of those, skills left out of a public view because a figure behind their index may not be shown */
                        hidden: number;
                        /** @description Most short first: by index, then demand, then skill URI */
                        items: {
                            demand: number | ("<5" | "suppressed");
                            growth: number | null;
                            index: number | null;
                            organisations: number | ("<5" | "suppressed");
                            places: number;
                            positions: number | ("<5" | "suppressed");
                            priority: number;
                            skill: {
                                preferredLabel: string;
                                uri: string;
                            };
                            students: number | ("<5" | "suppressed");
                            studentsIndex: number | null;
                            supply: number | null;
                            transferability: number;
                        }[];
                        /** @description Skills some counted posting asks for */
                        skillsInDemand: number;
                        /** @enum {string} */
                        view: "public" | "cluster";
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSkillBundles: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                limit?: number;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pairs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @description Most postings first; only pairs asked for by at least five postings from two organisations or more */
                        items: {
                            opportunities: number;
                            organisations: number | ("<5" | "suppressed");
                            positions: number;
                            skills: {
                                preferredLabel: string;
                                uri: string;
                            }[];
                            taughtApart: number[];
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUnfilledCauses: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                /** @description First month of closures counted; default 11 months before to */
                from?: string;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
                /** @description Only closures of postings that asked for this skill */
                skill?: string;
                /** @description Last month of closures counted; default the current one */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The causes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        causes: {
                            /** @enum {string} */
                            cause: "no_skilled_candidates" | "pay_or_conditions" | "insufficient_experience" | "slow_hiring" | "other";
                            closures: number | ("<5" | "suppressed");
                            share: number | null;
                        }[];
                        from: string;
                        notStated: number | ("<5" | "suppressed");
                        stated: number | ("<5" | "suppressed");
                        to: string;
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSkillGroupShortages: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                /** @description A month, YYYY-MM */
                month?: string;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
                /** @description public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only */
                view?: "public" | "cluster";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Demand and supply by group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        hidden: number;
                        /** @description Top-level groups and the groups right under them, most demand first */
                        items: {
                            demand: number;
                            group: {
                                code: string | null;
                                preferredLabel: string;
                                uri: string;
                            };
                            index: number | null;
                            organisations: number | ("<5" | "suppressed");
                            parentUri: string | null;
                            positions: number | ("<5" | "suppressed");
                            /** @description Distinct skills in demand at or under it */
                            skills: number;
                            supply: number;
                        }[];
                        /** @description Skills in demand under no ESCO group (local skills) */
                        ungrouped: number;
                        /** @enum {string} */
                        view: "public" | "cluster";
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProviderCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        gaps: {
                            demand: number;
                            positions: number | ("<5" | "suppressed");
                            skill: {
                                preferredLabel: string;
                                uri: string;
                            };
                        }[];
                        offerings: {
                            id: string;
                            positions: number | ("<5" | "suppressed");
                            skills: {
                                demand: number | ("<5" | "suppressed");
                                index: number | null;
                                level: number;
                                positions: number | ("<5" | "suppressed");
                                skill: {
                                    preferredLabel: string;
                                    uri: string;
                                };
                            }[];
                            title: string;
                        }[];
                        provider: {
                            id: string;
                            name: string;
                            slug: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getShortageSlices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Months with a snapshot, newest first */
                        months: string[];
                        /** @description Occupations of counted postings */
                        occupations: components["schemas"]["OccupationRef"][];
                        /** @description Sectors of organisations with a counted posting */
                        sectors: string[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getShortageTrend: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                /** @description A skill group: the skills at or under it */
                group?: string;
                /** @description How many months back, the current one included */
                months?: number;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
                /** @description One skill; without skill or group, all demand */
                skill?: string;
                /** @description public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only */
                view?: "public" | "cluster";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        growth: number | null;
                        /** @description Oldest first, the current month last */
                        points: {
                            current: boolean;
                            demand: number | ("<5" | "suppressed") | null;
                            index: number | null;
                            /** @description YYYY-MM */
                            month: string;
                            positions: number | ("<5" | "suppressed") | null;
                            recorded: boolean;
                            supply: number | null;
                        }[];
                        projection: {
                            months: {
                                demand: number;
                                month: string;
                            }[];
                            /** @enum {string|null} */
                            reason: "too_little_history" | "hidden_figures" | null;
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            /** @enum {string} */
                            kind: "skill";
                            preferredLabel: string;
                            uri: string;
                        } | {
                            /** @enum {string} */
                            kind: "group";
                            preferredLabel: string;
                            uri: string;
                        };
                        /** @enum {string} */
                        view: "public" | "cluster";
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUnmetDemand: {
        parameters: {
            query?: {
                /** @description csv: the same table as UTF-8 CSV (with a byte-order mark, so spreadsheets read Cyrillic), one row per item */
                format?: "json" | "csv";
                limit?: number;
                /** @description A month's snapshot instead of today's figures */
                month?: string;
                /** @description An ESCO occupation URI: demand from postings for it */
                occupation?: string;
                opportunityKind?: "job" | "internship" | "upskilling" | "research_collaboration";
                organisationKind?: "company" | "university" | "research_institute" | "training_provider" | "business_support";
                /** @description The posting organisation's sector, as organisations state it */
                sector?: string;
                /** @description public: small counts and dominated cells suppressed, for everyone; cluster: the figures unsuppressed, for cluster administrators only */
                view?: "public" | "cluster";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unmet demand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @description Of those, skills left out of a public view: too few positions, or one organisation makes up most of the demand */
                        hidden: number;
                        /** @description Most demand first */
                        items: {
                            demand: number;
                            organisations: number | ("<5" | "suppressed");
                            positions: number | ("<5" | "suppressed");
                            skill: {
                                preferredLabel: string;
                                uri: string;
                            };
                        }[];
                        /** @description Skills in demand that nothing teaches */
                        skillsUnmet: number;
                        /** @enum {string} */
                        view: "public" | "cluster";
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSkillAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateSkillAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alias: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSkills: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Preferred label prefix, case-insensitive */
                q?: string;
                type?: "knowledge" | "skill/competence";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of skills */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SkillSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createLocalSkill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    altLabels?: string[];
                    /** @description The ESCO skill this local skill narrows */
                    broaderUri: string;
                    description?: string;
                    preferredLabel: string;
                    /** @enum {string} */
                    type?: "knowledge" | "skill/competence";
                };
            };
        };
        responses: {
            /** @description The new local skill */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Skill"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The concept URI, URL-encoded */
                uri: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Skill"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteLocalSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The concept URI, URL-encoded */
                uri: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateLocalSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The concept URI, URL-encoded */
                uri: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    altLabels?: string[];
                    description?: string;
                    preferredLabel?: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSkillAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The concept URI, URL-encoded */
                uri: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alias: string;
                };
            };
        };
        responses: {
            /** @description The alias */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alias"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    extractSkills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 20 */
                    limit?: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Best first, with how the text was read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description How the text was read: `english`; `latin-names` for a text mostly in another script (Bulgarian), of which only the technology names written in Latin script are read; `none` when no skill can be read from it (empty, or another language in Latin script)
                         * @enum {string}
                         */
                        reading: "english" | "latin-names" | "none";
                        /** @description Best first */
                        skills: components["schemas"]["ExtractedSkill"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    suggestSkills: {
        parameters: {
            query: {
                limit?: number;
                /** @description What the person typed: a label, an abbreviation, with typos */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SkillSuggestion"][];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service it depends on is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listStudentProfiles: {
        parameters: {
            query?: {
                institutionId?: string;
                page?: number;
                pageSize?: number;
                /** @description Only profiles with this skill URI */
                skill?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of student profiles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StudentProfile"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createStudentProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    about?: string;
                    /** @enum {string} */
                    availability?: "not_available" | "part_time" | "full_time";
                    /** Format: date */
                    availableFrom?: string | null;
                    /** @description Changes the name on the account too */
                    displayName?: string;
                    /**
                     * @description One of Sofia's 24 districts by its English name; null or an empty text clears it
                     * @enum {string|null}
                     */
                    district?: "Sredets" | "Krasno selo" | "Vazrazhdane" | "Oborishte" | "Serdika" | "Poduyane" | "Slatina" | "Izgrev" | "Lozenets" | "Triaditsa" | "Krasna polyana" | "Ilinden" | "Nadezhda" | "Iskar" | "Mladost" | "Studentski" | "Vitosha" | "Ovcha kupel" | "Lyulin" | "Vrabnitsa" | "Novi Iskar" | "Kremikovtsi" | "Pancharevo" | "Bankya" | "" | null;
                    headline?: string;
                    /** Format: uuid */
                    institutionId?: string | null;
                    institutionName?: string | null;
                    programme?: string | null;
                    skills?: {
                        evidence?: string | null;
                        /** @default 2 */
                        level?: number;
                        /**
                         * @default declared
                         * @enum {string}
                         */
                        source?: "declared" | "offering" | "extracted";
                        uri: string;
                    }[];
                    studyYear?: number | null;
                    /** @description ESCO occupation URIs; unknown ones are refused with 422 */
                    targetOccupations?: string[];
                    /** @enum {string} */
                    visibility?: "private" | "cluster" | "public";
                };
            };
        };
        responses: {
            /** @description The new student profile */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentProfile"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStudentProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The student profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentProfile"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteStudentProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateStudentProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    about?: string;
                    /** @enum {string} */
                    availability?: "not_available" | "part_time" | "full_time";
                    /** Format: date */
                    availableFrom?: string | null;
                    displayName?: string;
                    /**
                     * @description One of Sofia's 24 districts by its English name; null or an empty text clears it
                     * @enum {string|null}
                     */
                    district?: "Sredets" | "Krasno selo" | "Vazrazhdane" | "Oborishte" | "Serdika" | "Poduyane" | "Slatina" | "Izgrev" | "Lozenets" | "Triaditsa" | "Krasna polyana" | "Ilinden" | "Nadezhda" | "Iskar" | "Mladost" | "Studentski" | "Vitosha" | "Ovcha kupel" | "Lyulin" | "Vrabnitsa" | "Novi Iskar" | "Kremikovtsi" | "Pancharevo" | "Bankya" | "" | null;
                    headline?: string;
                    /** Format: uuid */
                    institutionId?: string | null;
                    institutionName?: string | null;
                    programme?: string | null;
                    skills?: {
                        evidence?: string | null;
                        /** @default 2 */
                        level?: number;
                        /**
                         * @default declared
                         * @enum {string}
                         */
                        source?: "declared" | "offering" | "extracted";
                        uri: string;
                    }[];
                    studyYear?: number | null;
                    /** @description ESCO occupation URIs; unknown ones are refused with 422 */
                    targetOccupations?: string[];
                    /** @description The version you edited; a stale one gets 409 VERSION_CONFLICT */
                    version: number;
                    /** @enum {string} */
                    visibility?: "private" | "cluster" | "public";
                };
            };
        };
        responses: {
            /** @description The changed student profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentProfile"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

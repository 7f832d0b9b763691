/**
 * The sandbox's identity provider: Azure AD's v2.0 authorize, token, keys and discovery
 * endpoints with demo tenants and users, so the app signs in exactly as against
 * Microsoft.
 */
package com.pushstudio.sandbox.identity;

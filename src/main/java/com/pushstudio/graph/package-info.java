/**
 * The Microsoft Graph client and its model, for SharePoint sources: the only place that
 * speaks HTTP to Graph. Calls carry the user's delegated Graph token from the account
 * feature ({@code Sites.Read.All}, asked for by incremental consent) and map Graph's
 * errors to typed exceptions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Microsoft Graph client")
package com.pushstudio.graph;
